package screens

import (
	"context"
	"fmt"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/export/gather"
	"huiwu/export/meetingpdf"
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

// meetingTopics reads the meeting whole with its topics and the notice's
// signing office and contact, dated today.
func (a *agendaDialog) meetingTopics(ctx context.Context) (gather.MeetingTopics, meetingpdf.NoticeInfo, error) {
	src := a.screen.env.sources()
	mt, err := src.MeetingTopics(ctx, a.meeting.ID)
	if err != nil {
		return mt, meetingpdf.NoticeInfo{}, err
	}
	in, err := src.NoticeInfo(ctx)
	return mt, in, err
}

func (a *agendaDialog) writeNotice(ctx context.Context, w io.Writer) error {
	mt, in, err := a.meetingTopics(ctx)
	if err != nil {
		return err
	}
	notice, err := mt.Notice(in)
	if err != nil {
		return err
	}
	return notice(w)
}

func (a *agendaDialog) writeAgenda(ctx context.Context, w io.Writer) error {
	mt, _, err := a.meetingTopics(ctx)
	if err != nil {
		return err
	}
	agenda, err := mt.Agenda()
	if err != nil {
		return err
	}
	return agenda(w)
}

func (a *agendaDialog) writeInvitations(ctx context.Context, w io.Writer) error {
	mt, in, err := a.meetingTopics(ctx)
	if err != nil {
		return err
	}
	v, err := mt.Invitations(ctx, in)
	if err != nil {
		return err
	}
	return meetingpdf.Write(w, v, mt.Options)
}

// writeRegister writes the 议题登记表 of the meeting's month.
func (a *agendaDialog) writeRegister(ctx context.Context, w io.Writer) error {
	return built(func(ctx context.Context) (gather.Writer, error) {
		return a.screen.env.sources().TopicRegister(ctx, a.meeting.Start)
	})(ctx, w)
}
