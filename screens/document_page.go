package screens

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/rules"
)

// docPage is one document: its register entry and the 四十七 answers, the
// countersign with each unit's deadline and reply (四十八), the office's
// opinion and route (四十九), the leaders' 批示, and for a normative
// document its reviews and filing (五十, 十九).
type docPage struct {
	screen *documentsScreen
	env    *Env
	id     int64
	rec    data.DocRecord

	title, info, findings, route, dispute *widget.Label
	signs                                 *fyne.Container
	instructions                          *fyne.Container
	opinion                               *widget.Entry
	startSign, disputeBtn, routeBtn       *widget.Button
	disputeSignBtn                        *widget.Button
	instructBtn, closeBtn                 *widget.Button
	normative                             *normativeCard
}

func newDocPage(s *documentsScreen, id int64) *docPage {
	p := &docPage{screen: s, env: s.env, id: id}
	p.normative = &normativeCard{page: p}
	return p
}

func (p *docPage) build() fyne.CanvasObject {
	label := func() *widget.Label {
		l := widget.NewLabel("")
		l.Wrapping = fyne.TextWrapWord
		return l
	}
	p.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.title.SizeName = theme.SizeNameSubHeadingText
	p.info, p.findings, p.route, p.dispute = label(), label(), label(), label()
	back := widget.NewButtonWithIcon(lang.L("action.back"), theme.NavigateBackIcon(), p.screen.back)
	edit := widget.NewButtonWithIcon(lang.L("action.edit"), theme.DocumentCreateIcon(), func() { p.screen.openForm(p.rec.Doc) })
	bar := container.NewHBox(back, p.title, layoutSpacer(), edit, p.exportButton())

	p.signs = container.NewVBox()
	p.startSign = widget.NewButtonWithIcon(lang.L("countersign.start"), theme.MailSendIcon(), func() { p.askStart() })
	p.disputeBtn = widget.NewButton(lang.L("countersign.dispute"), func() { p.askDispute() })
	p.disputeSignBtn = widget.NewButton(lang.L("countersign.dispute.sign"), func() { p.askDisputeSign() })
	p.opinion = widget.NewMultiLineEntry()
	p.opinion.SetMinRowsVisible(2)
	p.opinion.SetPlaceHolder(lang.L("hint.opinion"))
	p.routeBtn = widget.NewButtonWithIcon(lang.L("document.route"), theme.MailForwardIcon(), p.submitOpinion)
	p.routeBtn.Importance = widget.HighImportance
	p.instructions = container.NewVBox()
	p.instructBtn = widget.NewButtonWithIcon(lang.L("instruction.add"), theme.DocumentCreateIcon(), func() { p.askInstruction() })
	p.closeBtn = widget.NewButtonWithIcon(lang.L("document.close"), theme.ConfirmIcon(), p.closeDoc)

	heading := func(key string) fyne.CanvasObject {
		return widget.NewLabelWithStyle(lang.L(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	body := container.NewVBox(
		p.info, p.findings, widget.NewSeparator(),
		container.NewHBox(heading("document.section.countersign"), layoutSpacer(), p.startSign, p.disputeBtn, p.disputeSignBtn),
		p.signs, p.dispute, widget.NewSeparator(),
		heading("document.section.opinion"), p.opinion, container.NewBorder(nil, nil, p.routeBtn, nil, p.route), widget.NewSeparator(),
		container.NewHBox(heading("document.section.instructions"), layoutSpacer(), p.instructBtn, p.closeBtn),
		p.instructions,
		p.normative.build(),
	)
	p.reload()
	return container.NewBorder(container.NewVBox(bar, widget.NewSeparator()), nil, nil, nil, container.NewVScroll(body))
}

// reload reads the document whole again.
func (p *docPage) reload() {
	load(p.env, func(ctx context.Context) (data.DocRecord, error) { return p.env.Documents.DocRecord(ctx, p.id) }, func(r data.DocRecord) {
		p.rec = r
		p.show()
	})
}

func (p *docPage) show() {
	r, d := p.rec, p.rec.Doc
	p.title.SetText(d.Title)
	info := fmt.Sprintf(lang.L("document.info"), docKindLabel(d.Kind), d.UnitName, orDash(d.Number), dateText(d.Received), docStatusLabel(d.Status))
	var extra []string
	if d.Classification != "" {
		extra = append(extra, d.Classification+"★"+d.SecrecyTerm)
	}
	for _, v := range []string{d.Urgency, d.Disclosure} {
		if v != "" {
			extra = append(extra, v)
		}
	}
	for _, f := range d.Flags {
		extra = append(extra, docFlagLabel(f))
	}
	if len(extra) > 0 {
		info += "\n" + strings.Join(extra, "　")
	}
	if len(d.Attachments) > 0 {
		info += "\n" + lang.L("field.附件") + "：" + strings.Join(d.Attachments, "；")
	}
	p.info.SetText(info)
	p.findings.SetText(lang.L("document.findings") + strings.Join(r.Findings, "；"))
	p.findings.Importance = widget.SuccessImportance
	if d.Status == data.DocReturned {
		p.findings.Importance = widget.DangerImportance
	}
	p.findings.Refresh()
	p.showSigns()
	if r.Opinion != "" { // a reload must not wipe an opinion being typed
		p.opinion.SetText(r.Opinion)
	}
	p.route.SetText("")
	if r.RouteLeaderID != 0 {
		p.route.SetText(fmt.Sprintf(lang.L("document.routed"), r.RouteLeader, r.RouteReason, r.OpinionBy, dateText(r.OpinionOn)))
	} else if d.Status != data.DocReturned {
		p.preview()
	}
	p.instructions.RemoveAll()
	for _, in := range r.Instructions {
		who := in.PersonName
		if in.Delegated != "" {
			who += "（" + in.Delegated + "）"
		}
		l := widget.NewLabel(fmt.Sprintf(lang.L("instruction.line"), who, dateText(in.Day), in.Text))
		l.Wrapping = fyne.TextWrapWord
		p.instructions.Add(l)
	}
	moves := rules.DocMoves(r)
	setEnabled(p.startSign, moves.Countersign)
	setEnabled(p.routeBtn, moves.Route)
	setEnabled(p.instructBtn, moves.Instruct)
	setEnabled(p.closeBtn, moves.Close)
	p.normative.refresh()
}

func (p *docPage) showSigns() {
	r := p.rec
	p.signs.RemoveAll()
	if len(r.Countersigns) == 0 {
		p.signs.Add(widget.NewLabel(lang.L("countersign.none")))
	}
	for _, c := range r.Countersigns {
		p.signs.Add(p.signRow(c))
	}
	moves := rules.DocMoves(r)
	setEnabled(p.disputeBtn, moves.Dispute)
	setEnabled(p.disputeSignBtn, moves.DisputeSign)
	p.dispute.SetText("")
	if r.Dispute != "" {
		text := fmt.Sprintf(lang.L("countersign.dispute.line"), r.Dispute, r.Proposal)
		for _, g := range r.DisputeSigns {
			text += "\n" + fmt.Sprintf(lang.L("countersign.dispute.signed"), g.UnitName, g.Signer, dateText(g.On))
		}
		p.dispute.SetText(text)
	}
}

// signRow is one countersigning unit: sent, deadline (flagged when the
// calendar does not cover it), and the reply or how late it is.
func (p *docPage) signRow(c data.Countersign) fyne.CanvasObject {
	due := dateText(c.Due)
	if c.DueUnverified {
		due += " ⚠" + lang.L("countersign.unverified")
	}
	if !c.ExtendedTo.IsZero() {
		due += fmt.Sprintf(lang.L("countersign.extended"), dateText(c.ExtendedTo), c.ExtendReason)
	}
	state := widget.NewLabel("")
	state.Wrapping = fyne.TextWrapWord
	switch {
	case c.Reply != data.ReplyNone:
		text := replyLabel(c.Reply)
		if c.Reasons != "" && c.Reply != data.ReplyLapsed {
			text += "：" + c.Reasons
		}
		if c.Replier != "" {
			text += "（" + c.Replier + "，" + dateText(c.RepliedOn) + "）"
		} else {
			text += "（" + dateText(c.RepliedOn) + "）"
		}
		state.SetText(text)
		if c.Reply == data.ReplyDisagree || c.Reply == data.ReplyLapsed {
			state.Importance = widget.WarningImportance
		}
	case c.Overdue:
		state.SetText(lang.L("countersign.overdue"))
		state.Importance = widget.DangerImportance
	default:
		state.SetText(lang.L("countersign.waiting"))
	}
	reply := widget.NewButton(lang.L("countersign.reply"), func() { p.askReply(c) })
	extend := widget.NewButton(lang.L("countersign.extend"), func() { p.askExtend(c) })
	if c.Reply != data.ReplyNone {
		reply.Disable()
		extend.Disable()
	}
	left := widget.NewLabel(fmt.Sprintf(lang.L("countersign.row"), c.UnitName, dateText(c.Sent), due))
	left.Wrapping = fyne.TextWrapWord
	return container.NewBorder(nil, nil, nil, container.NewHBox(reply, extend), container.NewGridWithColumns(2, left, state))
}

func (p *docPage) submitOpinion() {
	text := p.opinion.Text
	act(p.env, func(ctx context.Context) error {
		_, err := p.env.Documents.SetOpinion(ctx, p.id, text)
		return err
	}, func(err error) {
		if err != nil {
			showError(p.env, err)
			return
		}
		p.reload()
	})
}

// preview shows, before routing, who the document would go to and why.
func (p *docPage) preview() {
	type route struct{ leader, why string }
	var rt route
	var err error
	p.env.Async(func() { rt.leader, rt.why, err = p.env.Documents.RoutePreview(context.Background(), p.id) }, func() {
		if err != nil {
			p.route.SetText(data.ErrorMessage(err))
			return
		}
		p.route.SetText(fmt.Sprintf(lang.L("document.preview"), rt.leader, rt.why))
	})
}

// closeDoc marks the document 已办结.
func (p *docPage) closeDoc() {
	act(p.env, func(ctx context.Context) error { return p.env.Documents.CloseDocument(ctx, p.id) }, func(err error) {
		if err != nil {
			showError(p.env, err)
			return
		}
		p.reload()
	})
}

func setEnabled(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
