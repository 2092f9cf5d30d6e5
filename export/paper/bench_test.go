package paper

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"

	"huiwu/export/typeset"
	"huiwu/fonts"
)

// benchCorpus is the typeset package's corpus of government prose.
func benchCorpus(tb testing.TB) []string {
	tb.Helper()
	f, err := os.Open("../typeset/testdata/corpus.txt")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if sc.Text() != "" {
			out = append(out, sc.Text())
		}
	}
	return out
}

// longMinutes is a 纪要 of at least 20 pages: the corpus over and over,
// with level-1 and level-2 headings, so every face is used.
func longMinutes(tb testing.TB) *Minutes {
	tb.Helper()
	var m Minutes
	if err := json.Unmarshal(exampleJSON(tb, "minutes"), &m); err != nil {
		tb.Fatal(err)
	}
	m.Attachments = nil
	m.Body = nil
	heads := []string{"一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、"}
	for round := 0; ; round++ {
		if round > 0 {
			lay, err := Render(&m, io.Discard, DefaultOptions())
			if err != nil {
				tb.Fatal(err)
			}
			if lay.Pages >= 20 {
				break
			}
		}
		for i, p := range benchCorpus(tb) {
			if i%12 == 0 {
				m.Body = append(m.Body, Block{Level: 1, Heading: heads[(round*3+i/12)%10] + "关于重点工作推进情况"})
			}
			if i%6 == 3 {
				m.Body = append(m.Body, Block{Level: 2, Heading: "（一）加强组织领导。", Text: "各单位要明确分管领导和具体承办人员。"})
			}
			m.Body = append(m.Body, Block{Text: p})
		}
	}
	if err := m.Validate(); err != nil {
		tb.Fatal(err)
	}
	return &m
}

// BenchmarkMinutes20Pages renders a 20-page 纪要 with all five faces.
func BenchmarkMinutes20Pages(b *testing.B) {
	m := longMinutes(b)
	opt := DefaultOptions()
	var size, pages int
	for b.Loop() {
		var buf bytes.Buffer
		lay, err := Render(m, &buf, opt)
		if err != nil {
			b.Fatal(err)
		}
		size, pages = buf.Len(), lay.Pages
	}
	b.ReportMetric(float64(size), "pdf-bytes")
	b.ReportMetric(float64(pages), "pages")
}

// BenchmarkBareFpdfMultiCell20Pages sets the same text with fpdf's own
// MultiCell and the same five faces: the baseline the engine is held to.
// Characters above U+FFFF are replaced, as fpdf cannot encode them.
func BenchmarkBareFpdfMultiCell20Pages(b *testing.B) {
	m := longMinutes(b)
	var size, pages int
	for b.Loop() {
		pdf := fpdf.New("P", "mm", "A4", "")
		pdf.SetMargins(typeset.MarginLeft, typeset.MarginTop, 26)
		pdf.SetAutoPageBreak(true, 35)
		for name, data := range map[string][]byte{
			"fangsong": fonts.FandolFangRegular, "xiaobiaosong": fonts.NotoSerifSCBlack,
			"hei": fonts.NotoSansSCRegular, "kai": fonts.HuiwuKaiRegular, "fallback": fonts.NotoSerifSCRegular,
		} {
			pdf.AddUTF8FontFromBytes(name, "", data)
		}
		pdf.AddPage()
		pdf.SetFont("xiaobiaosong", "", 36)
		pdf.CellFormat(0, 20, m.Mark, "", 1, "C", false, 0, "")
		bmp := func(s string) string {
			return strings.Map(func(r rune) rune {
				if r > 0xFFFF {
					return '吉'
				}
				return r
			}, s)
		}
		for _, bl := range m.Body {
			switch bl.Level {
			case 1:
				pdf.SetFont("hei", "", 16)
			case 2:
				pdf.SetFont("kai", "", 16)
			default:
				pdf.SetFont("fangsong", "", 16)
			}
			pdf.MultiCell(0, typeset.LinePitch, bmp(bl.Heading+bl.Text), "", "J", false)
		}
		pdf.SetFont("fangsong", "", 16)
		pdf.MultiCell(0, typeset.LinePitch, bmp("出席："+strings.Join(m.Present, "、")), "", "J", false)
		pdf.SetFont("fallback", "", 14)
		pdf.CellFormat(0, 10, "— 1 —", "", 1, "R", false, 0, "")
		var buf bytes.Buffer
		if err := pdf.Output(&buf); err != nil {
			b.Fatal(err)
		}
		size, pages = buf.Len(), pdf.PageNo()
	}
	b.ReportMetric(float64(size), "pdf-bytes")
	b.ReportMetric(float64(pages), "pages")
}
