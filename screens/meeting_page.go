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

// meetingPage is the hub of one meeting: its particulars and lean-meeting
// figures (四十五) above, and a tab for each part of its work — 参会人员,
// 议题与议程, 通知, 请假, 签到, 座次与桌签, 纪要 and 督办 — each with its
// papers to export or print (issue 16). Tabs, not one tall column, so that
// it fits a 1024×768 screen; each is built when first shown (meeting_tabs.go).
type meetingPage struct {
	screen  *meetingsScreen
	env     *Env
	id      int64
	meeting data.Meeting
	parts   []data.Participant
	leaves  []data.LeaveRequest
	read    bool // the meeting, parts and leaves have been read once

	title, info, lean, rules *widget.Label
	next                     *widget.Button
	cancel                   *iconButton
	tabs                     *container.AppTabs
	lazy                     []*pageTab // the tabs, built when first shown
	people                   *participantsTab
	leave                    *leaveTab
	signin                   *signInTab
	seating                  *seatingTab
	topics                   *topicsTab
	notice                   *noticeTab
	minutes                  *minutesTab
	tasks                    *tasksTab
	approval                 *widget.Label
	review, approve          *widget.Button
	matter                   *matterBar  // 四十四: the department whose remit the matter is in
	pendingOverride          *formDialog // the last override form offered (tests look at it)
}

func newMeetingPage(s *meetingsScreen, id int64) *meetingPage {
	p := &meetingPage{screen: s, env: s.env, id: id}
	p.people = &participantsTab{page: p}
	// The leave tab's clock flags overdue leave in the header too, whether
	// or not the tab has been shown.
	p.leave = &leaveTab{page: p, now: time.Now}
	p.signin = &signInTab{page: p}
	p.seating = &seatingTab{page: p}
	p.topics = &topicsTab{page: p}
	p.notice = &noticeTab{page: p}
	p.tasks = &tasksTab{page: p}
	p.minutes = &minutesTab{page: p, tasks: p.tasks.follow}
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
	back := newIconButton(lang.L("action.back"), backIcon, p.screen.back)
	edit := newIconButton(lang.L("action.edit"), editIcon, func() { p.screen.openForm(p.meeting, 0) })
	p.next = widget.NewButton("", p.advance)
	p.next.Importance = widget.HighImportance
	p.cancel = newIconButton(lang.L("meeting.cancel"), cancelIcon, func() { p.askCancel() })
	exp := newIconButton(lang.L("meeting.export"), downloadIcon, nil)
	exp.OnTapped = func() {
		widget.ShowPopUpMenuAtRelativePosition(p.exportMenu(), p.env.Window.Canvas(), fyne.NewPos(0, exp.Size().Height), exp)
	}
	bar := container.NewHBox(back, p.title, layoutSpacer(), edit, p.factsButton(), exp, p.next, p.cancel)
	head := container.NewVBox(bar, p.info, p.lean, p.approvalBar(), p.matterBar(), p.rules, widget.NewSeparator())
	tabs := p.newTabs()
	p.reload()
	return container.NewBorder(head, nil, nil, nil, tabs)
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
		p.read = true
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
	info := fmt.Sprintf(lang.L("meeting.info"), dateText(m.Start)+" "+m.Start.Format("15:04"), m.End.Format("15:04"), m.Place, chair, statusLabel(m.Status))
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
	p.matter.show()
	p.refreshBuilt()
	p.refreshShown()
}

// refreshShown reads the 议题与议程 and 纪要 tabs when they are in view: each
// is a read of its own, which opening the page need not wait for. Before
// the meeting itself is read there is nothing to read them by; show calls
// this again once it is.
func (p *meetingPage) refreshShown() {
	if !p.read {
		return
	}
	switch p.tabs.SelectedIndex() {
	case tabTopics:
		p.topics.refresh()
	case tabMinutes, tabTasks:
		p.minutes.refresh() // the 督办 tab follows the 纪要
	}
}

// advance takes the meeting's next step; sending the notice goes through
// the 通知 tab's confirmation, which also makes the notice.
func (p *meetingPage) advance() {
	to, ok := rules.ForwardMove(p.meeting)
	if !ok {
		return
	}
	if to == data.StatusNotified {
		p.tabs.SelectIndex(tabNotice)
		p.notice.askSend()
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

// offerOverride is overridable for this page: the reason's form is kept
// for the tests to fill in.
func (p *meetingPage) offerOverride(change func(overrides []data.Override, done func(error))) {
	overridable(p.env, change, func(f *formDialog) { p.pendingOverride = f })
}
