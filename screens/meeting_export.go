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
	"huiwu/export/ics"
	"huiwu/export/meetingpdf"
	"huiwu/export/paper"
	"huiwu/export/safefile"
	"huiwu/export/xlsx"
)

// saveAs asks where to save a file named name and writes it there with
// write, off the UI goroutine and through safefile, so that a failure leaves
// an earlier file as it was.
func saveAs(env *Env, name string, write func(ctx context.Context, w io.Writer) error) {
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			showError(env, err)
			return
		}
		if wc == nil {
			return // cancelled
		}
		path := wc.URI().Path()
		// The dialog created the file; safefile replaces it whole.
		if err := wc.Close(); err != nil {
			showError(env, err)
			return
		}
		exportTo(env, path, write)
	}, env.Window)
	d.SetFileName(name)
	d.Show()
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

// signInXLSX and attendanceXLSX read the meeting whole and write its
// 签到表 or 出勤记录.
func (p *meetingPage) signInXLSX(ctx context.Context, w io.Writer) error {
	r, err := p.env.Meetings.Record(ctx, p.id)
	if err != nil {
		return err
	}
	head, err := auditHead(ctx, p.env)
	if err != nil {
		return err
	}
	return xlsx.SignIn(w, r, xlsx.SignInOptions{AuditHead: head})
}

func (p *meetingPage) attendanceXLSX(ctx context.Context, w io.Writer) error {
	r, err := p.env.Meetings.Record(ctx, p.id)
	if err != nil {
		return err
	}
	head, err := auditHead(ctx, p.env)
	if err != nil {
		return err
	}
	return xlsx.Attendance(w, r, head)
}

// auditHead is the audit log's head for an export's footer and properties.
func auditHead(ctx context.Context, env *Env) (string, error) {
	if env.Status == nil {
		return "", nil
	}
	st, err := env.Status.Status(ctx)
	if err != nil {
		return "", err
	}
	return st.Head.String(), nil
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
		fyne.NewMenuItem(lang.L("export.signin.pdf"), func() { saveAs(p.env, fileName(m, "签到表", ".pdf"), pdf(p, meetingpdf.SignIn)) }),
		fyne.NewMenuItem(lang.L("export.seating.pdf"), func() { saveAs(p.env, fileName(m, "座次图", ".pdf"), p.seatMap) }),
		fyne.NewMenuItem(lang.L("export.seatlist.pdf"), func() { saveAs(p.env, fileName(m, "座次名单", ".pdf"), pdf(p, meetingpdf.Seating)) }),
		fyne.NewMenuItem(lang.L("export.cards.pdf"), func() { saveAs(p.env, fileName(m, "桌签", ".pdf"), p.tableCards) }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("export.ics"), func() { saveAs(p.env, fileName(m, "日历", ".ics"), p.calendar) }),
	)
}

// pdfOptions are the papers' options: the audit head and the seating
// tab's layout.
func (p *meetingPage) pdfOptions(ctx context.Context) (meetingpdf.Options, error) {
	o := meetingpdf.Options{Layout: p.seating.currentLayout()}
	o.PerSide, _ = strconv.Atoi(p.seating.perSide.Text) // blank or bad is automatic
	ms, err := p.env.Meetings.MeetingSettings(ctx)
	if err != nil {
		return o, err
	}
	o.Card = paper.CardOptions{Face: ms.CardFace, SizePt: ms.CardSizePt}
	if p.env.Status != nil {
		st, err := p.env.Status.Status(ctx)
		if err != nil {
			return o, err
		}
		o.AuditHead = st.Head.String()
	}
	return o, nil
}

// pdf writes the paper build makes from the meeting's record.
func pdf[P paper.Paper](p *meetingPage, build func(data.MeetingRecord, meetingpdf.Options) P) func(context.Context, io.Writer) error {
	return func(ctx context.Context, w io.Writer) error {
		r, err := p.env.Meetings.Record(ctx, p.id)
		if err != nil {
			return err
		}
		o, err := p.pdfOptions(ctx)
		if err != nil {
			return err
		}
		return meetingpdf.Write(w, build(r, o), o)
	}
}

// seatMap writes the drawn 座次图, tableCards the 桌签.
func (p *meetingPage) seatMap(ctx context.Context, w io.Writer) error {
	return p.drawn(ctx, w, meetingpdf.SeatMap)
}

func (p *meetingPage) tableCards(ctx context.Context, w io.Writer) error {
	return p.drawn(ctx, w, meetingpdf.TableCards)
}

// drawn reads the meeting whole and the PDF options, then draws with draw.
func (p *meetingPage) drawn(ctx context.Context, w io.Writer, draw func(io.Writer, data.MeetingRecord, meetingpdf.Options) error) error {
	r, err := p.env.Meetings.Record(ctx, p.id)
	if err != nil {
		return err
	}
	o, err := p.pdfOptions(ctx)
	if err != nil {
		return err
	}
	return draw(w, r, o)
}

// leavePDF writes the 请假审批单 of request id.
func (p *meetingPage) leavePDF(id int64) func(context.Context, io.Writer) error {
	return func(ctx context.Context, w io.Writer) error {
		r, err := p.env.Meetings.Record(ctx, p.id)
		if err != nil {
			return err
		}
		f, err := meetingpdf.Leave(r, id)
		if err != nil {
			return err
		}
		o, err := p.pdfOptions(ctx)
		if err != nil {
			return err
		}
		return meetingpdf.Write(w, f, o)
	}
}

// calendar writes the meeting as an .ics event for Outlook or WPS.
func (p *meetingPage) calendar(ctx context.Context, w io.Writer) error {
	m, err := p.env.Meetings.Meeting(ctx, p.id)
	if err != nil {
		return err
	}
	return ics.Write(w, ics.Calendar{Meetings: []data.Meeting{m}, Kinds: kindLabel2, Stamp: time.Now(), Domain: "huiwu"})
}
