package typeset

import (
	"io"
	"strings"
	"testing"
	"unicode/utf8"
)

// gridWidths measures text as the engine would on a simple grid: wide
// characters one unit, others half.
func gridWidths(rs []rune) []float64 {
	w := make([]float64, len(rs))
	for i, r := range rs {
		switch {
		case r == '\n':
		case wide(r) || r > 0xFFFF:
			w[i] = 1
		default:
			w[i] = 0.5
		}
	}
	return w
}

func lineTexts(rs []rune, ls []Line) []string {
	var out []string
	for _, l := range ls {
		out = append(out, string(rs[l.Start:l.End]))
	}
	return out
}

func TestBreakLines(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		width float64
		want  []string
	}{
		{"comma_is_not_left_at_a_line_start", "一二三四五，六七", 5, []string{"一二三四", "五，六七"}},
		{"full_stop_after_quote_stays_together", "甲乙丙丁”。戊己", 4, []string{"甲乙丙", "丁”。戊", "己"}},
		{"opening_bracket_moves_to_the_next_line", "甲乙丙（丁）戊", 4, []string{"甲乙丙", "（丁）戊"}},
		{"number_is_kept_whole", "增长了12345.67%左右", 5, []string{"增长了", "12345.67%", "左右"}},
		{"latin_word_is_kept_whole", "采用 PostgreSQL 数据库", 6, []string{"采用 ", "PostgreSQL ", "数据库"}},
		{"dash_pair_never_splits_or_starts_a_line", "甲乙丙——丁", 4, []string{"甲乙", "丙——丁"}},
		{"newline_forces_a_break_and_stays", "甲乙\n丙丁", 10, []string{"甲乙\n", "丙丁"}},
		{"text_shorter_than_a_line_is_one_line", "甲乙", 10, []string{"甲乙"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rs := []rune(c.text)
			got := lineTexts(rs, BreakLines(rs, gridWidths(rs), BreakParams{First: c.width, Rest: c.width}))
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// TestBreakLinesSqueezesAMarkBackOffTheGrid: with squeeze allowed, a full
// line keeps its closing mark instead of pushing a character down.
func TestBreakLinesSqueezesAMarkBackOffTheGrid(t *testing.T) {
	rs := []rune("一二三四。五六")
	ls := BreakLines(rs, gridWidths(rs), BreakParams{First: 4, Rest: 4, MaxSqueeze: 0.3})
	if got := lineTexts(rs, ls); got[0] != "一二三四。" {
		t.Fatalf("got %q", got)
	}
	if ls[0].Gap >= 0 || ls[0].Width > 4+1e-9 || !ls[0].Justified {
		t.Errorf("line not squeezed into the measure: %+v", ls[0])
	}
}

// FuzzBreakLines: any valid UTF-8 at any width breaks without panicking, the
// lines cover the text exactly (text in = text out), each line makes
// progress, and no justified line overflows the measure.
func FuzzBreakLines(f *testing.F) {
	f.Add("为深入贯彻落实党的二十届三中全会精神，进一步提升政府工作效能。", uint8(10))
	f.Add("GDP 382.6亿元（同比增长6.1%）；“稳中求进”——", uint8(3))
	f.Add("吉𠮷\n\n  ,,,，，，。。。（（（", uint8(1))
	f.Add("", uint8(0))
	f.Fuzz(func(t *testing.T, s string, w uint8) {
		if !utf8.ValidString(s) {
			return
		}
		rs := []rune(s)
		width := float64(w%40) / 2
		// Some breaks glued, some weak, as in a list of names and units.
		glue, weak := make([]bool, len(rs)+1), make([]bool, len(rs)+1)
		for i := range glue {
			glue[i], weak[i] = (i+int(w))%5 == 0, (i+int(w))%3 == 0
		}
		ls := BreakLines(rs, gridWidths(rs), BreakParams{First: width, Rest: width + 1, Gap: 0.01, MaxSqueeze: 0.02, Em: 1, Glue: glue, Weak: weak})
		var b strings.Builder
		pos := 0
		for _, l := range ls {
			if l.Start != pos || l.End <= l.Start {
				t.Fatalf("line %+v does not continue at %d", l, pos)
			}
			b.WriteString(string(rs[l.Start:l.End]))
			pos = l.End
		}
		if b.String() != s {
			t.Fatalf("text out %q != text in %q", b.String(), s)
		}
	})
}

// FuzzParagraph sets any string as a body paragraph: it either sets (and the
// placed lines hold the text exactly) or stops with an error; never a panic.
func FuzzParagraph(f *testing.F) {
	f.Add("出席：王喆、李堃、吉𠮷。")
	f.Add("\x00\xff\U0010FFFD")
	f.Add("GDP（382.6亿元）——“稳中求进”……\n\t ")
	f.Fuzz(func(t *testing.T, s string) {
		d := newDoc(t)
		d.Text(Body, s)
		if d.Write(io.Discard) != nil {
			return
		}
		var b strings.Builder
		for _, l := range d.Layout().Lines {
			if l.Style == "body" {
				b.WriteString(l.Text)
			}
		}
		if b.String() != s {
			t.Fatalf("placed %q, set %q", b.String(), s)
		}
	})
}

// TestJustifyKeepsNumbersTight: stretching goes between CJK characters, not
// between the digits of a number.
func TestJustifyKeepsNumbersTight(t *testing.T) {
	rs := []rune("增长6.1%，规模以上")
	ls := BreakLines(rs, gridWidths(rs), BreakParams{First: 6, Rest: 6, Gap: 0.1})
	if got := lineTexts(rs, ls); got[0] != "增长6.1%，" {
		t.Fatalf("lines %q", got)
	}
	l := ls[0]
	if !l.Justified || l.Base != 0.1 || l.Gap <= 0.1 {
		t.Fatalf("line %+v: want digits at the nominal gap and the stretch elsewhere", l)
	}
	// natural 5 units, 3 gaps inside "6.1%" at Base, 3 stretchable gaps:
	// the visible width is the 6-unit measure less the last cell's gap.
	if got := 5 + 3*l.Base + 3*l.Gap; got < 5.9-1e-9 || got > 5.9+1e-9 {
		t.Errorf("line width %.4f, want 5.9", got)
	}
}

// TestLongLatinRunBreaksInsteadOfStretching: the contact line of a notice
// breaks inside the e-mail address (after @ . / - _) rather than moving it
// down whole and stretching the line; telephone numbers and decimals stay
// whole; no line stretches by more than a quarter character per gap.
func TestLongLatinRunBreaksInsteadOfStretching(t *testing.T) {
	rs := []rune("市政府办公室秘书一科：褚婧，电话：0519-87654321，传真：0519-87654322，电子邮箱：mishuyike@liyang.example.gov.cn。增长382.6亿元。")
	p := BreakParams{First: 26, Rest: 28, Em: 1}
	ls := BreakLines(rs, gridWidths(rs), p)
	got := lineTexts(rs, ls)
	want := []string{
		"市政府办公室秘书一科：褚婧，电话：0519-87654321，传",
		"真：0519-87654322，电子邮箱：mishuyike@liyang.example.",
		"gov.cn。增长382.6亿元。",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("lines %q, want %q", got, want)
	}
	for i, l := range ls {
		if l.Justified && l.Gap > 0.25+1e-9 {
			t.Errorf("line %d %q stretched by %.3f character per gap, want at most 0.25", i, got[i], l.Gap)
		}
	}
}

// TestGlue: a NoBreak piece is never split; a weak one splits only where
// keeping it whole would stretch the line by more than a quarter per gap.
func TestGlue(t *testing.T) {
	rs := []rune("出席：王喆、李堃、张昇、赵玥、钱赟、孙镕、龚立、白敏娥")
	glue := make([]bool, len(rs)+1)
	for _, i := range []int{22, 25, 26} { // 龚|立, 白|敏|娥
		glue[i] = true
	}
	got := lineTexts(rs, BreakLines(rs, gridWidths(rs), BreakParams{First: 23, Rest: 23, Em: 1, Glue: glue}))
	if got[0] != "出席：王喆、李堃、张昇、赵玥、钱赟、孙镕、" {
		t.Errorf("name split: %q", got)
	}
	rs = []rune("一二三四五六七八九十、市住房城乡建设局杨柏林")
	weak := make([]bool, len(rs)+1)
	for i := 12; i < 19; i++ { // inside 市住房城乡建设局
		weak[i] = true
	}
	got = lineTexts(rs, BreakLines(rs, gridWidths(rs), BreakParams{First: 14, Rest: 14, Em: 1, Weak: weak}))
	if got[0] != "一二三四五六七八九十、市住房" {
		t.Errorf("the unit moved down whole and left a line stretched by 3 characters over 10 gaps: %q", got)
	}
}
