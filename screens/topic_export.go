package screens

import (
	"context"
	"fmt"
	"io"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/export/meetingpdf"
	"huiwu/export/xlsx"
)

// exportBar is the agenda dialog's row of papers: the 会议通知, the 议程, the
// 邀请函 (one a page) and the month's 议题登记表, each read whole from the
// data when it is written.
func (a *agendaDialog) exportBar() fyne.CanvasObject {
	env, m := a.screen.env, a.meeting
	name := func(what, ext string) string { return fmt.Sprintf("%s-%s%s", m.Start.Format("20060102"), what, ext) }
	button := func(key, what, ext string, write func(ctx context.Context, w io.Writer) error) *widget.Button {
		return widget.NewButtonWithIcon(lang.L(key), theme.DownloadIcon(), func() { saveAs(env, name(what, ext), write) })
	}
	return container.NewHBox(
		button("agenda.export.notice", "会议通知", ".pdf", a.writeNotice),
		button("agenda.export.agenda", "议程", ".pdf", a.writeAgenda),
		button("agenda.export.invitations", "邀请函", ".pdf", a.writeInvitations),
		button("agenda.export.register", "议题登记表", ".xlsx", a.writeRegister),
	)
}

// papers reads what every paper of the meeting needs.
func (a *agendaDialog) papers(ctx context.Context) (data.MeetingRecord, []data.Topic, meetingpdf.Options, error) {
	env := a.screen.env
	r, err := env.Meetings.Record(ctx, a.meeting.ID)
	if err != nil {
		return r, nil, meetingpdf.Options{}, err
	}
	ts, err := env.Topics.Topics(ctx, data.TopicFilter{MeetingID: a.meeting.ID})
	if err != nil {
		return r, nil, meetingpdf.Options{}, err
	}
	head, err := auditHead(ctx, env)
	return r, ts, meetingpdf.Options{AuditHead: head}, err
}

// noticeInfo is the signing office and contact of the topic settings,
// dated today.
func (a *agendaDialog) noticeInfo(ctx context.Context) (meetingpdf.NoticeInfo, error) {
	ts, err := a.screen.env.Topics.TopicSettings(ctx)
	return meetingpdf.InfoFrom(ts, time.Now()), err
}

func (a *agendaDialog) writeNotice(ctx context.Context, w io.Writer) error {
	r, ts, o, err := a.papers(ctx)
	if err != nil {
		return err
	}
	in, err := a.noticeInfo(ctx)
	if err != nil {
		return err
	}
	n, err := meetingpdf.Notice(r, ts, in)
	if err != nil {
		return err
	}
	return meetingpdf.Write(w, n, o)
}

func (a *agendaDialog) writeAgenda(ctx context.Context, w io.Writer) error {
	r, ts, o, err := a.papers(ctx)
	if err != nil {
		return err
	}
	p, err := meetingpdf.Agenda(r, ts)
	if err != nil {
		return err
	}
	return meetingpdf.Write(w, p, o)
}

func (a *agendaDialog) writeInvitations(ctx context.Context, w io.Writer) error {
	r, ts, o, err := a.papers(ctx)
	if err != nil {
		return err
	}
	var details []data.TopicDetail
	for _, t := range ts {
		d, err := a.screen.env.Topics.Topic(ctx, t.ID)
		if err != nil {
			return err
		}
		details = append(details, d)
	}
	in, err := a.noticeInfo(ctx)
	if err != nil {
		return err
	}
	v, err := meetingpdf.Invitations(r, details, in)
	if err != nil {
		return err
	}
	return meetingpdf.Write(w, v, o)
}

// writeRegister writes the 议题登记表 of the meeting's month.
func (a *agendaDialog) writeRegister(ctx context.Context, w io.Writer) error {
	env, m := a.screen.env, a.meeting
	ts, err := env.Topics.Topics(ctx, data.TopicFilter{Month: m.Start})
	if err != nil {
		return err
	}
	// The month's own meetings, not the screen's: the screen holds its 年度's
	// and may be set to another year than the meeting's.
	first := time.Date(m.Start.Year(), m.Start.Month(), 1, 0, 0, 0, 0, m.Start.Location())
	month, err := env.Meetings.Meetings(ctx, data.MeetingFilter{From: first, To: first.AddDate(0, 1, -1)})
	if err != nil {
		return err
	}
	var used []data.Meeting
	for _, mm := range month {
		for _, t := range ts {
			if t.MeetingID == mm.ID {
				used = append(used, mm)
				break
			}
		}
	}
	head, err := auditHead(ctx, env)
	if err != nil {
		return err
	}
	return xlsx.Topics(w, xlsx.TopicBook{Month: m.Start, Topics: ts, Meetings: used, Today: time.Now(), AuditHead: head})
}
