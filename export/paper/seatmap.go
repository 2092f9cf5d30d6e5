package paper

import (
	"fmt"
	"io"
	"strconv"

	"codeberg.org/go-pdf/fpdf"
)

// SeatMap writes the 座次图 as a drawing on A4 landscape: each row of the
// chart (主席台 or the long table's sides first, then the hall and the
// 列席) as a line of boxes from the hall's left to its right, each box
// with the name and its rank, the most senior seat outlined heavier. It is
// drawn on fpdf like the 桌签, since the 公文 engine sets text on a grid
// and draws no boxes; the list form of the same chart is the "seating"
// kind.
func SeatMap(w io.Writer, c *SeatingChart, o CardOptions) error {
	if err := c.Validate(); err != nil {
		return err
	}
	data, err := cardFace("座次图", o.Face, o.FontPaths)
	if err != nil {
		return err
	}
	var names []string
	for _, r := range c.Rows {
		names = append(names, r.Name)
		for _, s := range r.Seats {
			names = append(names, s.Name)
		}
	}
	if err := covers(data, append(names, c.Heading, c.Time, c.Place, c.Note)); err != nil {
		return err
	}
	pdf := fpdf.New("L", "mm", "A4", "")
	pdf.SetCreationDate(c.Date.Time)
	pdf.SetModificationDate(c.Date.Time)
	pdf.SetCatalogSort(true)
	pdf.SetTitle(c.Heading, true)
	stampAuditHead(pdf, c.AuditHead)
	pdf.SetAuthor("Huiwu", true)
	pdf.SetAutoPageBreak(false, 0)
	pdf.AddUTF8FontFromBytes("map", "", data)
	const pw, ph, margin = 297.0, 210.0, 15.0
	const boxW, boxH, gap, perLine = 30.0, 15.0, 3.0, 8
	y := 0.0
	page := func() {
		pdf.AddPage()
		pdf.SetFont("map", "", 18)
		pdf.SetXY(margin, margin)
		pdf.CellFormat(pw-2*margin, 10, c.Heading, "", 1, "C", false, 0, "")
		pdf.SetFont("map", "", 10)
		pdf.CellFormat(pw-2*margin, 6, "时间："+c.Time+"　地点："+c.Place, "", 1, "C", false, 0, "")
		y = margin + 22
	}
	page()
	for _, r := range c.Rows {
		lines := (len(r.Seats) + perLine - 1) / perLine
		if y+8+float64(lines)*(boxH+gap) > ph-margin-10 {
			page()
		}
		pdf.SetFont("map", "", 11)
		pdf.SetXY(margin, y)
		pdf.CellFormat(pw-2*margin, 6, r.Name+"（自会场看，从左至右）", "", 1, "L", false, 0, "")
		y += 8
		for l := range lines {
			seats := r.Seats[l*perLine : min((l+1)*perLine, len(r.Seats))]
			x := (pw - float64(len(seats))*boxW - float64(len(seats)-1)*gap) / 2
			for _, s := range seats {
				width := 0.3
				if s.Rank == 1 {
					width = 0.9
				}
				pdf.SetLineWidth(width)
				pdf.Rect(x, y, boxW, boxH, "D")
				pdf.SetFont("map", "", 12)
				pdf.SetXY(x, y+1.5)
				pdf.CellFormat(boxW, 7, spaced(s.Name), "", 0, "C", false, 0, "")
				pdf.SetFont("map", "", 8)
				pdf.SetXY(x, y+8.5)
				pdf.CellFormat(boxW, 5, strconv.Itoa(s.Rank), "", 0, "C", false, 0, "")
				x += boxW + gap
			}
			y += boxH + gap
		}
		y += 4
	}
	if c.Note != "" {
		pdf.SetFont("map", "", 9)
		pdf.SetXY(margin, ph-margin-6)
		pdf.CellFormat(pw-2*margin, 5, c.Note, "", 0, "L", false, 0, "")
	}
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("座次图：%w", err)
	}
	return pdf.Output(w)
}
