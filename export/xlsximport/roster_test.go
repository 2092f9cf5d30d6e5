package xlsximport

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"huiwu/data"
)

// book builds a workbook in memory; fill writes its first sheet.
func book(t testing.TB, fill func(f *excelize.File, sheet string)) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	fill(f, "Sheet1")
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func set(t testing.TB, f *excelize.File, sheet, cell string, v any) {
	t.Helper()
	if err := f.SetCellValue(sheet, cell, v); err != nil {
		t.Fatal(err)
	}
}

func TestGoodRosterMapsByHeaders(t *testing.T) {
	b := book(t, func(f *excelize.File, s string) {
		set(t, f, s, "A1", "2026年干部名册") // a title row above the header
		for i, h := range []string{"序号", "联系电话", "姓名", "工作单位", "职务", "身份"} {
			cell, _ := excelize.CoordinatesToCellName(i+1, 2)
			set(t, f, s, cell, h)
		}
		set(t, f, s, "A3", 1)
		set(t, f, s, "B3", 13812345678) // a phone number typed as a number
		set(t, f, s, "C3", " 王喆 ")
		set(t, f, s, "D3", "溧阳市财政局")
		set(t, f, s, "E3", "局长")
		set(t, f, s, "F3", "部门主要负责人、党组成员")
	})
	res, err := ReadRoster(bytes.NewReader(b), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Problems) != 0 || len(res.Rows) != 1 {
		t.Fatalf("problems %v, rows %d", res.Problems, len(res.Rows))
	}
	p := res.Rows[0].Person
	if p.Name != "王喆" || p.Unit != "溧阳市财政局" || p.Phone != "13812345678" || len(p.Roles) != 2 || res.Rows[0].Line != 3 {
		t.Fatalf("row %+v", res.Rows[0])
	}
}

func TestBadWorkbooksAreRefusedWithAMessage(t *testing.T) {
	small := Limits{UnzipSize: 4 << 20, UnzipXMLSize: 2 << 20, Rows: 1000}
	tests := []struct {
		name string
		file []byte
		lim  Limits
		want string
	}{
		{"empty file", nil, DefaultLimits, "不是 Excel 工作簿"},
		{"not a zip", []byte("姓名,单位\n张三,财政局\n"), DefaultLimits, "不是 Excel 工作簿"},
		{"zip bomb", bomb(t, 16<<20), small, "过大"},
		{"wrong headers", book(t, func(f *excelize.File, s string) {
			set(t, f, s, "A1", "名称")
			set(t, f, s, "B1", "部门")
		}), DefaultLimits, "没有找到表头"},
		{"a million rows, stopped by the unzip limit", manyRows(t, 1_000_000), DefaultLimits, "过大"},
		{"twelve thousand rows, stopped by the row limit", manyRows(t, 12_000), Limits{UnzipSize: 512 << 20, UnzipXMLSize: 8 << 20, Rows: 10000}, "超过 10000 行"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			_, err := ReadRoster(bytes.NewReader(tt.file), tt.lim)
			if err == nil || !strings.Contains(err.Error(), tt.want) || data.ErrorCode(err) != data.EInvalid {
				t.Fatalf("got %v, want %q", err, tt.want)
			}
			t.Logf("refused in %v", time.Since(start))
		})
	}
}

func TestRowProblemsNameRowAndColumn(t *testing.T) {
	b := book(t, func(f *excelize.File, s string) {
		for i, h := range []string{"姓名", "单位", "电话", "排位", "身份"} {
			cell, _ := excelize.CoordinatesToCellName(i+1, 1)
			set(t, f, s, cell, h)
		}
		set(t, f, s, "A2", "李四")
		set(t, f, s, "C2", "电话坏了")
		set(t, f, s, "A3", "赵五")
		set(t, f, s, "D3", "第一")
		set(t, f, s, "A4", "钱六")
		set(t, f, s, "E4", "国王")
		if err := f.SetCellFormula(s, "A5", `CONCATENATE("孙","七")`); err != nil { // never calculated: no cached value
			t.Fatal(err)
		}
		set(t, f, s, "B5", "溧阳市财政局")
		set(t, f, s, "A6", "周八")
		set(t, f, s, "B6", "溧阳市教育局")
		set(t, f, s, "B7", "（合并）")
		if err := f.MergeCell(s, "B6", "B7"); err != nil {
			t.Fatal(err)
		}
		set(t, f, s, "A7", "吴九")
	})
	res, err := ReadRoster(bytes.NewReader(b), DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range res.Problems {
		got = append(got, p.String())
	}
	all := strings.Join(got, "\n")
	for _, want := range []string{"第 2 行「电话」", "第 3 行「排位」：应为整数", "第 4 行「身份」：未知身份「国王」", "第 5 行「姓名」：不能为空", "第 6 行「B6:B7」：含合并单元格"} {
		if !strings.Contains(all, want) {
			t.Errorf("missing %q in:\n%s", want, all)
		}
	}
}

// bomb is a valid workbook whose sheet unzips to size bytes of white space.
func bomb(t *testing.T, size int) []byte {
	t.Helper()
	good := book(t, func(f *excelize.File, s string) { set(t, f, s, "A1", "姓名") })
	return rewriteSheet(t, good, func(w io.Writer) {
		io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
		chunk := bytes.Repeat([]byte(" "), 1<<20)
		for i := 0; i < size>>20; i++ {
			w.Write(chunk)
		}
		io.WriteString(w, `</sheetData></worksheet>`)
	})
}

// manyRows is a workbook with a header and n data rows, written straight as
// XML (excelize would take minutes to make a million).
func manyRows(t *testing.T, n int) []byte {
	t.Helper()
	good := book(t, func(f *excelize.File, s string) { set(t, f, s, "A1", "姓名") })
	return rewriteSheet(t, good, func(w io.Writer) {
		io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
		io.WriteString(w, `<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row>`)
		for i := 2; i <= n+1; i++ {
			fmt.Fprintf(w, `<row r="%d"><c r="A%d" t="inlineStr"><is><t>张三</t></is></c></row>`, i, i)
		}
		io.WriteString(w, `</sheetData></worksheet>`)
	})
}

// rewriteSheet copies the workbook zip, replacing its first sheet's XML.
func rewriteSheet(t testing.TB, xlsx []byte, sheet func(io.Writer)) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(xlsx), int64(len(xlsx)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate})
		if err != nil {
			t.Fatal(err)
		}
		if f.Name == "xl/worksheets/sheet1.xml" {
			sheet(w)
			continue
		}
		r, _ := f.Open()
		io.Copy(w, r)
		r.Close()
	}
	zw.Close()
	return out.Bytes()
}

// FuzzMapRow: any cells map to a person or to problems, never a panic, and
// a mapped person always passes validation.
func FuzzMapRow(f *testing.F) {
	f.Add("王喆", "溧阳市财政局", "0519-8765432", "3", "副市长、党组成员", "是")
	f.Add("", "", "abc", "x", "国王", "也许")
	f.Add("\xff\xfe", "单位\x00", "1.38E+10", "-1", "、、", "否")
	headers := map[string]int{"姓名": 0, "单位": 1, "电话": 2, "排位": 3, "身份": 4, "在任": 5}
	f.Fuzz(func(t *testing.T, name, unit, phone, rank, roles, active string) {
		row, problems := MapRow(2, headers, []string{name, unit, phone, rank, roles, active})
		if len(problems) == 0 {
			if err := row.Person.Validate(); err != nil {
				t.Fatalf("a row without problems fails validation: %v", err)
			}
		}
		for _, p := range problems {
			if p.Line != 2 || p.Column == "" {
				t.Fatalf("problem without its place: %+v", p)
			}
		}
	})
}
