package typeset

import "math"

// Table is a ruled table set on the grid lines: a header row, then one row
// per record, each at least one grid line high and as many more as its
// tallest cell needs; a long cell wraps inside its column. When a row does
// not fit, the page ends and the header row is drawn again at the top of
// the next. Tables are for forms (the 签到表), not for the 公文 body.
type Table struct {
	Name    string // recorded with the table's lines and rules
	Columns []Column
	Rows    [][]string
	// Tail is how many grid lines after the table must stay on the last
	// row's page (totals, a signature line): the last row moves to a new
	// page with them rather than leave them alone there.
	Tail int
}

// Column is one column: its header and width in mm (the widths add up to
// the type area's width) and whether its cells are centred.
type Column struct {
	Title  string
	Width  float64
	Center bool
}

// Table cells are set in 小四 with lines 5.5 mm apart, 1.5 mm in from the
// rules; rules are 0.35 mm outside and 0.25 mm inside.
const (
	cellSize = Xiaosi
	cellLead = 5.5
	cellPad  = 1.5
)

// Table sets t from the next free grid line on.
func (d *Document) Table(t Table) {
	if d.err != nil || len(t.Columns) == 0 {
		return
	}
	d.flush()
	head := Style{Name: t.Name + "-head", Role: Hei, Size: cellSize, Align: Left}
	cell := Style{Name: t.Name + "-cell", Role: Fangsong, Size: cellSize, Align: Left}
	titles := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		titles[i] = c.Title
	}
	header := func() {
		if d.line >= LinesPerPage {
			d.NewPage()
		}
		d.tableRow(t, head, titles, 1, true)
	}
	header()
	fresh := false // a page that holds only the header row yet
	for n, row := range t.Rows {
		lines := d.cellLines(t, cell, row)
		if d.err != nil {
			return
		}
		h := rowLines(lines)
		need := h
		if n == len(t.Rows)-1 {
			need += t.Tail
		}
		if d.line+need > LinesPerPage && !fresh {
			d.NewPage()
			header()
			fresh = true
		}
		d.tableCells(t, cell, lines, h)
		fresh = false
	}
	d.drawnTo = d.line
}

// cellLines breaks each cell of row at its column's width.
func (d *Document) cellLines(t Table, st Style, row []string) [][]cellLine {
	out := make([][]cellLine, len(t.Columns))
	for i, c := range t.Columns {
		if i >= len(row) || row[i] == "" {
			continue
		}
		p, err := d.prepare(st, []Span{{Text: row[i]}})
		if err != nil {
			d.fail(err)
			return nil
		}
		size := PtToMM(st.Size)
		w := c.Width - 2*cellPad
		bp := BreakParams{First: w, Rest: w, Em: size, Glue: p.glue, Weak: p.weak, MaxSqueeze: 0.08 * size}
		for _, ln := range BreakLines(p.runes, p.widths, bp) {
			out[i] = append(out[i], cellLine{p: p, ln: ln})
		}
	}
	return out
}

type cellLine struct {
	p  prepared
	ln Line
}

// rowLines is how many grid lines a row of cells needs.
func rowLines(cells [][]cellLine) int {
	most := 1
	for _, c := range cells {
		most = max(most, len(c))
	}
	return max(1, int(math.Ceil((float64(most)*cellLead+2*cellPad)/LinePitch-1e-9)))
}

// tableRow sets one row of short texts (the header) h grid lines high.
func (d *Document) tableRow(t Table, st Style, texts []string, h int, top bool) {
	lines := d.cellLines(t, st, texts)
	if d.err != nil {
		return
	}
	d.tableCells(t, st, lines, h)
	if top {
		d.rule(t.Name+"-top", MarginLeft, AreaRight, lineTop(d.line-h), thickRule, RGB{})
	}
}

// tableCells draws a row h grid lines high at the cursor: each cell's lines
// centred as a block in the row's height, the rule below, the columns'
// rules either side; then moves the cursor below it.
func (d *Document) tableCells(t Table, st Style, cells [][]cellLine, h int) {
	top := lineTop(d.line)
	height := float64(h) * LinePitch
	x := MarginLeft
	for i, c := range t.Columns {
		block := float64(len(cells[i])) * cellLead
		y := top + (height-block)/2
		for _, cl := range cells[i] {
			cx := x + cellPad
			if c.Center {
				cx = x + (c.Width-cl.ln.Width)/2
			}
			d.drawRunes(st, cl.p, cl.ln.Start, cl.ln.End, 0, 0, cx, baselineIn(y, cellLead, st.Size), 1, y, d.line)
			y += cellLead
		}
		if i > 0 {
			d.vrule(t.Name+"-column", x, top, top+height, thinRule)
		}
		x += c.Width
	}
	d.vrule(t.Name+"-edge", MarginLeft, top, top+height, thickRule)
	d.vrule(t.Name+"-edge", AreaRight, top, top+height, thickRule)
	d.line += h
	d.drawnTo = d.line
	d.rule(t.Name+"-row", MarginLeft, AreaRight, lineTop(d.line), thinRule, RGB{})
}

// vrule draws a vertical black rule of thickness t at x from y1 to y2.
func (d *Document) vrule(name string, x, y1, y2, t float64) {
	d.pdf.SetDrawColor(0, 0, 0)
	d.pdf.SetLineWidth(t)
	d.pdf.SetLineCapStyle("butt")
	d.pdf.Line(x, y1, x, y2)
	d.layout.Rules = append(d.layout.Rules, PlacedRule{Page: d.page, Name: name, X1: x, X2: x, Y: y1, Y2: y2, Thickness: t})
}
