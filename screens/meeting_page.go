package screens

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/rules"
)

// meetingPage is one meeting: its particulars and lean-meeting figures
// (四十五) above, and tabs for the participants, leave and sign-in.
type meetingPage struct {
	screen  *meetingsScreen
	env     *Env
	id      int64
	meeting data.Meeting
	parts   []data.Participant
	leaves  []data.LeaveRequest

	title, info, lean, rules *widget.Label
	next, cancel             *widget.Button
	tabs                     *container.AppTabs
	people                   *participantsTab
	leave                    *leaveTab
	signin                   *signInTab
	seating                  *seatingTab
	approval                 *widget.Label
	review, approve          *widget.Button
	pendingOverride          *formDialog // the last override form offered (tests look at it)
}

func newMeetingPage(s *meetingsScreen, id int64) *meetingPage {
	p := &meetingPage{screen: s, env: s.env, id: id}
	p.people = &participantsTab{page: p}
	p.leave = &leaveTab{page: p}
	p.signin = &signInTab{page: p}
	p.seating = &seatingTab{page: p}
	return p
}

func (p *meetingPage) build() fyne.CanvasObject {
	p.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.title.SizeName = theme.SizeNameSubHeadingText
	p.info = widget.NewLabel("")
	p.info.Wrapping = fyne.TextWrapWord
	p.lean = widget.NewLabel("")
	p.rules = widget.NewLabel("")
	p.rules.Importance = widget.WarningImportance
	p.rules.Wrapping = fyne.TextWrapWord
	back := widget.NewButtonWithIcon(lang.L("action.back"), theme.NavigateBackIcon(), p.screen.back)
	edit := widget.NewButtonWithIcon(lang.L("action.edit"), theme.DocumentCreateIcon(), func() { p.screen.openForm(p.meeting, 0) })
	p.next = widget.NewButton("", p.advance)
	p.next.Importance = widget.HighImportance
	p.cancel = widget.NewButtonWithIcon(lang.L("meeting.cancel"), theme.CancelIcon(), func() { p.askCancel() })
	exp := widget.NewButtonWithIcon(lang.L("meeting.export"), theme.DownloadIcon(), nil)
	exp.OnTapped = func() {
		widget.ShowPopUpMenuAtRelativePosition(p.exportMenu(), p.env.Window.Canvas(), fyne.NewPos(0, exp.Size().Height), exp)
	}
	bar := container.NewHBox(back, p.title, layoutSpacer(), edit, p.factsButton(), exp, p.next, p.cancel)
	head := container.NewVBox(bar, p.info, p.lean, p.approvalBar(), p.rules, widget.NewSeparator())
	p.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("meeting.tab.people"), p.people.build()),
		container.NewTabItem(lang.L("meeting.tab.leave"), p.leave.build()),
		container.NewTabItem(lang.L("meeting.tab.signin"), p.signin.build()),
		container.NewTabItem(lang.L("meeting.tab.seating"), p.seating.build()),
	)
	p.reload()
	return container.NewBorder(head, nil, nil, nil, p.tabs)
}

// reload reads the meeting, its participants and its leave again.
func (p *meetingPage) reload() {
	type all struct {
		m      data.Meeting
		parts  []data.Participant
		leaves []data.LeaveRequest
	}
	load(p.env, func(ctx context.Context) (all, error) {
		var a all
		var err error
		if a.m, err = p.env.Meetings.Meeting(ctx, p.id); err != nil {
			return a, err
		}
		if a.parts, err = p.env.Meetings.Participants(ctx, p.id); err != nil {
			return a, err
		}
		a.leaves, err = p.env.Meetings.Leaves(ctx, p.id)
		return a, err
	}, func(a all) {
		p.meeting, p.parts, p.leaves = a.m, a.parts, a.leaves
		p.show()
	})
}

func (p *meetingPage) show() {
	m := p.meeting
	p.title.SetText(m.Title + "（" + kindLabel2(m.Kind) + "）")
	chair := m.ChairName
	if m.DelegationNote != "" {
		chair += "（" + m.DelegationNote + "）"
	}
	info := fmt.Sprintf(lang.L("meeting.info"), m.Start.Format("2006-01-02 15:04"), m.End.Format("15:04"), m.Place, chair, statusLabel(m.Status))
	if m.Status == data.StatusCancelled {
		info += "　" + fmt.Sprintf(lang.L("meeting.cancelled"), m.CancelReason)
	}
	if m.Remarks != "" {
		info += "\n" + m.Remarks
	}
	p.info.SetText(info)
	p.lean.SetText(leanText(m))
	var notes []string
	for _, o := range m.Overrides {
		notes = append(notes, fmt.Sprintf(lang.L("meeting.override"), o.Clause.String(), o.Reason, o.Actor, o.At.Local().Format("2006-01-02 15:04")))
	}
	overdue := 0
	for _, l := range p.leaves {
		if rules.LeaveOverdue(l, m.Start, wallNow(p.leave.now())) {
			overdue++
		}
	}
	if overdue > 0 {
		// 六十一: leave is approved before the meeting
		notes = append([]string{fmt.Sprintf(lang.L("meeting.leave.overdue"), overdue)}, notes...)
	}
	p.rules.SetText(strings.Join(notes, "\n"))
	p.rules.Hidden = len(notes) == 0
	if to, ok := rules.ForwardMove(m); ok {
		p.next.SetText(lang.L("meeting.to." + string(to)))
		p.next.Show()
	} else {
		p.next.Hide()
	}
	if rules.MayCancel(m) {
		p.cancel.Show()
	} else {
		p.cancel.Hide()
	}
	p.showApproval()
	p.people.refresh()
	p.leave.refresh()
	p.signin.refresh()
	p.seating.refresh()
}

func (p *meetingPage) advance() {
	to, ok := rules.ForwardMove(p.meeting)
	if !ok {
		return
	}
	p.setStatus(to, "")
}

func (p *meetingPage) setStatus(to data.MeetingStatus, reason string) {
	m := p.meeting
	change := func(overrides []data.Override, done func(error)) {
		act(p.env, func(ctx context.Context) error {
			_, err := p.env.Meetings.SetMeetingStatus(ctx, m.ID, m.Version, to, reason, overrides...)
			return err
		}, func(err error) {
			done(err)
			p.reload()
		})
	}
	p.offerOverride(change)
}

// askCancel asks for the reason a meeting is cancelled; it is required.
func (p *meetingPage) askCancel() *formDialog {
	reason := newKeyEntry(p.env)
	f := newFormDialog(p.env, lang.L("meeting.cancel"), []formField{field("取消原因", reason, "")}, func(done func(error)) {
		m := p.meeting
		p.afterWrite(done, func(ctx context.Context) error {
			_, err := p.env.Meetings.SetMeetingStatus(ctx, m.ID, m.Version, data.StatusCancelled, reason.Text)
			return err
		})
	})
	f.show()
	return f
}

// participantsTab lists who takes part, by role and in protocol order, and
// adds or removes people.
type participantsTab struct {
	page   *meetingPage
	list   *widget.List
	count  *widget.Label
	person *widget.SelectEntry
	role   *widget.Select
	topic  *keyEntry // the topic a unit attends for (per-topic 列席)
	sel    int
}

func (t *participantsTab) build() fyne.CanvasObject {
	t.sel = -1
	t.count = widget.NewLabel("")
	t.list = widget.NewList(func() int { return len(t.page.parts) },
		func() fyne.CanvasObject { return rowOf(5) },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			p := t.page.parts[id]
			setRow(o, attendRoleLabel(p.Role), p.Name, p.UnitName, p.Post, p.Topic)
		})
	t.list.OnSelected = func(id widget.ListItemID) { t.sel = id }
	t.person = widget.NewSelectEntry(nil)
	t.person.SetPlaceHolder(lang.L("participants.pick"))
	t.person.OnChanged = func(q string) { t.person.SetOptions(t.options(q)) }
	roles := make([]string, len(data.AttendRoles))
	for i, r := range data.AttendRoles {
		roles[i] = attendRoleLabel(r)
	}
	t.role = newSelect(roles, nil)
	t.role.SetSelected(roles[0])
	t.topic = newKeyEntry(t.page.env)
	t.topic.SetPlaceHolder(lang.L("participants.topic"))
	add := widget.NewButtonWithIcon(lang.L("participants.add"), theme.ContentAddIcon(), t.add)
	remove := widget.NewButtonWithIcon(lang.L("participants.remove"), theme.ContentRemoveIcon(), t.remove)
	bar := container.NewBorder(nil, nil, nil, container.NewHBox(t.role, sized(t.topic, 200), add, remove, t.count), t.person)
	return container.NewBorder(bar, nil, nil, nil, t.list)
}

// options are the people who may join (rules.MayJoin: those in office)
// matching q, as 姓名 — 单位 — 职务.
func (t *participantsTab) options(q string) []string {
	var out []string
	for _, p := range t.page.screen.people {
		if rules.MayJoin(t.page.meeting, p) == nil && (q == "" || containsFold(q, p.Name, p.UnitName, p.Post)) {
			out = append(out, personOption(p))
			if len(out) == 30 {
				break
			}
		}
	}
	return out
}

func personOption(p data.Person) string { return p.Name + " — " + p.UnitName + " " + p.Post }

func (t *participantsTab) refresh() {
	t.sel = -1
	t.list.UnselectAll()
	t.list.Refresh()
	t.count.SetText(fmt.Sprintf(lang.L("list.count"), len(t.page.parts), lang.L("unit.people")))
}

func (t *participantsTab) add() {
	var who data.Person
	for _, p := range t.page.screen.people {
		if personOption(p) == t.person.Text {
			who = p
		}
	}
	if who.ID == 0 {
		showError(t.page.env, data.Errorf(data.EInvalid, "%s", lang.L("participants.pick")))
		return
	}
	var role data.AttendRole
	for _, r := range data.AttendRoles {
		if attendRoleLabel(r) == t.role.Selected {
			role = r
		}
	}
	pt := data.Participant{MeetingID: t.page.id, PersonID: who.ID, Role: role, Topic: t.topic.Text}
	add := func(overrides []data.Override, done func(error)) {
		act(t.page.env, func(ctx context.Context) error {
			return t.page.env.Meetings.AddParticipant(ctx, pt, overrides...)
		}, func(err error) {
			done(err)
			if err == nil {
				t.person.SetText("")
				t.topic.SetText("")
				t.page.reload()
			}
		})
	}
	t.page.offerOverride(add)
}

func (t *participantsTab) remove() {
	if t.sel < 0 || t.sel >= len(t.page.parts) {
		return
	}
	p := t.page.parts[t.sel]
	dialog.ShowConfirm(lang.L("participants.remove"), fmt.Sprintf(lang.L("confirm.remove"), p.Name), func(yes bool) {
		if !yes {
			return
		}
		act(t.page.env, func(ctx context.Context) error {
			return t.page.env.Meetings.RemoveParticipant(ctx, p.MeetingID, p.PersonID)
		}, func(err error) {
			if err != nil {
				showError(t.page.env, err)
			}
			t.page.reload()
		})
	}, t.page.env.Window)
}

// rowOf is a list row of n truncating labels; setRow fills it.
func rowOf(n int) fyne.CanvasObject {
	cells := make([]fyne.CanvasObject, n)
	for i := range cells {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		cells[i] = l
	}
	return container.NewGridWithColumns(n, cells...)
}

func setRow(o fyne.CanvasObject, texts ...string) {
	for i, c := range o.(*fyne.Container).Objects {
		c.(*widget.Label).SetText(texts[i])
	}
}

func attendRoleLabel(r data.AttendRole) string { return lang.L("attendrole." + string(r)) }
func attendStatusLabel(s data.AttendStatus) string {
	if s == data.NotSignedIn {
		return lang.L("attendstatus.none")
	}
	return lang.L("attendstatus." + string(s))
}

// offerOverride is overridable for this page: the reason's form is kept
// for the tests to fill in.
func (p *meetingPage) offerOverride(change func(overrides []data.Override, done func(error))) {
	overridable(p.env, change, func(f *formDialog) { p.pendingOverride = f })
}
