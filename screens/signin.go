package screens

import (
	"context"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/rules"
)

// signInTab is the screen for the day itself: type two characters of a
// name (Enter signs in the first match) or tap 签到 on a row; 出席 or 迟到
// is decided by the time; 缺席 and 代会 by hand; the counts stay live and
// 撤销 undoes the last change.
type signInTab struct {
	page   *meetingPage
	search *keyEntry
	list   *widget.List
	counts *widget.Label
	undoB  *widget.Button
	view   fyne.CanvasObject
	shown  []data.Participant
	undo   []data.Participant // earlier states, newest last
	// closed says why nothing can be marked (an archived or cancelled
	// meeting); the row buttons are then disabled rather than refusing
	// after a click (issue 16).
	closed *widget.Label
	// earlyOK is set once the secretary confirms marking before the
	// meeting's day; asked holds that question while it is shown.
	earlyOK bool
	asked   *dialog.ConfirmDialog
}

func (t *signInTab) build() fyne.CanvasObject {
	t.search = newKeyEntry(t.page.env)
	t.search.SetPlaceHolder(lang.L("signin.search"))
	t.search.OnChanged = func(string) { t.filter() }
	t.search.OnSubmitted = func(string) {
		for _, p := range t.shown {
			if p.Status == data.NotSignedIn {
				t.mark(p, data.AttendPresent, "", "")
				break
			}
		}
	}
	t.counts = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	t.undoB = widget.NewButtonWithIcon(lang.L("signin.undo"), theme.ContentUndoIcon(), t.undoLast)
	t.undoB.Disable()
	t.list = widget.NewList(func() int { return len(t.shown) },
		func() fyne.CanvasObject {
			in := widget.NewButton(lang.L("signin.in"), nil)
			in.Importance = widget.HighImportance
			absent := widget.NewButton(lang.L("attendstatus.absent"), nil)
			sub := widget.NewButton(lang.L("attendstatus.substitute"), nil)
			leave := widget.NewButton(lang.L("attendstatus.leave"), nil)
			return container.NewBorder(nil, nil, nil, container.NewHBox(in, absent, sub, leave), rowOf(4))
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			p := t.shown[id]
			c := o.(*fyne.Container)
			at := ""
			if !p.At.IsZero() {
				at = p.At.Local().Format("15:04")
			}
			status := attendStatusLabel(p.Status)
			if p.Status == data.AttendSubstitute {
				status += "：" + p.SubstituteName
			}
			setRow(c.Objects[0], p.Name, p.UnitName+" "+p.Post, status, at)
			buttons := c.Objects[1].(*fyne.Container).Objects
			// 签到 is done for those already in; a wrong tap is undone with
			// 撤销. Nothing is marked on a closed meeting.
			open := rules.MaySignIn(t.page.meeting) == nil
			for i, b := range buttons {
				in := i == 0 && (p.Status == data.AttendPresent || p.Status == data.AttendLate)
				if open && !in {
					b.(*widget.Button).Enable()
				} else {
					b.(*widget.Button).Disable()
				}
			}
			buttons[0].(*widget.Button).OnTapped = func() { t.mark(p, data.AttendPresent, "", "") }
			buttons[1].(*widget.Button).OnTapped = func() { t.mark(p, data.AttendAbsent, "", "") }
			buttons[2].(*widget.Button).OnTapped = func() { t.confirmEarly(func() { t.askSubstitute(p) }) }
			// 请假 goes through the leave form: every leave is routed and
			// filed (六十一), and the approval marks the sign-in.
			buttons[3].(*widget.Button).OnTapped = func() { t.page.leave.openFormFor(p.PersonID) }
		})
	bar := container.NewBorder(nil, nil, nil, container.NewHBox(t.counts, t.undoB), t.search)
	t.closed = widget.NewLabel("")
	t.closed.Importance = widget.WarningImportance
	t.closed.Wrapping = fyne.TextWrapWord
	t.closed.Hide()
	t.view = container.NewBorder(container.NewVBox(bar, t.closed), paperBar(t.page.env, t.page.current, t.page.signInPapers()...), nil, nil, t.list)
	return t.view
}

func (t *signInTab) refresh() {
	if err := rules.MaySignIn(t.page.meeting); err != nil {
		t.closed.SetText(data.ErrorMessage(err))
		t.closed.Show()
		t.search.Disable()
	} else {
		t.closed.Hide()
		t.search.Enable()
	}
	t.filter()
	c := rules.Count(t.page.parts)
	t.counts.SetText(fmt.Sprintf(lang.L("signin.counts"), c.Due, c.Present, c.Late, c.Leave, c.Absent, c.Pending))
}

// filter shows the participants (staff excluded) whose name, unit or post
// contains the query.
func (t *signInTab) filter() {
	q := t.search.Text
	t.shown = t.shown[:0]
	for _, p := range t.page.parts {
		if p.Role != data.AttendStaff && (q == "" || containsFold(q, p.Name, p.UnitName, p.Post)) {
			t.shown = append(t.shown, p)
		}
	}
	t.list.Refresh()
}

// confirmEarly runs then at once on the meeting's day or later; before
// it, it first asks whether to mark anyone at all (rules.SignInEarly: an
// arrival days ahead is most likely the wrong meeting), once per page.
func (t *signInTab) confirmEarly(then func()) {
	if t.earlyOK || !rules.SignInEarly(t.page.meeting, wallNow(t.page.env.now())) {
		then()
		return
	}
	m := t.page.meeting
	msg := fmt.Sprintf(lang.L("signin.early"), m.Title, m.When())
	t.asked = dialog.NewConfirm(lang.L("signin.early.title"), msg, func(yes bool) {
		t.asked = nil
		if yes {
			t.earlyOK = true
			then()
		}
	}, t.page.env.Window)
	t.asked.SetConfirmText(lang.L("signin.early.yes"))
	t.asked.SetDismissText(lang.L("action.cancel"))
	t.asked.Show()
}

// mark sets p's status and remembers the old one for 撤销; before the
// meeting's day it asks first.
func (t *signInTab) mark(p data.Participant, st data.AttendStatus, sub, post string) {
	t.confirmEarly(func() { t.markNow(p, st, sub, post) })
}

func (t *signInTab) markNow(p data.Participant, st data.AttendStatus, sub, post string) {
	q := p
	// A zero time asks the store to stamp the change now; undo passes the
	// old time back instead.
	q.Status, q.SubstituteName, q.SubstitutePost, q.At = st, sub, post, time.Time{}
	t.apply(q, func() {
		t.undo = append(t.undo, p)
		t.undoB.Enable()
		t.search.SetText("")
	})
}

func (t *signInTab) apply(q data.Participant, then func()) {
	act(t.page.env, func(ctx context.Context) error { _, err := t.page.env.Meetings.SetAttendance(ctx, q); return err }, func(err error) {
		if err != nil {
			showError(t.page.env, err)
			return
		}
		then()
		t.page.reload()
	})
}

// undoLast restores the participant's previous status and time.
func (t *signInTab) undoLast() {
	if len(t.undo) == 0 {
		return
	}
	prev := t.undo[len(t.undo)-1]
	t.apply(prev, func() {
		t.undo = t.undo[:len(t.undo)-1]
		if len(t.undo) == 0 {
			t.undoB.Disable()
		}
	})
}

// askSubstitute records 代会 with who attends instead.
func (t *signInTab) askSubstitute(p data.Participant) *formDialog {
	name := newKeyEntry(t.page.env)
	name.SetText(p.SubstituteName)
	post := newKeyEntry(t.page.env)
	post.SetText(p.SubstitutePost)
	f := newFormDialog(t.page.env, fmt.Sprintf(lang.L("signin.substitute"), p.Name), []formField{
		field("代会人", name, ""), field("代会人职务", post, ""),
	}, func(done func(error)) {
		q := p
		q.Status, q.SubstituteName, q.SubstitutePost, q.At = data.AttendSubstitute, name.Text, post.Text, time.Time{}
		act(t.page.env, func(ctx context.Context) error { _, err := t.page.env.Meetings.SetAttendance(ctx, q); return err }, func(err error) {
			done(err)
			if err == nil {
				t.undo = append(t.undo, p)
				t.undoB.Enable()
				t.page.reload()
			}
		})
	})
	f.show()
	return f
}
