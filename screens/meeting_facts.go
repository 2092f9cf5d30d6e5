package screens

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// factsButton offers what is recorded of a meeting beyond its plan: the
// 会商 on the invited 人大代表 and 政协委员 (四十一) and the actual start, end
// and head count (四十五).
func (p *meetingPage) factsButton() *iconButton {
	b := newIconButton(lang.L("meeting.facts"), editIcon, nil)
	b.OnTapped = func() {
		menu := fyne.NewMenu("",
			fyne.NewMenuItem(lang.L("meeting.actual"), func() { p.askActual() }),
			fyne.NewMenuItem(lang.L("meeting.consult"), func() { p.askConsult() }),
		)
		widget.ShowPopUpMenuAtRelativePosition(menu, p.env.Window.Canvas(), fyne.NewPos(0, b.Size().Height), b)
	}
	return b
}

// leanText is the meeting's lean-meeting line: planned, and what was
// recorded at it once it was (四十五).
func leanText(m data.Meeting) string {
	s := fmt.Sprintf(lang.L("meeting.lean.long"), m.HeadCount, m.Minutes())
	if m.Actual.Recorded() {
		s += fmt.Sprintf(lang.L("meeting.lean.actual"), m.Actual.Start.Format("15:04"), m.Actual.End.Format("15:04"), m.Actual.Minutes(), m.Actual.Count)
	}
	return s
}

// askActual records when the meeting really began and ended and how many
// took part (四十五); the times are of the meeting's day.
func (p *meetingPage) askActual() *formDialog {
	m := p.meeting
	start, end, count := newKeyEntry(p.env), newKeyEntry(p.env), newKeyEntry(p.env)
	a := m.Actual
	if !a.Recorded() {
		a = data.MeetingActual{Start: m.Start, End: m.End, Count: m.HeadCount}
	}
	start.SetText(a.Start.Format("15:04"))
	end.SetText(a.End.Format("15:04"))
	count.SetText(strconv.Itoa(a.Count))
	f := newFormDialog(p.env, lang.L("meeting.actual"), []formField{
		field("实际开始", start, lang.L("hint.clock")),
		field("实际结束", end, lang.L("hint.clock")),
		field("实到人数", count, ""),
	}, func(done func(error)) {
		var v data.MeetingActual
		var ps []data.Problem
		clock := func(name, text string) time.Time {
			t, err := time.Parse("15:04", strings.TrimSpace(text))
			if err != nil {
				ps = append(ps, data.Problem{Field: name, Message: lang.L("hint.clock")})
				return time.Time{}
			}
			return m.Day().Add(time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute)
		}
		v.Start, v.End = clock("实际开始", start.Text), clock("实际结束", end.Text)
		n, err := strconv.Atoi(strings.TrimSpace(count.Text))
		if err != nil {
			ps = append(ps, data.Problem{Field: "实到人数", Message: lang.L("hint.number")})
		}
		v.Count = n
		if len(ps) > 0 {
			done(&data.Error{Code: data.EInvalid, Message: lang.L("error.notsaved"), Problems: ps})
			return
		}
		p.afterWrite(done, func(ctx context.Context) error {
			_, err := p.env.Meetings.RecordActual(ctx, m.ID, m.Version, v)
			return err
		})
	})
	f.show()
	return f
}

// askConsult records the 会商 with the 人大办公室 or 政协办公室 on the list of
// invitees (四十一): whom, and on what day.
func (p *meetingPage) askConsult() *formDialog {
	names := make([]string, len(data.ConsultBodies))
	for i, b := range data.ConsultBodies {
		names[i] = b.Name()
	}
	body := newSelect(names, nil)
	body.SetSelectedIndex(0)
	who, on := newKeyEntry(p.env), newKeyEntry(p.env)
	on.SetText(wallNow(p.leave.now()).Format(data.DateLayout))
	f := newFormDialog(p.env, lang.L("meeting.consult"), []formField{
		field("会商单位", body, ""),
		field("会商对象", who, lang.L("hint.consult")),
		field("会商日期", on, ""),
	}, func(done func(error)) {
		c := data.InviteeConsult{MeetingID: p.meeting.ID, Contact: who.Text}
		if i := body.SelectedIndex(); i >= 0 {
			c.Body = data.ConsultBodies[i]
		}
		var err error
		if c.On, err = data.ParseDate(on.Text); err != nil {
			done(&data.Error{Code: data.EInvalid, Message: lang.L("error.notsaved"), Problems: []data.Problem{{Field: "会商日期", Message: data.ErrorMessage(err)}}})
			return
		}
		p.afterWrite(done, func(ctx context.Context) error { return p.env.Meetings.RecordInviteeConsult(ctx, c) })
	})
	f.show()
	return f
}

// afterWrite runs write off the UI goroutine, closes the form on success and
// reloads the page.
func (p *meetingPage) afterWrite(done func(error), write func(context.Context) error) {
	act(p.env, write, func(err error) {
		done(err)
		if err == nil {
			p.reload()
		}
	})
}
