package screens

import (
	"context"
	"io"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"huiwu/data"
	"huiwu/export/gather"
	"huiwu/export/ics"
	"huiwu/export/meetingpdf"
	"huiwu/export/safefile"
)

// saveAs asks where to save a file named name and writes it there with
// write, off the UI goroutine and through safefile, so that a failure leaves
// an earlier file as it was.
func saveAs(env *Env, name string, write func(ctx context.Context, w io.Writer) error) {
	chooseSave(env.Window, name, func(path string) { exportTo(env, path, write) })
}

// saveBuilt reads a paper whole first and asks where to save it only when
// it can be made: a paper the rules refuse (an unsigned 纪要 印发) is refused
// before any dialog, and no file is left under its name.
func saveBuilt(env *Env, name string, build func(ctx context.Context) (gather.Writer, error)) {
	var paper gather.Writer
	act(env, func(ctx context.Context) (err error) {
		paper, err = build(ctx)
		return err
	}, func(err error) {
		if err != nil {
			showError(env, err)
			return
		}
		saveAs(env, name, func(_ context.Context, w io.Writer) error { return paper(w) })
	})
}

// exportTo writes path with write and says where it went.
func exportTo(env *Env, path string, write func(ctx context.Context, w io.Writer) error) {
	act(env, func(ctx context.Context) error {
		return safefile.Write(path, func(w io.Writer) error { return write(ctx, w) })
	}, func(err error) {
		if err != nil {
			showError(env, err)
			return
		}
		dialog.ShowInformation(lang.L("export.done"), path, env.Window)
	})
}

// fileName is a meeting paper's default file name: 2026-12-03 常务会议 签到表.xlsx.
func fileName(m data.Meeting, what, ext string) string {
	return m.Start.Format(data.DateLayout) + " " + m.Title + " " + what + ext
}

// exportMenu lists the papers of the meeting.
func (p *meetingPage) exportMenu() *fyne.Menu {
	m := p.meeting
	return fyne.NewMenu("",
		fyne.NewMenuItem(lang.L("export.signin.xlsx"), func() { saveAs(p.env, fileName(m, "签到表", ".xlsx"), p.signInXLSX) }),
		fyne.NewMenuItem(lang.L("export.attendance.xlsx"), func() { saveAs(p.env, fileName(m, "出勤记录", ".xlsx"), p.attendanceXLSX) }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("export.signin.pdf"), func() { saveAs(p.env, fileName(m, "签到表", ".pdf"), p.drawn("signin")) }),
		fyne.NewMenuItem(lang.L("export.seating.pdf"), func() { saveAs(p.env, fileName(m, "座次图", ".pdf"), p.drawn("seating")) }),
		fyne.NewMenuItem(lang.L("export.seatlist.pdf"), func() { saveAs(p.env, fileName(m, "座次名单", ".pdf"), p.drawn("seating-list")) }),
		fyne.NewMenuItem(lang.L("export.cards.pdf"), func() { saveAs(p.env, fileName(m, "桌签", ".pdf"), p.drawn("tablecards")) }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("export.ics"), func() { saveAs(p.env, fileName(m, "日历", ".ics"), p.calendar) }),
	)
}

// signInXLSX and attendanceXLSX write the meeting's 签到表 and 出勤记录.
func (p *meetingPage) signInXLSX(ctx context.Context, w io.Writer) error {
	return built(func(ctx context.Context) (gather.Writer, error) { return p.env.sources().SignInBook(ctx, p.id, "") })(ctx, w)
}

func (p *meetingPage) attendanceXLSX(ctx context.Context, w io.Writer) error {
	return built(func(ctx context.Context) (gather.Writer, error) { return p.env.sources().AttendanceBook(ctx, p.id) })(ctx, w)
}

// layout is the seating tab's layout, for the drawn papers.
func (p *meetingPage) layout() meetingpdf.Options {
	o := meetingpdf.Options{Layout: p.seating.currentLayout()}
	o.PerSide, _ = strconv.Atoi(p.seating.perSide.Text) // blank or bad is automatic
	return o
}

// drawn writes one of the meeting's drawn papers (gather.MeetingPaper).
func (p *meetingPage) drawn(kind string) func(context.Context, io.Writer) error {
	return built(func(ctx context.Context) (gather.Writer, error) {
		return p.env.sources().MeetingPaper(ctx, p.id, kind, p.layout())
	})
}

// leavePDF writes the 请假审批单 of request id.
func (p *meetingPage) leavePDF(id int64) func(context.Context, io.Writer) error {
	return built(func(ctx context.Context) (gather.Writer, error) {
		return p.env.sources().LeaveForm(ctx, p.id, id, p.layout())
	})
}

// calendar writes the meeting as an .ics event for Outlook or WPS.
func (p *meetingPage) calendar(ctx context.Context, w io.Writer) error {
	m, err := p.env.Meetings.Meeting(ctx, p.id)
	if err != nil {
		return err
	}
	return ics.Write(w, ics.Calendar{Meetings: []data.Meeting{m}, Kinds: kindLabel2, Stamp: time.Now(), Domain: "huiwu"})
}
