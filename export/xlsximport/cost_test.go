package xlsximport

import (
	"bytes"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"huiwu/data"
)

// wideRows is a roster workbook with a header and n full rows of about 300
// bytes of sheet XML each, and one merged range after the rows, as Excel
// writes it: 100,000 rows make a sheet of about 30 MB, under the 32 MB limit.
func wideRows(tb testing.TB, n int) []byte {
	tb.Helper()
	good := book(tb, func(*excelize.File, string) {})
	return rewriteSheet(tb, good, func(w io.Writer) {
		io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
		io.WriteString(w, `<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>单位</t></is></c><c r="C1" t="inlineStr"><is><t>职务</t></is></c><c r="D1" t="inlineStr"><is><t>电话</t></is></c></row>`)
		for i := 2; i <= n+1; i++ {
			fmt.Fprintf(w, `<row r="%d" spans="1:4"><c r="A%d" t="inlineStr"><is><t>张三%s</t></is></c><c r="B%d" t="inlineStr"><is><t>溧阳市财政局</t></is></c><c r="C%d" t="inlineStr"><is><t>副局长（主持工作）</t></is></c><c r="D%d"><v>13812345678</v></c></row>`,
				i, i, strings.Repeat("乙", i%3), i, i, i)
		}
		io.WriteString(w, `</sheetData><mergeCells count="1"><mergeCell ref="B2:B3"/></mergeCells></worksheet>`)
	})
}

// allocated is how many bytes fn allocates on the heap: an upper bound on
// the memory it holds at its peak.
func allocated(fn func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	fn()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// Issue 18 item 7: a 100,000-row workbook is refused at the 10,000-row cap
// having allocated less than 64 MB in all (it was about 700 MB: the whole
// sheet was loaded, and its merged ranges read, before the first row).
func TestHugeWorkbookIsRefusedCheaply(t *testing.T) {
	file := wideRows(t, 100_000)
	var err error
	n := allocated(func() { _, err = ReadRoster(bytes.NewReader(file), DefaultLimits) })
	if data.ErrorCode(err) != data.EInvalid || !strings.Contains(err.Error(), "超过 10000 行") {
		t.Fatalf("got %v", err)
	}
	if n > 64<<20 {
		t.Fatalf("refusing %d KB of workbook allocated %d MB", len(file)>>10, n>>20)
	}
	t.Logf("workbook %d KB, allocated %.1f MB", len(file)>>10, float64(n)/(1<<20))
}

// BenchmarkRefuseHugeWorkbook: the cost of refusing the 100,000-row
// workbook (time, B/op, and the heap at its peak in MB).
func BenchmarkRefuseHugeWorkbook(b *testing.B) {
	file := wideRows(b, 100_000)
	b.ReportAllocs()
	b.ResetTimer()
	var peak uint64
	for b.Loop() {
		stop := samplePeak(&peak)
		if _, err := ReadRoster(bytes.NewReader(file), DefaultLimits); err == nil {
			b.Fatal("accepted")
		}
		stop()
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
}

// samplePeak records the largest live heap seen until stop is called.
func samplePeak(peak *uint64) (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > *peak {
				*peak = m.HeapAlloc
			}
			select {
			case <-done:
				return
			case <-time.After(2 * time.Millisecond):
			}
		}
	}()
	return func() { close(done); <-finished }
}

// A header and nothing under it: nobody to import, said as such.
func TestHeaderOnlyWorkbookHasNobodyToImport(t *testing.T) {
	b := book(t, func(f *excelize.File, s string) {
		set(t, f, s, "A1", "姓名")
		set(t, f, s, "B1", "单位")
		set(t, f, s, "B3", "  ")
	})
	_, err := ReadRoster(bytes.NewReader(b), DefaultLimits)
	if data.ErrorCode(err) != data.EInvalid || !strings.Contains(err.Error(), "没有可导入的人员") {
		t.Fatalf("got %v", err)
	}
}

// A megabyte cell is quoted in 40 characters, not echoed whole.
func TestHugeBadCellIsQuotedShort(t *testing.T) {
	b := book(t, func(f *excelize.File, s string) {
		set(t, f, s, "A1", "姓名")
		set(t, f, s, "B1", "身份")
		set(t, f, s, "A2", "王喆")
		set(t, f, s, "B2", strings.Repeat("王", 1<<20/3))
	})
	res, err := ReadRoster(bytes.NewReader(b), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	want := "第 2 行「身份」：未知身份「" + strings.Repeat("王", 40) + "…」"
	if len(res.Problems) != 1 || res.Problems[0].String() != want {
		t.Fatalf("problems %v", res.Problems)
	}
}

// The streaming reader gives what excelize gives (raw values) for every
// kind of cell Excel and WPS write: shared and inline strings, rich text,
// numbers, booleans, dates, formulas with and without a cached value, gaps,
// a title row; and finds the first sheet when it is not sheet1.xml.
func TestStreamingReadMatchesExcelize(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", "名册"); err != nil {
		t.Fatal(err)
	}
	s := "名册"
	set(t, f, s, "A1", "2026年干部名册")
	for i, h := range []string{"姓名", "单位", "电话", "排位", "在任", "到任"} {
		cell, _ := excelize.CoordinatesToCellName(i+1, 3)
		set(t, f, s, cell, h)
	}
	set(t, f, s, "A4", "王喆")
	if err := f.SetCellRichText(s, "B4", []excelize.RichTextRun{{Text: "溧阳市"}, {Text: "财政局", Font: &excelize.Font{Bold: true}}}); err != nil {
		t.Fatal(err)
	}
	set(t, f, s, "C4", 13812345678)
	set(t, f, s, "D4", 3.5)
	set(t, f, s, "E4", true)
	set(t, f, s, "F4", time.Date(2026, 5, 8, 0, 0, 0, 0, time.UTC))
	set(t, f, s, "A6", "李四")
	if err := f.SetCellFormula(s, "B6", `"溧阳市"&"教育局"`); err != nil {
		t.Fatal(err)
	}
	set(t, f, s, "E6", false)
	if _, err := f.NewSheet("第二张"); err != nil {
		t.Fatal(err)
	}
	set(t, f, "第二张", "A1", "姓名")
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	want, err := f.GetRows(s, excelize.Options{RawCellValue: true})
	if err != nil || len(want) != 6 {
		t.Fatalf("excelize read %d rows (%v)", len(want), err)
	}
	wb, err := openWorkbook(bytes.NewReader(buf.Bytes()), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if wb.sheet != s {
		t.Fatalf("first sheet %q", wb.sheet)
	}
	part, err := wb.open(wb.part)
	if err != nil {
		t.Fatal(err)
	}
	defer part.Close()
	rows := newSheetRows(part, &wb.strings)
	got := map[int][]string{}
	for {
		more, err := rows.next()
		if err != nil {
			t.Fatal(err)
		}
		if !more {
			break
		}
		got[rows.line] = append([]string(nil), rows.cells...)
	}
	for i, w := range want {
		if g := got[i+1]; strings.Join(g, "|") != strings.Join(w, "|") {
			t.Errorf("row %d: got %q, excelize %q", i+1, g, w)
		}
	}
}
