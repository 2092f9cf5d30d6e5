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
	"huiwu/export/gather"
	"huiwu/export/ics"
	"huiwu/export/meetingpdf"
)

// builder reads a paper whole: an error is a refusal (or a failed read)
// known before any file is asked for.
type builder = func(ctx context.Context) (gather.Writer, error)

// paperSpec is one paper of a meeting as a page offers it: the button's
// label, the file name's part and extension, and its builder.
type paperSpec struct {
	label, what, ext string
	build            builder
}

// paperBar is a row of papers: each one's 导出 button, and for a PDF its
// 打印, which opens it in the system's viewer. Both read the paper first,
// so that a refused paper is refused before any dialog and leaves no file
// (issue 16). The row scrolls sideways rather than widen the window.
func paperBar(env *Env, meeting func() data.Meeting, specs ...paperSpec) fyne.CanvasObject {
	row := container.NewHBox()
	for _, s := range specs {
		row.Add(widget.NewButtonWithIcon(s.label, theme.DownloadIcon(), func() {
			saveBuilt(env, fileName(meeting(), s.what, s.ext), s.build)
		}))
		if s.ext == ".pdf" {
			row.Add(widget.NewButtonWithIcon(fmt.Sprintf(lang.L("paper.print"), s.what), theme.DocumentPrintIcon(), func() {
				printBuilt(env, fileName(meeting(), s.what, s.ext), s.build)
			}))
		}
	}
	return container.NewHScroll(row)
}

// topicPapers builds the papers of meeting id that its topics make: the
// 会议通知, the 议程 (PDF and Excel) and the 邀请函.
type topicPapers struct {
	env *Env
	id  int64
}

// read is the meeting with its topics, and the notice's signing office and
// contact dated today.
func (t topicPapers) read(ctx context.Context) (gather.MeetingTopics, meetingpdf.NoticeInfo, error) {
	src := t.env.sources()
	mt, err := src.MeetingTopics(ctx, t.id)
	if err != nil {
		return mt, meetingpdf.NoticeInfo{}, err
	}
	in, err := src.NoticeInfo(ctx)
	return mt, in, err
}

func (t topicPapers) notice(ctx context.Context) (gather.Writer, error) {
	mt, in, err := t.read(ctx)
	if err != nil {
		return nil, err
	}
	return mt.Notice(in)
}

func (t topicPapers) agenda(ctx context.Context) (gather.Writer, error) {
	mt, _, err := t.read(ctx)
	if err != nil {
		return nil, err
	}
	return mt.Agenda()
}

func (t topicPapers) agendaBook(ctx context.Context) (gather.Writer, error) {
	mt, _, err := t.read(ctx)
	if err != nil {
		return nil, err
	}
	return mt.AgendaBook(), nil
}

func (t topicPapers) invitations(ctx context.Context) (gather.Writer, error) {
	mt, in, err := t.read(ctx)
	if err != nil {
		return nil, err
	}
	v, err := mt.Invitations(ctx, in)
	if err != nil {
		return nil, err
	}
	return func(w io.Writer) error { return meetingpdf.Write(w, v, mt.Options) }, nil
}

// The meeting page's papers, by tab.

func (p *meetingPage) current() data.Meeting { return p.meeting }

func (p *meetingPage) topicPapers() []paperSpec {
	tp := topicPapers{env: p.env, id: p.id}
	return []paperSpec{
		{lang.L("export.agenda.pdf"), "议程", ".pdf", tp.agenda},
		{lang.L("export.agenda.xlsx"), "议程", ".xlsx", tp.agendaBook},
	}
}

func (p *meetingPage) noticePapers() []paperSpec {
	tp := topicPapers{env: p.env, id: p.id}
	return []paperSpec{
		{lang.L("export.notice.pdf"), "会议通知", ".pdf", tp.notice},
		{lang.L("export.invitations.pdf"), "邀请函", ".pdf", tp.invitations},
		{lang.L("export.ics"), "日历", ".ics", p.calendar},
	}
}

func (p *meetingPage) signInPapers() []paperSpec {
	src := func() gather.Sources { return p.env.sources() }
	return []paperSpec{
		{lang.L("export.signin.pdf"), "签到表", ".pdf", p.drawn("signin")},
		{lang.L("export.signin.xlsx"), "签到表", ".xlsx", func(ctx context.Context) (gather.Writer, error) { return src().SignInBook(ctx, p.id, "") }},
		{lang.L("export.attendance.xlsx"), "出勤记录", ".xlsx", func(ctx context.Context) (gather.Writer, error) { return src().AttendanceBook(ctx, p.id) }},
	}
}

func (p *meetingPage) seatingPapers() []paperSpec {
	return []paperSpec{
		{lang.L("export.seating.pdf"), "座次图", ".pdf", p.drawn("seating")},
		{lang.L("export.seatlist.pdf"), "座次名单", ".pdf", p.drawn("seating-list")},
		{lang.L("export.cards.pdf"), "桌签", ".pdf", p.drawn("tablecards")},
	}
}

// drawn builds one of the meeting's drawn papers (gather.MeetingPaper) with
// the seating tab's layout.
func (p *meetingPage) drawn(kind string) builder {
	return func(ctx context.Context) (gather.Writer, error) {
		return p.env.sources().MeetingPaper(ctx, p.id, kind, p.layout())
	}
}

// leavePaper builds the 请假审批单 of request id.
func (p *meetingPage) leavePaper(id int64) builder {
	return func(ctx context.Context) (gather.Writer, error) {
		return p.env.sources().LeaveForm(ctx, p.id, id, p.layout())
	}
}

// calendar builds the meeting as an .ics event for Outlook or WPS.
func (p *meetingPage) calendar(ctx context.Context) (gather.Writer, error) {
	m, err := p.env.Meetings.Meeting(ctx, p.id)
	if err != nil {
		return nil, err
	}
	c := ics.Calendar{Meetings: []data.Meeting{m}, Kinds: kindLabel2, Stamp: time.Now(), Domain: "huiwu"}
	return func(w io.Writer) error { return ics.Write(w, c) }, nil
}
