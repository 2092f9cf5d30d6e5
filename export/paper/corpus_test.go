package paper

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"huiwu/export/typeset"
)

const corpusDir = "../typeset/testdata/corpus"

// corpusText is one published text of the corpus (see its README.md).
type corpusText struct {
	name, kind, title, to string
	paras                 []string
}

func readCorpus(t *testing.T) []corpusText {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if err != nil || len(files) < 30 {
		t.Fatalf("%d corpus texts (want at least 30): %v", len(files), err)
	}
	var out []corpusText
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		c := corpusText{name: filepath.Base(f)}
		for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			if k, v, ok := strings.Cut(strings.TrimPrefix(line, "# "), ": "); ok && strings.HasPrefix(line, "# ") {
				switch k {
				case "kind":
					c.kind = v
				case "title":
					c.title = v
				case "to":
					c.to = v
				}
				continue
			}
			c.paras = append(c.paras, line)
		}
		out = append(out, c)
	}
	return out
}

// json is the text as the JSON `huiwu pdf KIND` reads: a 通知, a 请示 (with
// the 版头, 签发人 and 附注 it must carry) or a 纪要.
func (c corpusText) json(t *testing.T) []byte {
	t.Helper()
	doc := map[string]any{"body": c.paras, "date": "2026-05-08"}
	switch c.kind {
	case "notice", "request":
		doc["title"], doc["to"], doc["signature"] = c.title, c.to, "溧阳市人民政府办公室"
		if c.kind == "request" {
			doc["masthead"] = map[string]any{"mark": "溧阳市人民政府文件", "number": "溧政发〔2026〕12号", "signer": "王喆"}
			doc["note"] = "（联系人：褚婧，联系电话：0519-87654321）"
		}
	case "minutes":
		doc["mark"], doc["issue"], doc["office"] = "溧阳市人民政府常务会议纪要", "第12期", "溧阳市人民政府办公室"
		doc["present"] = []string{"王喆", "李堃"}
		doc["distribution"] = "市政府领导，各有关单位。"
	default:
		t.Fatalf("%s: unknown kind %q", c.name, c.kind)
	}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestCorpusOfPublishedTexts typesets each published 通知, 纪要 and 请示 of
// the corpus through `huiwu pdf`'s path (RenderJSON's decoding and checks,
// then Render) and reads the layout back: every character of the text is
// set, in order (0 lost); no line starts with a closing mark or ends with
// an opening one (避头尾); every full line of the 正文 ends at the measure,
// and one of Chinese characters alone holds exactly 28 (26 after the
// paragraph's indent).
func TestCorpusOfPublishedTexts(t *testing.T) {
	for _, c := range readCorpus(t) {
		t.Run(strings.TrimSuffix(c.name, ".txt"), func(t *testing.T) {
			p, err := Decode(c.kind, c.json(t))
			if err != nil {
				t.Fatal(err)
			}
			var pdf bytes.Buffer
			lay, err := Render(p, &pdf, DefaultOptions())
			if err != nil {
				t.Fatal(err)
			}
			var body []typeset.PlacedLine
			for _, l := range lay.Lines {
				if l.Style == "body" {
					body = append(body, l)
				}
			}
			var got strings.Builder
			for _, l := range body {
				got.WriteString(l.Text)
			}
			if g, w := squashSpace(got.String()), squashSpace(strings.Join(c.paras, "")); g != w {
				t.Fatalf("text set differs from the text given:\n got %s\nwant %s", g, w)
			}
			for _, l := range lay.Lines {
				rs := []rune(strings.TrimSpace(l.Text))
				if len(rs) == 0 || l.Style == "pageno" {
					continue
				}
				if strings.ContainsRune(noLineStart, rs[0]) {
					t.Errorf("%s line starts with %q: %s", l.Style, rs[0], l.Text)
				}
				if strings.ContainsRune(noLineEnd, rs[len(rs)-1]) {
					t.Errorf("%s line ends with %q: %s", l.Style, rs[len(rs)-1], l.Text)
				}
			}
			full := 0
			for i, l := range body {
				indent := int(math.Round((l.X - typeset.MarginLeft) / typeset.CharPitch))
				last := i+1 == len(body) || math.Round((body[i+1].X-typeset.MarginLeft)/typeset.CharPitch) != 0
				if last {
					continue
				}
				full++
				if math.Abs(l.Right-typeset.AreaRight) > 0.6 {
					t.Errorf("full line ends at %.2f mm, not at the measure %.2f: %s", l.Right, typeset.AreaRight, l.Text)
				}
				nextLast := i+2 == len(body) || math.Round((body[i+2].X-typeset.MarginLeft)/typeset.CharPitch) != 0
				if allHan(l.Text) && indent+l.Chars != 28 && !pushedDown(l, body[i+1]) && !(nextLast && widow(l, body[i+1])) {
					t.Errorf("full line holds %d characters after an indent of %d, want 28: %s", l.Chars, indent, l.Text)
				}
			}
			if full == 0 {
				t.Errorf("no full line: the text did not wrap")
			}
		})
	}
}

// pushedDown says whether a full line is short of 28 because 避头尾 moved
// its last character down: the next line opens with that character and
// then a mark that may not start a line (「副秘书/长、」), or with an opening
// mark that may not end one. The line is stretched to the measure instead
// (the grid holds 28 cells; a 29th character is never squeezed in).
func pushedDown(l, next typeset.PlacedLine) bool {
	rs := []rune(next.Text)
	indent := int(math.Round((l.X - typeset.MarginLeft) / typeset.CharPitch))
	short := 28 - indent - l.Chars
	if short < 1 || short > 2 || len(rs) < 2 {
		return false
	}
	return strings.ContainsRune(noLineEnd, rs[0]) || strings.ContainsRune(noLineStart, rs[short])
}

// widow says whether a full line gave one character to its paragraph's
// last line so that the last line does not hold a single character
// (单字成行): that line then holds two characters and its marks.
func widow(l, last typeset.PlacedLine) bool {
	indent := int(math.Round((l.X - typeset.MarginLeft) / typeset.CharPitch))
	han := 0
	for _, r := range last.Text {
		if !strings.ContainsRune(noLineStart+noLineEnd, r) {
			han++
		}
	}
	return 28-indent-l.Chars == 1 && han == 2
}

// The marks that may not open or close a line (formats.md, 避头尾).
const (
	noLineStart = "，。、：；！？）》」』”’…—"
	noLineEnd   = "（《「『“‘"
)

func squashSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// allHan says whether a line is of full-width characters alone (no Latin
// letters or digits, which take less than a cell).
func allHan(s string) bool {
	for _, r := range strings.TrimSpace(s) {
		if r < 0x2E80 && r != '—' && r != '…' && r != '“' && r != '”' && r != '‘' && r != '’' {
			return false
		}
	}
	return true
}
