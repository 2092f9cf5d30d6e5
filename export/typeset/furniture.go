package typeset

import "strconv"

// Masthead is the 版头 of a document (GB/T 9704 §7.2).
type Masthead struct {
	Serial  string // 份号, six digits
	Secrecy string // 密级和保密期限, e.g. 机密★1年
	Urgency string // 紧急程度: 特急 or 加急
	Mark    string // 发文机关标志, e.g. 溧阳市人民政府文件
	Number  string // 发文字号, e.g. 溧政发〔2026〕12号
	Signer  string // 签发人 of an upward document; moves the number flush left
}

// Mark geometry: the 标志's top edge sits 35 mm below the type area's top;
// its height is a setting in practice, 初号 here, squeezed horizontally when
// the name is too long for the type area.
const (
	markTop  = MarginTop + 35
	markSize = Chuhao
)

// Masthead draws the 版头 and the red separator, and moves the grid cursor to
// the line where the title starts (two blank lines below the red rule).
func (d *Document) Masthead(m Masthead) {
	if d.err != nil {
		return
	}
	hei := Style{Name: "masthead", Role: Hei, Size: Sanhao, Pitch: CharPitch}
	line := 0
	for _, s := range []string{m.Serial, m.Secrecy, m.Urgency} {
		if s != "" {
			d.setAt(hei, s, MarginLeft, lineTop(line), LinePitch, line)
			line++
		}
	}
	bottom := d.mark(m.Mark)
	numTop := bottom + LinePitch*1.5
	body := Style{Name: "masthead", Role: Fangsong, Size: Sanhao, Pitch: CharPitch}
	if m.Signer != "" {
		d.setAt(body, m.Number, MarginLeft+CharPitch, numTop, LinePitch, -1)
		label := "签发人："
		lw, nw := d.TextWidth(body, label), d.TextWidth(Style{Role: Kai, Size: Sanhao, Pitch: CharPitch}, m.Signer)
		x := AreaRight - CharPitch - lw - nw
		d.setAt(body, label, x, numTop, LinePitch, -1)
		d.setAt(Style{Name: "masthead", Role: Kai, Size: Sanhao, Pitch: CharPitch}, m.Signer, x+lw, numTop, LinePitch, -1)
	} else if m.Number != "" {
		w := d.TextWidth(body, m.Number) - (CharPitch - PtToMM(Sanhao))
		d.setAt(body, m.Number, MarginLeft+(AreaW-w)/2, numTop, LinePitch, -1)
	}
	red := numTop + (LinePitch+PtToMM(Sanhao))/2 + 4
	if m.Number == "" && m.Signer == "" {
		red = bottom + 4
	}
	d.rule("separator", MarginLeft, AreaRight, red, 0.5, d.opt.Red)
	d.SkipTo(GridLineBelow(red) + 2)
}

// mark draws a red 标志 centred with its top edge at markTop and returns its
// bottom edge.
func (d *Document) mark(text string) float64 { return d.markAt(text, markTop, markSize) }

// markAt draws a red 标志 of size pt centred with its top edge at top,
// squeezed to the type area's width, and returns its bottom edge.
func (d *Document) markAt(text string, markTop, markSize float64) float64 {
	if text == "" {
		return markTop
	}
	red := d.opt.Red
	st := Style{Name: "mark", Role: Xiaobiaosong, Size: markSize, Color: &red}
	p, err := d.prepare(st, []Span{{Text: text}})
	if err != nil {
		d.fail(err)
		return markTop
	}
	w := 0.0
	for _, x := range p.widths {
		w += x
	}
	hs := 1.0
	if w > AreaW {
		hs = AreaW / w
	}
	size := PtToMM(markSize)
	d.drawRunes(st, p, 0, len(p.runes), 0, 0, MarginLeft+(AreaW-w*hs)/2, markTop+emAscent*size, hs, markTop, -1)
	return markTop + size
}

// setAt sets a short text on one line at x in a cell at top (off the flow).
func (d *Document) setAt(st Style, text string, x, top, h float64, grid int) {
	p, err := d.prepare(st, []Span{{Text: text}})
	if err != nil {
		d.fail(err)
		return
	}
	gap := 0.0
	if st.Pitch > 0 {
		gap = st.Pitch - PtToMM(st.Size)
	}
	d.drawRunes(st, p, 0, len(p.runes), gap, gap, x, baselineIn(top, h, st.Size), 1, top, grid)
}

// MinutesHead is the head of a 纪要 (§10.3 and local practice).
type MinutesHead struct {
	Mark   string // 纪要标志, e.g. 溧阳市人民政府常务会议纪要
	Issue  string // 第12期 or 〔2026〕12号, centred under the mark
	Office string // 溧阳市人民政府办公室, flush left
	Date   string // 2026年5月8日, flush right on the office's line
	// Draft marks a 送审稿: lines in 黑体 flush left at the top, where a
	// document's 份号 and 密级 go (送审稿; 第3稿 2026年5月8日); none when final.
	Draft []string
}

// MinutesHead draws the 纪要 head and its red rule and moves the cursor to
// the first body line, one blank line below the rule.
func (d *Document) MinutesHead(h MinutesHead) {
	if d.err != nil {
		return
	}
	for i, line := range h.Draft {
		d.setAt(Style{Name: "draft", Role: Hei, Size: Sanhao, Pitch: CharPitch}, line, MarginLeft, lineTop(i), LinePitch, i)
	}
	bottom := d.mark(h.Mark)
	st := Style{Name: "minutes-head", Role: Fangsong, Size: Sanhao, Pitch: CharPitch}
	issueTop := bottom + LinePitch/2
	if h.Issue != "" {
		w := d.TextWidth(st, h.Issue) - (CharPitch - PtToMM(Sanhao))
		d.setAt(st, h.Issue, MarginLeft+(AreaW-w)/2, issueTop, LinePitch, -1)
	}
	rowTop := issueTop + LinePitch*1.5
	d.setAt(st, h.Office, MarginLeft, rowTop, LinePitch, -1)
	w := d.TextWidth(st, h.Date) - (CharPitch - PtToMM(Sanhao))
	d.setAt(st, h.Date, AreaRight-w, rowTop, LinePitch, -1)
	red := rowTop + (LinePitch+PtToMM(Sanhao))/2 + 3
	d.rule("separator", MarginLeft, AreaRight, red, 0.5, d.opt.Red)
	d.SkipTo(GridLineBelow(red) + 1)
}

// Signature sets the 发文机关署名 and 成文日期 of a document without a seal:
// one blank line below the text, the name two characters from the right, the
// date on the next line starting two characters right of the name's start
// (or, when the date is longer, the date two from the right and the name two
// characters left of it).
func (d *Document) Signature(name, date string) {
	if d.err != nil {
		return
	}
	st := Style{Name: "signature", Role: Fangsong, Size: Sanhao, Pitch: CharPitch}
	trail := CharPitch - PtToMM(Sanhao)
	nw, dw := d.TextWidth(st, name)-trail, d.TextWidth(st, date)-trail
	limit := AreaRight - 2*CharPitch
	nx := limit - nw
	dx := nx + 2*CharPitch
	if dx+dw > limit {
		dx = limit - dw
		nx = dx - 2*CharPitch
	}
	// The empty line, the name and the date keep with the text's last line,
	// so that they never stand alone on a page (§7.3.5.5: lines move, the
	// grid stays).
	d.push(flowItem{keepPrev: true})
	if name != "" {
		d.push(flowItem{keepPrev: true, draw: func(g int) { d.setAt(st, name, nx, lineTop(g), LinePitch, g) }})
	}
	ds := st
	ds.Name = "date"
	d.push(flowItem{keepPrev: true, draw: func(g int) { d.setAt(ds, date, dx, lineTop(g), LinePitch, g) }})
}

// Attachment starts attachment n on a new page: 附件n in 3号黑体 on line 1,
// its title centred on line 3, the text from line 5.
func (d *Document) Attachment(n int, title string) {
	if d.err != nil {
		return
	}
	d.NewPage()
	label := "附件"
	if n > 0 {
		label += strconv.Itoa(n)
	}
	d.setAt(Style{Name: "attachment-label", Role: Hei, Size: Sanhao, Pitch: CharPitch}, label, MarginLeft, lineTop(0), LinePitch, 0)
	d.SkipTo(2)
	d.Text(Title, title)
	d.Skip(1)
}

// AttachmentNote sets 附件说明 one line below the text: 附件：1.×× with
// wrapped lines aligned with the attachment's name.
func (d *Document) AttachmentNote(titles []string) {
	if d.err != nil || len(titles) == 0 {
		return
	}
	// The note keeps with the text's last line as the signature after it
	// does: a page never opens with the 附件说明 and the signature alone
	// (§7.3.5.5).
	keepAll := d.keepAll
	d.keepAll = true
	defer func() { d.keepAll = keepAll }()
	d.Skip(1)
	label := "附件："
	lw := d.TextWidth(Body, label) / CharPitch
	for i, t := range titles {
		num := ""
		if len(titles) > 1 {
			num = strconv.Itoa(i+1) + "."
		}
		st := Body
		st.Name = "attachment-note"
		st.Indent = 2 + lw + d.TextWidth(Body, num)/CharPitch
		text := num + t
		if i == 0 {
			d.Paragraph(st, Span{Text: label + text})
			continue
		}
		st.FirstIndent = 2 + lw
		d.Paragraph(st, Span{Text: text})
	}
}
