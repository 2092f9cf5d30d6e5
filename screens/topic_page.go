package screens

import (
	"context"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/rules"
)

// topicPage is one topic: what it is, the step it has reached (四十一) and
// what it lacks, the checklist of 二十二/二十四 with the legal opinion, each
// related unit's opinion and attendance, the materials with their paper
// copies, and the history of its moves.
type topicPage struct {
	screen *topicsScreen
	env    *Env
	id     int64
	detail data.TopicDetail

	title, info, missing, history *widget.Label
	moves, checklist, units       *fyne.Container
	materials, exceptions         *fyne.Container
	override                      *formDialog // the override form a refusal opened, while open
	attending                     int         // people taking part for this topic (四十五)
}

func newTopicPage(s *topicsScreen, id int64) *topicPage {
	return &topicPage{screen: s, env: s.env, id: id}
}

func (p *topicPage) build() fyne.CanvasObject {
	label := func() *widget.Label {
		l := widget.NewLabel("")
		l.Wrapping = fyne.TextWrapWord
		return l
	}
	p.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.title.SizeName = theme.SizeNameSubHeadingText
	p.info, p.missing, p.history = label(), label(), label()
	p.missing.Importance = widget.DangerImportance
	back := widget.NewButtonWithIcon(lang.L("action.back"), theme.NavigateBackIcon(), p.screen.back)
	edit := widget.NewButtonWithIcon(lang.L("action.edit"), theme.DocumentCreateIcon(), func() { p.screen.openForm(p.detail.Topic) })
	p.moves = container.NewHBox()
	bar := container.NewHBox(back, p.title, layoutSpacer(), p.moves, edit)
	p.checklist, p.units, p.materials, p.exceptions = container.NewVBox(), container.NewVBox(), container.NewVBox(), container.NewVBox()
	heading := func(key string) fyne.CanvasObject {
		return widget.NewLabelWithStyle(lang.L(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	addMaterial := widget.NewButtonWithIcon(lang.L("material.add"), theme.ContentAddIcon(), func() { p.askMaterial() })
	body := container.NewVBox(
		p.info, p.missing, p.exceptions, widget.NewSeparator(),
		heading("topic.section.checklist"), p.checklist, widget.NewSeparator(),
		heading("topic.section.units"), p.units, widget.NewSeparator(),
		container.NewHBox(heading("topic.section.materials"), layoutSpacer(), addMaterial), p.materials, widget.NewSeparator(),
		heading("topic.section.history"), p.history,
	)
	p.reload()
	return container.NewBorder(container.NewVBox(bar, widget.NewSeparator()), nil, nil, nil, container.NewVScroll(body))
}

// reload reads the topic whole again.
func (p *topicPage) reload() {
	type read struct {
		d  data.TopicDetail
		ps []data.Participant
	}
	load(p.env, func(ctx context.Context) (read, error) {
		var r read
		var err error
		if r.d, err = p.env.Topics.Topic(ctx, p.id); err != nil || r.d.MeetingID == 0 {
			return r, err
		}
		r.ps, err = p.env.Meetings.Participants(ctx, r.d.MeetingID)
		return r, err
	}, func(r read) {
		// Those taking part for the topic: named for it, or 列席 from one of
		// its attending units (a standing 列席 unit is there already).
		p.detail, p.attending = r.d, 0
		units := map[string]bool{}
		for _, u := range r.d.Units {
			units[u.UnitName] = u.Attends
		}
		for _, pt := range r.ps {
			if pt.Topic == r.d.Title || (pt.Role == data.AttendObserver && units[pt.UnitName]) {
				p.attending++
			}
		}
		p.show()
	})
}

func (p *topicPage) show() {
	d := p.detail
	p.title.SetText(d.Title)
	meeting := p.screen.meetingName(d.MeetingID)
	if meeting == "" {
		meeting = lang.L("topic.nomeeting")
	}
	info := fmt.Sprintf(lang.L("topic.info"), d.UnitName, orDash(d.Reporter), orDash(d.LeaderName), kindLabel2(d.MeetingKind), meeting, d.Minutes, topicStateText(d.Topic))
	var marks []string
	for _, b := range topicFlagBoxes {
		if *b.get(&d.Flags) {
			marks = append(marks, lang.L(b.key))
		}
	}
	for _, s := range d.Flags.Subjects {
		marks = append(marks, lang.L("subject."+s))
	}
	for _, f := range d.Flags.MayorMatters {
		marks = append(marks, docFlagLabel(f))
	}
	if len(marks) > 0 {
		info += "\n" + strings.Join(marks, "　")
	}
	if d.MeetingID != 0 {
		info += "\n" + fmt.Sprintf(lang.L("topic.attending"), p.attending)
	}
	if !d.DeclaredOn.IsZero() {
		info += "\n" + lang.L("field.申报日期") + "：" + dateText(d.DeclaredOn)
	}
	if d.Summary != "" {
		info += "\n" + d.Summary
	}
	p.info.SetText(info)
	p.missing.SetText("")
	p.missing.Hide()
	if len(d.Missing) > 0 {
		p.missing.SetText(lang.L("topic.missing") + missingText(d.Missing))
		p.missing.Show()
	}
	p.showMoves()
	p.showExceptions()
	p.showChecklist()
	p.showUnits()
	p.showMaterials()
	var hist []string
	for _, m := range d.Moves {
		line := fmt.Sprintf("%s %s：%s → %s", m.At.Format("2006-01-02 15:04"), m.Actor, topicStateLabel(m.From), topicStateLabel(m.To))
		if m.Reason != "" {
			line += "（" + m.Reason + "）"
		}
		if m.Override != "" {
			line += "　" + lang.L("topic.override") + m.Override
		}
		if m.MeetingID != 0 && m.MeetingID != d.MeetingID {
			line += "　" + p.screen.meetingName(m.MeetingID)
		}
		hist = append(hist, line)
	}
	p.history.SetText(strings.Join(hist, "\n"))
}

// showMoves offers one button per step the seven steps allow from here.
func (p *topicPage) showMoves() {
	p.moves.Objects = nil
	for _, to := range rules.TopicMoves(p.detail.Topic) {
		b := widget.NewButtonWithIcon(fmt.Sprintf(lang.L("topic.move"), topicStateLabel(to)), theme.MailForwardIcon(), func() { p.askMove(to) })
		if next, ok := rules.NextTopicStep(p.detail.State); ok && next == to {
			b.Importance = widget.HighImportance
		}
		p.moves.Objects = append(p.moves.Objects, b)
	}
	p.moves.Refresh()
}

// showExceptions shows the late declaration (四十一) and the follow-up of a
// decided 二十三 subject, each with the button that records it.
func (p *topicPage) showExceptions() {
	d := p.detail
	p.exceptions.Objects = nil
	if d.Late {
		l := widget.NewLabel(lang.L("topic.late"))
		l.Importance = widget.WarningImportance
		row := container.NewHBox(l)
		if d.LateApproval != "" {
			row.Add(widget.NewLabel(lang.L("topic.late.approved") + d.LateApproval))
		} else {
			row.Add(widget.NewButton(lang.L("topic.late.approve"), func() { p.askText("topic.late.approve", "市长意见", p.env.Topics.ApproveLate) }))
		}
		p.exceptions.Add(row)
	}
	if d.FollowUp != "" {
		l := widget.NewLabel(d.FollowUp)
		l.Importance = widget.WarningImportance
		p.exceptions.Add(container.NewHBox(l, widget.NewButton(lang.L("topic.followup"), func() {
			p.askText("topic.followup", "报请情况", p.env.Topics.RecordFollowUp)
		})))
	} else if d.FollowUpDone != "" {
		p.exceptions.Add(widget.NewLabel(lang.L("topic.followup.done") + d.FollowUpDone))
	}
	if row := p.decisionRow(); row != nil {
		p.exceptions.Add(row) // 二十四, 二十七
	}
	p.exceptions.Refresh()
}

// showChecklist lists the requirements of the topic's flags, each ticked
// when on record. A unit's agreement is ticked from its opinion, the legal
// opinion from its own form; the rest by hand, dated today.
func (p *topicPage) showChecklist() {
	d := p.detail
	done := rules.TopicDone(d.Checks, d.Units, d.Legal)
	p.checklist.Objects = nil
	reqs := rules.TopicChecklist(rules.FlagsOf(d.Topic, d.Units))
	if len(reqs) == 0 {
		p.checklist.Add(widget.NewLabel(lang.L("topic.checklist.none")))
	}
	for _, r := range reqs {
		text := r.Label + "（" + r.Clause.String() + "）"
		switch {
		case r.Key == "41.legal_opinion":
			status := lang.L("topic.legal.none")
			if d.Legal.Recorded() {
				status = fmt.Sprintf(lang.L("topic.legal.recorded"), d.Legal.Number, dateText(d.Legal.Date), d.Legal.Conclusion)
			}
			p.checklist.Add(container.NewHBox(doneMark(done[r.Key]), widget.NewLabel(text+"："+status), widget.NewButton(lang.L("topic.legal.record"), func() { p.askLegal() })))
		case strings.HasPrefix(r.Key, "24.consult:"):
			p.checklist.Add(container.NewHBox(doneMark(done[r.Key]), widget.NewLabel(text)))
		default:
			p.checklist.Add(p.checkRow(r.Key, text, done[r.Key]))
		}
	}
	if d.Topic.Flags.MajorDecision {
		// 二十二: the meeting is the collective decision, recorded when it decides.
		if c, ok := checkOf(d.Checks, rules.KeyCollective); ok {
			p.checklist.Add(container.NewHBox(doneMark(true), widget.NewLabel(c.Note)))
		} else {
			p.checklist.Add(container.NewHBox(doneMark(false), widget.NewLabel(lang.L("topic.collective.pending"))))
		}
	}
	for _, r := range rules.Opinions25 {
		p.checklist.Add(p.checkRow(r.Key, r.Label+"（"+r.Clause.String()+"，可选）", done[r.Key]))
	}
	p.checklist.Refresh()
}

// checkOf is the checklist record of key, if any.
func checkOf(cs []data.TopicCheck, key string) (data.TopicCheck, bool) {
	for _, c := range cs {
		if c.Key == key {
			return c, true
		}
	}
	return data.TopicCheck{}, false
}

func doneMark(done bool) fyne.CanvasObject {
	if done {
		return widget.NewIcon(theme.ConfirmIcon())
	}
	return widget.NewIcon(theme.CancelIcon())
}

// showUnits lists the related units with their opinions and attendance.
func (p *topicPage) showUnits() {
	p.units.Objects = nil
	if len(p.detail.Units) == 0 {
		p.units.Add(widget.NewLabel(lang.L("topic.units.none")))
	}
	for _, u := range p.detail.Units {
		opinion := lang.L("opinion.none")
		if u.Opinion != "" {
			opinion = lang.L("opinion." + u.Opinion)
		}
		if u.Text != "" {
			opinion += "：" + u.Text
		}
		attend := lang.L("topic.attends.no")
		if u.Attends {
			attend = lang.L("topic.attends")
		}
		l := widget.NewLabel(u.UnitName + "　" + opinion + "　" + attend)
		l.Wrapping = fyne.TextWrapWord
		p.units.Add(container.NewBorder(nil, nil, nil, widget.NewButton(lang.L("topic.opinion"), func() { p.askOpinion(u) }), l))
	}
	p.units.Refresh()
}

// showMaterials lists the materials with size and copies received.
func (p *topicPage) showMaterials() {
	p.materials.Objects = nil
	if len(p.detail.Materials) == 0 {
		p.materials.Add(widget.NewLabel(lang.L("topic.materials.none")))
	}
	for _, m := range p.detail.Materials {
		l := widget.NewLabel(fmt.Sprintf(lang.L("material.row"), m.Name, sizeText(m.Size), m.Copies))
		copies := widget.NewButton(lang.L("material.copies"), func() { p.askCopies(m) })
		remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
			act(p.env, func(ctx context.Context) error { return p.env.Topics.RemoveMaterial(ctx, m.ID) }, p.afterAct)
		})
		p.materials.Add(container.NewBorder(nil, nil, nil, container.NewHBox(copies, remove), l))
	}
	p.materials.Refresh()
}

func (p *topicPage) afterAct(err error) {
	if err != nil {
		showError(p.env, err)
	}
	p.reload()
}

func sizeText(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// checkRow is one checklist item: done or not, its date and note, and the
// button that records it (二十二) or clears it when recorded by mistake.
func (p *topicPage) checkRow(key, text string, done bool) fyne.CanvasObject {
	var on *data.TopicCheck
	for i := range p.detail.Checks {
		if p.detail.Checks[i].Key == key {
			on = &p.detail.Checks[i]
		}
	}
	status, action := lang.L("topic.check.none"), lang.L("topic.check.record")
	if on != nil {
		status, action = dateText(on.DoneOn)+" "+on.Note, lang.L("topic.check.clear")
	}
	b := widget.NewButton(action, func() {
		if on != nil {
			act(p.env, func(ctx context.Context) error {
				return p.env.Topics.SetTopicCheck(ctx, p.id, key, false, time.Time{}, "")
			}, p.afterAct)
			return
		}
		p.askCheck(key, text)
	})
	return container.NewHBox(doneMark(done), widget.NewLabel(text+"："+status), b)
}
