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

// leaveTab records leave requests as they come in, shows each one's route
// (六十一) and records each approver's decision in turn.
type leaveTab struct {
	page    *meetingPage
	list    *widget.List
	detail  *widget.Label
	approve *widget.Button
	reject  *widget.Button
	add     *widget.Button
	closed  *widget.Label // why no leave is taken (a closed meeting)
	sel     int
	now     func() time.Time // injectable for the overdue flag
}

func (t *leaveTab) build() fyne.CanvasObject {
	t.sel = -1
	if t.now == nil {
		t.now = time.Now
	}
	t.list = widget.NewList(func() int { return len(t.page.leaves) },
		func() fyne.CanvasObject { return rowOf(5) },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			l := t.page.leaves[id]
			sub := ""
			if l.SubstituteName != "" {
				sub = fmt.Sprintf(lang.L("leave.substitute"), l.SubstituteName, l.SubstitutePost)
			}
			setRow(o, l.PersonName, l.UnitName+" "+l.Post, l.Reason, sub, t.state(l))
		})
	t.list.OnSelected = func(id widget.ListItemID) { t.sel = id; t.showDetail() }
	t.detail = widget.NewLabel("")
	t.detail.Wrapping = fyne.TextWrapWord
	add := widget.NewButtonWithIcon(lang.L("leave.new"), theme.ContentAddIcon(), func() { t.openForm() })
	add.Importance = widget.HighImportance
	t.approve = widget.NewButtonWithIcon(lang.L("leave.approve"), theme.ConfirmIcon(), func() { t.decide(true) })
	t.reject = widget.NewButtonWithIcon(lang.L("leave.reject"), theme.CancelIcon(), func() { t.decide(false) })
	// The form of the request selected: exported or printed, read first.
	form := func(do func(*Env, string, builder)) func() {
		return func() {
			if l, ok := t.current(); ok {
				do(t.page.env, fileName(t.page.meeting, "请假审批单 "+l.PersonName, ".pdf"), t.page.leavePaper(l.ID))
			}
		}
	}
	exportForm := widget.NewButtonWithIcon(lang.L("leave.export"), theme.DownloadIcon(), form(saveBuilt))
	printForm := widget.NewButtonWithIcon(lang.L("leave.print"), theme.DocumentPrintIcon(), form(printBuilt))
	t.add = add
	t.closed = widget.NewLabel("")
	t.closed.Importance = widget.WarningImportance
	t.closed.Hide()
	bar := container.NewVBox(container.NewHBox(add, t.approve, t.reject, exportForm, printForm), t.closed)
	split := container.NewVSplit(t.list, container.NewVScroll(t.detail))
	split.Offset = 0.6
	return container.NewBorder(bar, nil, nil, nil, split)
}

// state is the request's status with the next approver, flagged when still
// undecided at the meeting's start.
func (t *leaveTab) state(l data.LeaveRequest) string {
	s := lang.L("leavestatus." + string(l.Status))
	if i, open := rules.NextStep(l.Steps); open {
		s += "（" + fmt.Sprintf(lang.L("leave.waiting"), l.Steps[i].ApproverName) + "）"
	}
	if rules.LeaveOverdue(l, t.page.meeting.Start, wallNow(t.now())) {
		s = "⚠ " + s + " " + lang.L("leave.overdue")
	}
	return s
}

// wallNow reads the local clock as a wall-clock time, the way meeting times
// are kept.
func wallNow(t time.Time) time.Time { return data.WallClock(t) }

func (t *leaveTab) current() (data.LeaveRequest, bool) {
	if t.sel < 0 || t.sel >= len(t.page.leaves) {
		return data.LeaveRequest{}, false
	}
	return t.page.leaves[t.sel], true
}

func (t *leaveTab) showDetail() {
	l, ok := t.current()
	_, open := rules.NextStep(l.Steps)
	if ok && open {
		t.approve.Enable()
		t.reject.Enable()
	} else {
		t.approve.Disable()
		t.reject.Disable()
	}
	if !ok {
		t.detail.SetText("")
		return
	}
	t.detail.SetText(routeText(l, ""))
}

// routeText is a leave request's filing and route, each step with its
// decision; note (if any) follows the filing line.
func routeText(l data.LeaveRequest, note string) string {
	var b strings.Builder
	fmt.Fprintf(&b, lang.L("leave.filed"), stampText(l.FiledAt), l.FiledBy)
	if note != "" {
		b.WriteString("\n" + note)
	}
	if len(l.Steps) == 0 {
		b.WriteString("\n" + lang.L("leave.filedonly"))
	}
	for _, s := range l.Steps {
		fmt.Fprintf(&b, "\n%d. %s — %s", s.Seq, s.ApproverName, s.Why)
		if !s.DecidedAt.IsZero() {
			fmt.Fprintf(&b, "\n    %s %s（%s）", lang.L("leavestatus."+string(s.Decision)), s.Opinion, stampText(s.DecidedAt))
		}
	}
	return b.String()
}

func (t *leaveTab) refresh() {
	// 六十一: no leave once the meeting is archived or cancelled; the
	// button says so before a click rather than refusing after it.
	if err := rules.MayRequestLeave(t.page.meeting, data.Participant{PersonID: -1}); err != nil {
		t.add.Disable()
		t.closed.SetText(data.ErrorMessage(err))
		t.closed.Show()
	} else {
		t.add.Enable()
		t.closed.Hide()
	}
	t.sel = -1
	t.list.UnselectAll()
	t.list.Refresh()
	t.showDetail()
}

// openForm records a new leave request from one of the participants.
func (t *leaveTab) openForm() *formDialog { return t.openFormFor(0) }

// openFormFor opens the leave form with person chosen (0: none), as the
// sign-in's 请假 does for someone who phoned in.
func (t *leaveTab) openFormFor(person int64) *formDialog {
	var names []string
	ids := map[string]int64{}
	for _, p := range t.page.parts {
		if p.Role != data.AttendStaff {
			label := p.Name + " — " + p.UnitName + " " + p.Post
			names = append(names, label)
			ids[label] = p.PersonID
		}
	}
	who := newSelect(names, nil)
	for label, id := range ids {
		if id == person && person != 0 {
			who.SetSelected(label)
		}
	}
	reason := newKeyEntry(t.page.env)
	town := widget.NewCheck(lang.L("leave.town"), nil)
	sub := newKeyEntry(t.page.env)
	subPost := newKeyEntry(t.page.env)
	f := newFormDialog(t.page.env, lang.L("leave.new"), []formField{
		field("请假人", who, ""),
		field("事由", reason, ""),
		field("离溧", town, lang.L("hint.leave.town")),
		field("代会人", sub, lang.L("hint.leave.substitute")),
		field("代会人职务", subPost, ""),
	}, func(done func(error)) {
		l := data.LeaveRequest{
			MeetingID: t.page.id, PersonID: ids[who.Selected], Reason: reason.Text, LeavesTown: town.Checked,
			SubstituteName: sub.Text, SubstitutePost: subPost.Text,
		}
		act(t.page.env, func(ctx context.Context) error { _, err := t.page.env.Meetings.RequestLeave(ctx, l); return err }, func(err error) {
			done(err)
			if err == nil {
				t.page.reload()
			}
		})
	})
	f.show()
	return f
}

// decide records the next approver's decision with an opinion (required
// for a refusal).
func (t *leaveTab) decide(approve bool) *formDialog {
	l, ok := t.current()
	if !ok {
		return nil
	}
	i, open := rules.NextStep(l.Steps)
	if !open {
		return nil
	}
	opinion := newKeyEntry(t.page.env)
	title := fmt.Sprintf(lang.L("leave.decide"), l.Steps[i].ApproverName, l.PersonName)
	f := newFormDialog(t.page.env, title, []formField{field("审批意见", opinion, "")}, func(done func(error)) {
		act(t.page.env, func(ctx context.Context) error {
			_, err := t.page.env.Meetings.DecideLeave(ctx, l.ID, approve, opinion.Text)
			return err
		}, func(err error) {
			done(err)
			if err == nil {
				t.page.reload()
			}
		})
	})
	f.show()
	return f
}
