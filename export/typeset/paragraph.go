package typeset

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Align is how a paragraph's lines sit between its indents.
type Align int

// Alignments. Justify stretches every line but the last to the full width,
// which is what holds the 28-character grid.
const (
	Justify Align = iota
	Left
	Center
	Right
)

// Style is how a paragraph is set.
type Style struct {
	Name  string  // recorded in the layout ("body", "title", "h1" …)
	Role  Role    // default face of the paragraph's spans
	Size  float64 // points
	Pitch float64 // character pitch on the grid in mm; 0 sets characters at their advance
	Align Align
	// Indents in characters (of Pitch, or of the size when Pitch is 0).
	FirstIndent, Indent, RightIndent float64
	Color                            *RGB // nil is black
	Balanced                         bool // lines of even length (titles)
	// KeepWithNext moves a heading to the next page rather than leave it
	// alone on the page's last line.
	KeepWithNext bool
}

// unit is the width of one character for indents.
func (s Style) unit() float64 {
	if s.Pitch > 0 {
		return s.Pitch
	}
	return PtToMM(s.Size)
}

// The GB/T 9704 styles.
var (
	Body      = Style{Name: "body", Role: Fangsong, Size: Sanhao, Pitch: CharPitch, FirstIndent: 2}
	Title     = Style{Name: "title", Role: Xiaobiaosong, Size: Erhao, Align: Center, Balanced: true}
	Addressee = Style{Name: "addressee", Role: Fangsong, Size: Sanhao, Pitch: CharPitch}
	Note      = Style{Name: "note", Role: Fangsong, Size: Sanhao, Pitch: CharPitch, FirstIndent: 2}
)

// Heading returns the style of heading level 1–4: 一、 黑体, （一） 楷体,
// 1. and （1） 仿宋, all 3号 indented two characters like body text.
func Heading(level int) Style {
	st := Body
	st.Name = fmt.Sprintf("h%d", level)
	st.KeepWithNext = true
	switch level {
	case 1:
		st.Role = Hei
	case 2:
		st.Role = Kai
	}
	return st
}

// Span is a piece of a paragraph in one role ("" keeps the style's role).
// A NoBreak span is never split across lines (a name in a list; one longer
// than a line breaks where the line is full); a KeepTogether span (a unit's
// name) splits only where keeping it whole would stretch the line by more
// than a quarter character per gap.
type Span struct {
	Text         string
	Role         Role
	NoBreak      bool
	KeepTogether bool
}

// prepared is a paragraph ready to break: one entry per rune.
type prepared struct {
	runes  []rune
	faces  []*Face
	widths []float64
	glue   []bool // glue[i]: no break before rune i (nil when nothing is glued)
	weak   []bool // weak[i]: a break before rune i only to avoid a stretch
}

// prepare picks a face per character and measures it. Invalid UTF-8, control
// characters and characters no face has are errors that quote the place.
func (d *Document) prepare(st Style, spans []Span) (prepared, error) {
	var p prepared
	size := PtToMM(st.Size)
	for _, sp := range spans {
		if !utf8.ValidString(sp.Text) {
			return p, &TextError{Char: utf8.RuneError, Page: d.page, Context: strings.ToValidUTF8(sp.Text, "�"), Reason: "含无效的 UTF-8 编码"}
		}
		role := sp.Role
		if role == "" {
			role = st.Role
		}
		first := len(p.runes)
		for _, r := range sp.Text {
			var f *Face
			w := 0.0
			switch {
			case r == '\n' || r == '\r':
			case r == '\t':
				w = 0.5 * size
			case unicode.IsControl(r) || r == unicode.ReplacementChar && !d.faces[Fallback].Has(r):
				return p, &TextError{Char: r, Page: d.page, Context: excerpt(sp.Text, r), Reason: fmt.Sprintf("含控制字符 %U", r)}
			default:
				f = d.faces.pick(role, r)
				if f == nil {
					return p, &TextError{
						Char: r, Page: d.page, Context: excerpt(sp.Text, r),
						Reason: fmt.Sprintf("的字符“%c”（%U）在所有字体中都没有字形，无法排印：请改用通行的字，或在字体设置中指定含有这个字的字体", r, r),
					}
				}
				w = f.Advance(r) * size
			}
			p.runes = append(p.runes, r)
			p.faces = append(p.faces, f)
			p.widths = append(p.widths, w)
		}
		if sp.NoBreak {
			p.glue = mark(p.glue, first+1, len(p.runes))
		} else if sp.KeepTogether {
			p.weak = mark(p.weak, first+1, len(p.runes))
		}
	}
	return p, nil
}

// mark sets flags[i] for i in [s,e), growing flags as needed.
func mark(flags []bool, s, e int) []bool {
	for len(flags) < e+1 {
		flags = append(flags, false)
	}
	for i := s; i < e; i++ {
		flags[i] = true
	}
	return flags
}

// TextError is text the typesetter cannot set: a character no face has, a
// control character, invalid UTF-8. It names the character and quotes the
// words around it with the page, for the user to find and fix; it is not a
// fault of the program.
type TextError struct {
	Char    rune   // the character (utf8.RuneError for invalid UTF-8)
	Page    int    // the page it would have been set on
	Context string // the characters around it
	Reason  string // what is wrong, continuing the sentence after the context
}

func (e *TextError) Error() string {
	return fmt.Sprintf("第 %d 页“%s”%s", e.Page, e.Context, e.Reason)
}

// excerpt returns a few characters around the first r in s for messages.
func excerpt(s string, r rune) string {
	rs := []rune(s)
	for i, c := range rs {
		if c == r {
			lo, hi := max(0, i-8), min(len(rs), i+8)
			return string(rs[lo:hi])
		}
	}
	return s
}

// Paragraph sets spans as one paragraph on the grid, starting at the next
// free line and flowing onto new pages as needed.
func (d *Document) Paragraph(st Style, spans ...Span) {
	if d.err != nil {
		return
	}
	p, err := d.prepare(st, spans)
	if err != nil {
		d.fail(err)
		return
	}
	lines := d.breakStyled(st, p)
	runIn := len(spans) > 1 // a heading followed by its own text
	for i, ln := range lines {
		keep := st.KeepWithNext && i > 0 && (!runIn || i <= keepLines)
		d.push(flowItem{keepPrev: keep, draw: func(g int) {
			d.placeLine(st, p, ln, lineTop(g), LinePitch, g)
		}})
	}
	// What a heading keeps is the following paragraph's first lines; a
	// paragraph shorter than that does not drag the next one along.
	d.keepNext = 0
	if st.KeepWithNext && !runIn {
		d.keepNext = keepLines
	}
}

// Text is Paragraph with one span in the style's role.
func (d *Document) Text(st Style, text string) { d.Paragraph(st, Span{Text: text}) }

// breakStyled breaks a prepared paragraph at the style's widths.
func (d *Document) breakStyled(st Style, p prepared) []Line {
	if len(p.runes) == 0 {
		return []Line{{}}
	}
	u := st.unit()
	size := PtToMM(st.Size)
	gap := 0.0
	if st.Pitch > 0 {
		gap = st.Pitch - size
	}
	bp := BreakParams{
		First: AreaW - (st.FirstIndent+st.RightIndent)*u,
		Rest:  AreaW - (st.Indent+st.RightIndent)*u,
		Gap:   gap,
		Em:    u,
		Glue:  p.glue,
		Weak:  p.weak,
	}
	if st.Pitch == 0 {
		// Off the grid a closing mark may be squeezed back onto its line.
		// On the grid a line holds at most 28 characters, so the mark's
		// predecessor moves down instead and the line stretches.
		bp.MaxSqueeze = 0.08 * size
	}
	lines := BreakLines(p.runes, p.widths, bp)
	if st.Balanced && len(lines) >= 2 {
		// A title that wraps breaks between words: the segmenter is
		// loaded only now, the first time a title needs it.
		if g := wordGlue(p.runes); g != nil {
			bp.Glue = g
			lines = BreakLines(p.runes, p.widths, bp)
		}
	}
	if st.Balanced && len(lines) == 2 {
		if two := twoLineTitle(p, bp, u); two != nil {
			lines = two
		}
	} else if st.Balanced && len(lines) > 2 {
		lines = balance(p, bp, len(lines))
	}
	if st.Align == Center || st.Align == Right {
		for i := range lines {
			lines[i].Gap, lines[i].Base, lines[i].Justified = gap, gap, false
		}
	}
	return lines
}

// balance narrows the measure as far as it goes without adding a line, so a
// long title comes out as even lines instead of a full line and a stub.
func balance(p prepared, bp BreakParams, n int) []Line {
	lo, hi := bp.First/float64(n), bp.First
	for range 20 {
		mid := (lo + hi) / 2
		q := bp
		q.First, q.Rest = mid, mid
		if len(BreakLines(p.runes, p.widths, q)) > n {
			lo = mid
		} else {
			hi = mid
		}
	}
	q := bp
	q.First, q.Rest = hi, hi
	return BreakLines(p.runes, p.widths, q)
}

// TextWidth is the width in mm of s set in st on one line at the nominal
// gap; hanging indents use it to align wrapped lines after a label.
func (d *Document) TextWidth(st Style, s string) float64 {
	p, err := d.prepare(st, []Span{{Text: s}})
	if err != nil || len(p.runes) == 0 {
		return 0
	}
	gap := 0.0
	if st.Pitch > 0 {
		gap = st.Pitch - PtToMM(st.Size)
	}
	w := 0.0
	for _, x := range p.widths {
		w += x + gap
	}
	return w
}
