package typeset

import (
	"strings"
	"unicode"

	"github.com/go-text/typesetting/segmenter"
)

// 避头尾 (formats.md, "Line breaking"): marks that may not start a line and
// marks that may not end one. The brackets and dashes beyond the listed set
// follow the same logic (closing marks hang on the previous line).
const (
	noStart = "，。、：；！？）》」』”’…—〕】〉．,.:;!?)]}%％·"
	noEnd   = "（《「『“‘〔【〈([{"
)

// BreakParams are the measures of one paragraph, all in mm.
type BreakParams struct {
	First, Rest float64 // available width of the first and of later lines
	Gap         float64 // nominal space added after each character (the grid)
	MaxSqueeze  float64 // how much Gap may shrink to pull a mark back onto a line
	// Em is one character's width: a line given up to avoid a lone last
	// character may stretch by at most a quarter of it per gap (0: no limit).
	Em float64
	// Glue[i] forbids a break before rune i: inside a name of a list, a
	// word of a title (nil: no glue).
	Glue []bool
	// Weak[i] allows a break before rune i only where the line would
	// otherwise stretch by more than a quarter character per gap.
	Weak []bool
}

// Line is one line chosen by BreakLines: runes [Start, End) of the paragraph.
type Line struct {
	Start, End int
	Gap        float64 // space after a character where the line may stretch, in mm
	Base       float64 // space inside a Latin word or number, kept at the nominal gap
	Justified  bool    // stretched or squeezed to the full width
	Width      float64 // width of the visible characters with their gaps
}

// BreakLines splits text into lines. widths[i] is the natural advance of the
// i-th rune in mm. A line is a row of cells, each a character's advance plus
// the gap after it, so n characters fill n cells: on the GB/T 9704 grid the
// gap is negative (a 16 pt character is wider than its 156/28 mm cell) and 28
// characters fill the 156 mm measure exactly, their em boxes overhanging the
// measure by half a gap each side (placeLine centres them in their cells). Break opportunities come from UAX #14 (so Latin words and
// numbers stay whole), widened to every pair of CJK characters and narrowed
// by the 避头尾 rules; a line squeezes by up to MaxSqueeze per gap to keep a
// closing mark, or stretches when a character has to move down. A newline
// forces a break and stays at the end of its line. The lines cover text
// exactly: text in = text out.
func BreakLines(text []rune, widths []float64, p BreakParams) []Line {
	n := len(text)
	if n == 0 {
		return nil
	}
	allowed := opportunities(text, p.Glue)
	soft := softBreaks(text, p.Glue)
	for i, w := range p.Weak {
		if w && i < n && allowed[i] {
			allowed[i], soft[i] = false, true
		}
	}
	sum := make([]float64, n+1) // prefix sums of widths
	for i, w := range widths[:n] {
		sum[i+1] = sum[i] + w
	}
	// measure is the visible width of runes [s,e) with gap g: trailing
	// spaces and newlines hang past the margin and do not count.
	measure := func(s, e int, g float64) (float64, int) {
		for e > s && isTrailingSpace(text[e-1]) {
			e--
		}
		if e == s {
			return 0, 0
		}
		return sum[e] - sum[s] + float64(e-s-1)*g, e - s
	}
	const eps = 1e-6
	// measureOf is the measure of line i: the visible width may run into
	// the last cell's gap, as n cells hold n advances and n−1 gaps.
	measureOf := func(i int) float64 {
		if i == 0 {
			return p.First - p.Gap
		}
		return p.Rest - p.Gap
	}
	// mk makes the line [pos,end) of measure w, justified unless it is a
	// paragraph's last line that fits.
	mk := func(pos, end int, w float64, last bool) Line {
		vis, cnt := measure(pos, end, p.Gap)
		ln := Line{Start: pos, End: end, Gap: p.Gap, Base: p.Gap, Width: vis}
		if cnt > 1 && (!last || vis > w+eps) {
			justify(&ln, text[pos:pos+cnt], sum[pos+cnt]-sum[pos], w, p.Gap)
		}
		return ln
	}
	var lines []Line
	for pos := 0; pos < n; {
		w := measureOf(len(lines))
		fits := func(e int, g float64) bool { v, _ := measure(pos, e, g); return v <= w+eps }
		// A newline ahead ends the line if everything up to it fits.
		hard := -1
		for i := pos; i < n; i++ {
			if text[i] == '\n' {
				hard = i + 1
				break
			}
		}
		limit := n
		if hard > 0 {
			limit = hard
		}
		capEnd := pos + 1 // the most runes that fit at the nominal gap (at least one)
		for capEnd < limit && fits(capEnd+1, p.Gap) {
			capEnd++
		}
		end := capEnd
		if !(capEnd == limit || allowed[capEnd]) {
			end = chooseBreak(pos, capEnd, limit, allowed, func(e int) bool { return fits(e, p.Gap-p.MaxSqueeze) })
		}
		ln := mk(pos, end, w, end == n || end == hard)
		// A line that would stretch by more than a quarter character per
		// gap breaks inside what moved down instead: a long Latin run
		// (after @ . / - _ of an e-mail address, URL or file name) or a
		// unit's name.
		if p.Em > 0 && ln.Justified && ln.Gap-p.Gap > p.Em/4+eps {
			for b := capEnd; b > end; b-- {
				if soft[b] {
					end = b
					ln = mk(pos, end, w, false)
					break
				}
			}
		}
		lines = append(lines, ln)
		pos = end
	}
	avoidLoneLast(text, lines, allowed, p, measureOf, mk)
	return lines
}

// avoidLoneLast fixes 单字成行: when a paragraph's last line holds a single
// character (with its closing marks), the line before gives it its last
// breakable piece, provided that line then stretches by at most a quarter
// character per gap (more would look worse than the lone character).
func avoidLoneLast(text []rune, lines []Line, allowed []bool, p BreakParams, measureOf func(int) float64, mk func(int, int, float64, bool) Line) {
	k := len(lines)
	if k < 2 || p.Em <= 0 {
		return
	}
	prev, last := lines[k-2], lines[k-1]
	if !lonely(text[last.Start:last.End]) || text[prev.End-1] == '\n' {
		return
	}
	for b := prev.End - 1; b > prev.Start; b-- {
		if !allowed[b] {
			continue
		}
		ln := mk(prev.Start, b, measureOf(k-2), false)
		if ln.Gap-p.Gap > p.Em/4+1e-9 {
			return
		}
		lines[k-2], lines[k-1] = ln, mk(b, last.End, measureOf(k-1), true)
		return
	}
}

// lonely reports a line of one character and the marks that may not start
// a line (a lone 「求。」 is 单字成行 as much as 「求」).
func lonely(rs []rune) bool {
	n := 0
	for _, r := range rs {
		if !isTrailingSpace(r) && !strings.ContainsRune(noStart, r) {
			n++
		}
	}
	return n == 1
}

// chooseBreak is called when the nominal capacity capEnd falls where a break
// is forbidden: squeeze the next allowed break in if it fits, else move back
// to the previous allowed one, else (one unbreakable run longer than a line)
// break at capacity so the text still flows.
func chooseBreak(pos, capEnd, limit int, allowed []bool, fitsSqueezed func(int) bool) int {
	next := capEnd + 1
	for next < limit && !allowed[next] {
		next++
	}
	if fitsSqueezed(next) {
		return next
	}
	for b := capEnd - 1; b > pos; b-- {
		if allowed[b] {
			return b
		}
	}
	return capEnd
}

// opportunities is breakOpportunities less the breaks glue forbids.
func opportunities(text []rune, glue []bool) []bool {
	allowed := breakOpportunities(text)
	for i, g := range glue {
		if g && i < len(allowed) {
			allowed[i] = false
		}
	}
	return allowed
}

// softBreaks returns soft[i]: a break before rune i is possible inside a
// Latin run of at least 8 characters, after @ . / - _ (an e-mail address, a
// URL, a file name), but not inside a number (382.6, 0519-87654321). They are used only when a line would otherwise stretch.
func softBreaks(text []rune, glue []bool) []bool {
	n := len(text)
	soft := make([]bool, n+1)
	for s := 0; s < n; {
		if wide(text[s]) || unicode.IsSpace(text[s]) {
			s++
			continue
		}
		e := s
		for e < n && !wide(text[e]) && !unicode.IsSpace(text[e]) {
			e++
		}
		if e-s >= 8 {
			for i := s + 1; i < e-1; i++ {
				a := text[i-1]
				digits := i >= 2 && unicode.IsDigit(text[i-2]) && unicode.IsDigit(text[i])
				if strings.ContainsRune("@./-_", a) && !(digits && (a == '.' || a == '-')) {
					soft[i] = !strings.ContainsRune(noStart, text[i]) && (i >= len(glue) || !glue[i])
				}
			}
		}
		s = e
	}
	return soft
}

// breakOpportunities returns allowed[i]: a line may break before rune i.
func breakOpportunities(text []rune) []bool {
	n := len(text)
	allowed := make([]bool, n+1)
	var seg segmenter.Segmenter
	seg.Init(text)
	it := seg.LineIterator()
	for it.Next() {
		l := it.Line()
		allowed[l.Offset] = true
	}
	allowed[n] = true
	for i := 1; i < n; i++ {
		a, b := text[i-1], text[i]
		// UAX #14 forbids breaks around quotation marks (class QU) even
		// between ideographs; Chinese setting allows them there.
		if wide(a) && wide(b) {
			allowed[i] = true
		}
		if strings.ContainsRune(noStart, b) || strings.ContainsRune(noEnd, a) {
			allowed[i] = false
		}
		if isTrailingSpace(b) {
			allowed[i] = false // spaces stay at the end of the line before
		}
	}
	allowed[0] = false
	return allowed
}

// wide reports characters set on the CJK grid: ideographs, kana, CJK and
// full-width punctuation, and the curly quotes, dashes and ellipsis Chinese
// text uses.
func wide(r rune) bool {
	switch {
	case unicode.Is(unicode.Han, r), unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r):
		return true
	case r >= 0x3000 && r <= 0x303F, r >= 0xFF01 && r <= 0xFF60, r >= 0xFFE0 && r <= 0xFFE6:
		return true
	case r == '“' || r == '”' || r == '‘' || r == '’' || r == '—' || r == '…' || r == '·':
		return true
	}
	return false
}

func isTrailingSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' }

// justify stretches (or squeezes) line ln, whose visible runes are vis with
// natural width nat, to width w. The change goes into the gaps next to CJK
// characters and spaces; letters of a Latin word and digits of a number keep
// the nominal gap, so "GDP" and "382.6" do not come apart. A line with no
// such gap (one long word) spreads the change evenly.
func justify(ln *Line, vis []rune, nat, w, gap float64) {
	k := 0
	for i := 0; i+1 < len(vis); i++ {
		if stretchable(vis[i], vis[i+1]) {
			k++
		}
	}
	pairs := len(vis) - 1
	if k == 0 {
		ln.Gap = (w - nat) / float64(pairs)
		ln.Base = ln.Gap
	} else {
		ln.Gap = (w - nat - float64(pairs-k)*gap) / float64(k)
	}
	ln.Width = w
	ln.Justified = true
}

// stretchable reports whether the gap between a and b may absorb
// justification: next to a CJK character or a space, not inside a word.
func stretchable(a, b rune) bool {
	return wide(a) || wide(b) || a > 0xFFFF || b > 0xFFFF || unicode.IsSpace(a) || unicode.IsSpace(b)
}
