package screens

import (
	"context"
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

// topicsTab is the meeting's 议题与议程: its topics in agenda order, moved
// up and down until the notice is out (四十一 step 7), and its agenda papers.
type topicsTab struct {
	page   *meetingPage
	agenda *agendaList
}

func (t *topicsTab) build() fyne.CanvasObject {
	t.agenda = newAgendaList(t.page.env, t.page.meeting)
	t.agenda.open = func(tp data.Topic) {
		if t.page.env.Open != nil {
			t.page.env.Open(data.DeskTopic, tp.ID)
		}
	}
	return container.NewBorder(paperBar(t.page.env, t.page.current, t.page.topicPapers()...), t.agenda.total, nil, nil,
		container.NewVScroll(t.agenda.rows))
}

func (t *topicsTab) refresh() {
	t.agenda.meeting = t.page.meeting
	t.agenda.reload()
}

// noticeTab sends the meeting's notice: 发出通知 says what it freezes, asks
// to confirm, moves the meeting to 已通知 and makes the notice PDF in the
// same step; the notice, the 邀请函 and the calendar entry are exported here.
type noticeTab struct {
	page  *meetingPage
	state *widget.Label
	send  *widget.Button
	asked *dialog.ConfirmDialog // the last confirmation shown (tests answer it)
}

func (t *noticeTab) build() fyne.CanvasObject {
	t.state = widget.NewLabel("")
	t.state.Wrapping = fyne.TextWrapWord
	t.send = widget.NewButtonWithIcon(lang.L("meeting.to.notified"), theme.MailSendIcon(), func() { t.askSend() })
	t.send.Importance = widget.HighImportance
	return container.NewBorder(container.NewVBox(container.NewHBox(t.send), paperBar(t.page.env, t.page.current, t.page.noticePapers()...)), nil, nil, nil,
		container.NewVScroll(t.state))
}

func (t *noticeTab) refresh() {
	m := t.page.meeting
	if freezes := rules.NoticeFreezes(m); freezes != nil {
		t.send.Enable()
		t.state.SetText(lang.L("notice.pending") + "\n· " + strings.Join(freezes, "\n· "))
		return
	}
	// Not the next step: the button stays in view, disabled, with the reason.
	t.send.Disable()
	t.state.SetText(lang.L("notice.sent." + string(m.Status)))
}

// askSend says what sending the notice fixes and asks to go ahead.
func (t *noticeTab) askSend() {
	freezes := rules.NoticeFreezes(t.page.meeting)
	if freezes == nil {
		return
	}
	msg := lang.L("notice.confirm") + "\n· " + strings.Join(freezes, "\n· ") + "\n" + lang.L("notice.confirm.pdf")
	t.asked = dialog.NewConfirm(lang.L("meeting.to.notified"), msg, func(yes bool) {
		if yes {
			t.sendNow()
		}
	}, t.page.env.Window)
	t.asked.SetConfirmText(lang.L("notice.confirm.yes"))
	t.asked.SetDismissText(lang.L("action.cancel"))
	t.asked.Show()
}

// sendNow makes sure the notice can be made (a meeting with no topic the
// 市长 approved has none, 四十一), moves the meeting to 已通知, and then asks
// where to save the notice, made again so that it is dated and stated as
// sent.
func (t *noticeTab) sendNow() {
	p := t.page
	notice := topicPapers{env: p.env, id: p.id}.notice
	act(p.env, func(ctx context.Context) error { _, err := notice(ctx); return err }, func(err error) {
		if err != nil {
			showError(p.env, err)
			return
		}
		m := p.meeting
		p.offerOverride(func(overrides []data.Override, done func(error)) {
			act(p.env, func(ctx context.Context) error {
				_, err := p.env.Meetings.SetMeetingStatus(ctx, m.ID, m.Version, data.StatusNotified, "", overrides...)
				return err
			}, func(err error) {
				done(err)
				p.reload()
				if err == nil {
					saveBuilt(p.env, fileName(m, "会议通知", ".pdf"), notice)
				}
			})
		})
	})
}
