package typeset

import (
	"fmt"
	"strings"
	"unicode/utf16"

	"golang.org/x/image/font/sfnt"
)

// Layout is what a document placed: every line of text and every rule.
type Layout struct {
	Pages    int
	Lines    []PlacedLine
	Rules    []PlacedRule
	Outlines int // characters drawn as outline paths (above U+FFFF)
}

// PlacedLine is one line of text as placed.
type PlacedLine struct {
	Page      int
	Style     string   // the style's Name ("body", "pageno", "colophon" …)
	Text      string   // the runes of the line, trailing spaces included
	Face      string   // name of the face that set most of the line
	Faces     []string // every face used, in order of first use
	Size      float64  // points
	X, Y      float64  // left edge of the first character and baseline, mm
	Top       float64  // top of the line's cell, mm
	Right     float64  // right edge of the last visible character, mm
	Chars     int      // visible characters
	Heavier   int      // characters of a fallback face thickened to the title's weight
	Justified bool     // stretched to the full measure
	GridLine  int      // 0–21, or -1 for furniture set off the grid
}

// PlacedRule is a horizontal rule.
type PlacedRule struct {
	Page      int
	Name      string
	X1, X2, Y float64
	Y2        float64 // the lower end of a vertical rule (X1 = X2); 0 for a horizontal one
	Thickness float64
	Color     RGB
}

// placeLine draws line ln of paragraph p in a cell at top of height h.
func (d *Document) placeLine(st Style, p prepared, ln Line, top, h float64, grid int) {
	u := st.unit()
	left := MarginLeft + st.Indent*u
	if ln.Start == 0 {
		left = MarginLeft + st.FirstIndent*u
	}
	right := AreaRight - st.RightIndent*u
	// On the grid each character sits centred in its cell, so the text
	// starts (and a full line ends) half a gap outside the cells' edges.
	half := 0.0
	if st.Pitch > 0 {
		half = (st.Pitch - PtToMM(st.Size)) / 2
	}
	x := left + half
	switch st.Align {
	case Center:
		x = left + (right-left-ln.Width)/2
	case Right:
		x = right - half - ln.Width
	}
	d.drawRunes(st, p, ln.Start, ln.End, ln.Gap, ln.Base, x, baselineIn(top, h, st.Size), 1, top, grid)
	d.layout.Lines[len(d.layout.Lines)-1].Justified = ln.Justified
}

// drawRunes sets runes [s,e) of p from x on baseline y, horizontally scaled
// by hs (1 = none), and records the line. After each character comes gap mm
// where the line may stretch and base mm inside a Latin word or number.
func (d *Document) drawRunes(st Style, p prepared, s, e int, gap, base, x, y, hs, top float64, grid int) {
	pl := PlacedLine{
		Page: d.page, Style: st.Name, Text: string(p.runes[s:e]), Size: st.Size,
		X: x, Y: y, Top: top, Right: x, GridLine: grid,
	}
	color := RGB{}
	if st.Color != nil {
		color = *st.Color
	}
	d.pdf.SetTextColor(color.R, color.G, color.B)
	d.pdf.SetFillColor(color.R, color.G, color.B)
	if hs != 1 {
		d.pdf.RawWriteStr(fmt.Sprintf("%.2f Tz", hs*100))
	}
	after := func(i int) float64 { // the gap after rune i
		if i+1 < e && !stretchable(p.runes[i], p.runes[i+1]) {
			return base
		}
		return gap
	}
	count := map[string]int{}
	cx := x
	for i := s; i < e; {
		f := p.faces[i]
		r := p.runes[i]
		if f == nil || r == ' ' && i+1 == e {
			cx += (p.widths[i] + after(i)) * hs // tabs, newlines, a trailing space: nothing to draw
			i++
			continue
		}
		heavy := thicken(st, f)
		if heavy {
			pl.Heavier++
			d.strokeFor(st.Size, color)
		}
		if r > 0xFFFF {
			d.drawOutline(f, r, cx, y, st.Size, hs, heavy)
			d.note(&pl, count, f)
			pl.Chars++
			pl.Right = cx + p.widths[i]*hs
			cx, i = cx+(p.widths[i]+after(i))*hs, i+1
			continue
		}
		// A run: consecutive BMP characters in the same face with the same
		// gap between them, so one Tc spaces them all; the gap after the
		// run's last character is placed by the next run's own position.
		g, start := after(i), cx
		j := i
		for j < e && p.faces[j] == f && p.runes[j] <= 0xFFFF && !(p.runes[j] == ' ' && j+1 == e) {
			if heavy && j > i {
				pl.Heavier++
			}
			d.note(&pl, count, f)
			pl.Chars++
			pl.Right = cx + p.widths[j]*hs
			cx += (p.widths[j] + after(j)) * hs
			j++
			if after(j-1) != g {
				break
			}
		}
		d.ensureFace(f)
		d.pdf.SetFont(f.family(), "", st.Size)
		d.setTc(g * ptPerMM)
		if heavy {
			d.pdf.RawWriteStr("2 Tr")
		}
		d.pdf.Text(start, y, string(p.runes[i:j]))
		if heavy {
			d.pdf.RawWriteStr("0 Tr")
		}
		i = j
	}
	if hs != 1 {
		d.pdf.RawWriteStr("100 Tz")
	}
	best := 0
	for _, name := range pl.Faces {
		if count[name] > best {
			pl.Face, best = name, count[name]
		}
	}
	d.layout.Lines = append(d.layout.Lines, pl)
}

// thicken reports whether characters of face f in style st are drawn with
// an outline stroke as well as filled: a title's character that its heavy
// face lacks comes from a regular face, and would look pale among the
// 小标宋 characters without it.
func thicken(st Style, f *Face) bool {
	return st.Role == Xiaobiaosong && f.Role != Xiaobiaosong && f.Role != Xiaobiaosong+bundledSuffix
}

// heavyStroke is the outline stroke of a thickened character, in em: it
// adds about the difference between a regular and a black stem.
const heavyStroke = 0.045

// strokeFor sets the stroke that thickens characters of size pt in colour c.
func (d *Document) strokeFor(sizePt float64, c RGB) {
	d.pdf.SetDrawColor(c.R, c.G, c.B)
	d.pdf.SetLineWidth(heavyStroke * PtToMM(sizePt))
	d.pdf.SetLineJoinStyle("round")
}

func (d *Document) note(pl *PlacedLine, count map[string]int, f *Face) {
	if count[f.Name] == 0 {
		pl.Faces = append(pl.Faces, f.Name)
	}
	count[f.Name]++
}

// setTc sets the PDF character spacing: fpdf has no call for it, and the grid
// needs every glyph advanced by the pitch, not by its own width. Tc is part
// of the graphics state, so it survives fpdf's BT/ET and q/Q pairs.
func (d *Document) setTc(tc float64) {
	if d.tcPage == d.page && fmt.Sprintf("%.4f", tc) == fmt.Sprintf("%.4f", d.lastTc) {
		return
	}
	d.pdf.RawWriteStr(fmt.Sprintf("%.4f Tc", tc))
	d.lastTc, d.tcPage = tc, d.page
}

// drawOutline draws r, which fpdf cannot encode (its cmap reader stops at
// U+FFFF), as a filled path from face f, inside a marked-content span whose
// /ActualText carries r so that copying and pdftotext still give the
// character. An invisible placeholder glyph gives the span a place on the line.
func (d *Document) drawOutline(f *Face, r rune, x, y, sizePt, hs float64, heavy bool) {
	segs, err := f.Outline(r)
	if err != nil {
		d.fail(err)
		return
	}
	var hex strings.Builder
	hex.WriteString("FEFF")
	for _, u := range utf16.Encode([]rune{r}) {
		fmt.Fprintf(&hex, "%04X", u)
	}
	fb := d.faces[Fallback]
	d.ensureFace(fb)
	d.pdf.RawWriteStr("/Span <</ActualText <" + hex.String() + ">>> BDC")
	d.pdf.RawWriteStr("3 Tr")
	d.pdf.SetFont(fb.family(), "", sizePt)
	d.pdf.Text(x, y, "口")
	d.pdf.RawWriteStr("0 Tr")
	d.pdf.RawWriteStr("EMC")
	size := PtToMM(sizePt)
	px := func(v sfnt.Segment, k int) (float64, float64) {
		return x + f.scale(v.Args[k].X)*size*hs, y + f.scale(v.Args[k].Y)*size
	}
	var curX, curY float64
	open := false
	for _, sg := range segs {
		switch sg.Op {
		case sfnt.SegmentOpMoveTo:
			if open {
				d.pdf.ClosePath()
			}
			curX, curY = px(sg, 0)
			d.pdf.MoveTo(curX, curY)
			open = true
		case sfnt.SegmentOpLineTo:
			curX, curY = px(sg, 0)
			d.pdf.LineTo(curX, curY)
		case sfnt.SegmentOpQuadTo:
			// fpdf's CurveTo is PDF's "v", not a quadratic: raise the degree.
			cx, cy := px(sg, 0)
			ex, ey := px(sg, 1)
			d.pdf.CurveBezierCubicTo(curX+2*(cx-curX)/3, curY+2*(cy-curY)/3, ex+2*(cx-ex)/3, ey+2*(cy-ey)/3, ex, ey)
			curX, curY = ex, ey
		case sfnt.SegmentOpCubeTo:
			c1x, c1y := px(sg, 0)
			c2x, c2y := px(sg, 1)
			curX, curY = px(sg, 2)
			d.pdf.CurveBezierCubicTo(c1x, c1y, c2x, c2y, curX, curY)
		}
	}
	if open {
		d.pdf.ClosePath()
		if heavy { // strokeFor was called
			d.pdf.DrawPath("B")
		} else {
			d.pdf.DrawPath("F")
		}
	}
	d.layout.Outlines++
}

// rule draws a horizontal rule of thickness t across [x1,x2] centred on y.
func (d *Document) rule(name string, x1, x2, y, t float64, c RGB) {
	d.pdf.SetDrawColor(c.R, c.G, c.B)
	d.pdf.SetLineWidth(t)
	d.pdf.SetLineCapStyle("butt")
	d.pdf.Line(x1, y, x2, y)
	d.layout.Rules = append(d.layout.Rules, PlacedRule{Page: d.page, Name: name, X1: x1, X2: x2, Y: y, Thickness: t, Color: c})
}
