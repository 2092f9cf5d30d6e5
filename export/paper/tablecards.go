package paper

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/image/font/sfnt"

	"huiwu/export/typeset"
	"huiwu/fonts"
)

// CardFaces are the faces a 桌签 may be printed in (a setting): 黑体 by
// default, 宋 or 楷.
var CardFaces = map[string][]byte{
	"hei":  fonts.NotoSansSCRegular,
	"song": fonts.NotoSerifSCRegular,
	"kai":  fonts.HuiwuKaiRegular,
}

// CardOptions are the 桌签's settings: the face and the size of the name.
type CardOptions struct {
	Face   string  // a key of CardFaces; "" is hei
	SizePt float64 // 0 is 110 pt, about 39 mm a character
	// AuditHead, when the cards come from the database, goes into the PDF's
	// properties as on every other paper.
	AuditHead string
	// FontPaths are the office's own fonts by role: a 黑体 or 楷体 card
	// prints in the office's 黑体 or 楷体 when it set one.
	FontPaths map[string]string
}

// cardFace is the font a 桌签 or 座次图 is drawn in: the office's own file
// for the face's role when it set one (checked as the typesetter checks
// it, since fpdf would carry on without a font it cannot read), else the
// bundled face.
func cardFace(what, face string, paths map[string]string) ([]byte, error) {
	if face == "" {
		face = "hei"
	}
	data, ok := CardFaces[face]
	if !ok {
		return nil, fmt.Errorf("%s：未知字体「%s」（可选 hei、song、kai）", what, face)
	}
	p := strings.TrimSpace(paths[face])
	if p == "" {
		return data, nil
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, invalid(fmt.Errorf("%s：字体设置 %s：无法读取 %s：%w", what, face, p, err))
	}
	if _, err := typeset.ParseFace(typeset.Role(face), p, b); err != nil {
		return nil, invalid(fmt.Errorf("%s：字体设置 %s：%w", what, face, err))
	}
	return b, nil
}

// stampAuditHead records the audit log's head in a PDF drawn on fpdf
// directly, as the typesetter does for the papers it sets.
func stampAuditHead(pdf *fpdf.Fpdf, head string) {
	if head != "" {
		pdf.SetKeywords("huiwu-audit-head "+head, true)
		pdf.SetSubject("审计头 "+head, true)
	}
}

// TableCards writes one 桌签 (tent card) per name on A4 landscape, folded
// along the middle: the name on both faces, each upright for its reader —
// the lower half as printed, the upper half turned half a circle — and a
// two-character name spaced 张　三 (formats.md). It is drawn on fpdf
// directly because the 公文 engine sets text on a grid and does not turn
// it; the face is checked to hold every character, so a rare one is
// refused by name rather than printed as a blank box.
func TableCards(w io.Writer, names []string, created time.Time, o CardOptions) error {
	if len(names) == 0 {
		return fmt.Errorf("桌签：没有要打印的姓名")
	}
	data, err := cardFace("桌签", o.Face, o.FontPaths)
	if err != nil {
		return err
	}
	size := o.SizePt
	if size == 0 {
		size = 110
	}
	if size < 24 || size > 200 {
		return fmt.Errorf("桌签：字号 %.0f 磅超出范围（24—200）", size)
	}
	if err := covers(data, names); err != nil {
		return err
	}
	pdf := fpdf.New("L", "mm", "A4", "")
	pdf.SetCreationDate(created)
	pdf.SetModificationDate(created)
	pdf.SetCatalogSort(true)
	pdf.SetTitle("桌签", true)
	stampAuditHead(pdf, o.AuditHead)
	pdf.SetAuthor("Huiwu", true)
	pdf.SetAutoPageBreak(false, 0)
	pdf.AddUTF8FontFromBytes("card", "", data)
	const pw, ph = 297.0, 210.0
	for _, n := range names {
		text := spaced(strings.TrimSpace(n))
		pdf.AddPage()
		pdf.SetFont("card", "", size)
		tw := pdf.GetStringWidth(text)
		if tw > pw-20 {
			pdf.SetFont("card", "", size*(pw-20)/tw) // a long name shrinks to fit
			tw = pdf.GetStringWidth(text)
		}
		_, capH := pdf.GetFontSize()
		x := (pw - tw) / 2
		base := ph*3/4 + capH*0.35 // centred in the lower half
		pdf.Text(x, base, text)
		pdf.TransformBegin()
		pdf.TransformRotate(180, pw/2, ph/2)
		pdf.Text(x, base, text)
		pdf.TransformEnd()
		pdf.SetDrawColor(160, 160, 160)
		pdf.SetDashPattern([]float64{3, 2}, 0)
		pdf.Line(10, ph/2, pw-10, ph/2) // the fold
		pdf.SetDashPattern(nil, 0)
	}
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("桌签：%w", err)
	}
	return pdf.Output(w)
}

// covers refuses a name with a character the face lacks (or beyond U+FFFF,
// which the PDF library cannot encode), naming the person.
func covers(data []byte, names []string) error {
	f, err := sfnt.Parse(data)
	if err != nil {
		return fmt.Errorf("桌签字体：%w", err)
	}
	var buf sfnt.Buffer
	for _, n := range names {
		for _, r := range n {
			if r == ' ' || r == '　' {
				continue
			}
			g, err := f.GlyphIndex(&buf, r)
			if r > 0xFFFF || err != nil || g == 0 {
				return fmt.Errorf("桌签：「%s」中的「%c」（U+%04X）所选字体无法打印，请换用宋体或黑体", n, r, r)
			}
		}
	}
	return nil
}
