package typeset

import (
	"bufio"
	"bytes"
	"os"
	"testing"
	"time"
)

// created is the fixed creation date of test documents.
var created = time.Date(2026, 5, 8, 9, 0, 0, 0, time.UTC)

// newDoc starts a document on the bundled faces.
func newDoc(tb testing.TB) *Document {
	tb.Helper()
	d, err := New(Options{Red: Red, Created: created})
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// finish writes d and returns the PDF bytes.
func finish(tb testing.TB, d *Document) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := d.Write(&buf); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// corpus is testdata/corpus.txt: one paragraph of government prose a line.
func corpus(tb testing.TB) []string {
	tb.Helper()
	f, err := os.Open("testdata/corpus.txt")
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
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	if len(out) < 30 {
		tb.Fatalf("corpus has %d paragraphs, want at least 30", len(out))
	}
	return out
}

// corpusDoc sets the corpus as body text with headings, a signature and a
// 版记, the shape of a real document.
func corpusDoc(tb testing.TB) *Document {
	tb.Helper()
	d := newDoc(tb)
	d.Masthead(Masthead{Serial: "000001", Secrecy: "机密★1年", Urgency: "特急", Mark: "溧阳市人民政府文件", Number: "溧政发〔2026〕12号"})
	d.Text(Title, "溧阳市人民政府关于印发2026年度重点工作任务分解方案和责任清单的通知")
	d.Text(Addressee, "各镇人民政府，各街道办事处，市各委办局，市各直属单位：")
	for i, p := range corpus(tb) {
		if i%8 == 3 {
			d.Text(Heading(1), "一、总体要求")
			d.Text(Heading(2), "（一）加强组织领导。")
		}
		d.Text(Body, p)
	}
	d.Signature("溧阳市人民政府", "2026年5月8日")
	d.SetColophon(Colophon{
		Items:  []ColophonItem{{"抄送", "市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，溧阳军分区。"}},
		Office: "溧阳市人民政府办公室", PrintDate: "2026年5月8日印发",
	})
	return d
}
