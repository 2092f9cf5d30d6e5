package typeset

import "strconv"

// Colophon is the 版记 (§7.4) or a 纪要's 分送 block: labelled items such as
// 抄送 or 分送, then the issuing office and the print date on one line.
type Colophon struct {
	Items     []ColophonItem
	Office    string // 印发机关, indented one character on the left
	PrintDate string // e.g. 2026年5月8日印发, indented one character on the right
}

// ColophonItem is one labelled entry: Label 抄送 sets as 抄送：Text.
type ColophonItem struct {
	Label, Text string
}

// Colophon rules: the outer rules 0.35 mm, the inner 0.25 mm.
const (
	thickRule = 0.35
	thinRule  = 0.25
)

var colophonStyle = Style{Name: "colophon", Role: Fangsong, Size: Sihao, FirstIndent: 1, RightIndent: 1}

// SetColophon records the 版记; Write places it on the last page's bottom
// edge, on a page of its own if the text leaves no room.
func (d *Document) SetColophon(c Colophon) { d.colo = &c }

// placeColophon sets the 版记 on the bottom grid lines of the last page: each
// item on its own lines (wrapped lines aligned after the colon), the office
// and date on the last line, the last rule on the type area's bottom edge.
func (d *Document) placeColophon(c Colophon) {
	type item struct {
		st Style
		p  prepared
		ls []Line
	}
	d.flush()
	var items []item
	total := 1 // the office/date line
	for _, it := range c.Items {
		st := colophonStyle
		label := it.Label + "："
		st.Indent = 1 + d.TextWidth(st, label)/PtToMM(Sihao)
		p, err := d.prepare(st, []Span{{Text: label + it.Text}})
		if err != nil {
			d.fail(err)
			return
		}
		ls := d.breakStyled(st, p)
		items = append(items, item{st, p, ls})
		total += len(ls)
	}
	if d.line+total > LinesPerPage || d.opt.EvenColophon && d.Number()%2 == 1 {
		if d.opt.EvenColophon && d.Number()%2 == 0 {
			d.NewPage()
			d.nonumOn[d.page] = true // the blank page before the 版记
		}
		d.NewPage()
		d.nonumOn[d.page] = true // a lone 版记 page carries no number
	}
	first := LinesPerPage - total
	d.line = first
	d.rule("colophon-top", MarginLeft, AreaRight, lineTop(first), thickRule, RGB{})
	for _, it := range items {
		for _, ln := range it.ls {
			d.placeLine(it.st, it.p, ln, lineTop(d.line), LinePitch, d.line)
			d.line++
		}
	}
	last := LinesPerPage - 1
	if len(items) > 0 {
		d.rule("colophon-inner", MarginLeft, AreaRight, lineTop(last), thinRule, RGB{})
	}
	u := PtToMM(Sihao)
	if c.Office != "" {
		d.setAt(Style{Name: "colophon", Role: Fangsong, Size: Sihao}, c.Office, MarginLeft+u, lineTop(last), LinePitch, last)
	}
	if c.PrintDate != "" {
		st := Style{Name: "colophon", Role: Fangsong, Size: Sihao}
		d.setAt(st, c.PrintDate, AreaRight-u-d.TextWidth(st, c.PrintDate), lineTop(last), LinePitch, last)
	}
	d.rule("colophon-bottom", MarginLeft, AreaRight, AreaBottom, thickRule, RGB{})
	d.line = LinesPerPage
}

// Page numbers: 4号 宋体 (the fallback face), `— N —`, 7 mm below the type
// area, odd pages on the right and even pages on the left, each one
// character in from the edge of the type area.
const pageNoGap = 7.0

// finishPage numbers the current page unless it is marked to carry none.
func (d *Document) finishPage() {
	if d.nonumOn[d.page] {
		return
	}
	st := Style{Name: "pageno", Role: Fallback, Size: Sihao}
	n := d.Number()
	text := "— " + strconv.Itoa(n) + " —"
	w := d.TextWidth(st, text)
	u := PtToMM(Sihao)
	x := MarginLeft + u
	if n%2 == 1 {
		x = AreaRight - u - w
	}
	top := AreaBottom + pageNoGap
	p, err := d.prepare(st, []Span{{Text: text}})
	if err != nil {
		d.fail(err)
		return
	}
	d.drawRunes(st, p, 0, len(p.runes), 0, 0, x, top+emAscent*u, 1, top, -1)
}
