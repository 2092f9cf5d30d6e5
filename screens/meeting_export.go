package screens

import (
	"context"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"huiwu/data"
	"huiwu/export/gather"
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

// exportMenu lists every paper of the meeting, tab by tab, each read first
// and saved only when it can be made (saveBuilt).
func (p *meetingPage) exportMenu() *fyne.Menu {
	var items []*fyne.MenuItem
	for i, group := range [][]paperSpec{p.noticePapers(), p.topicPapers(), p.signInPapers(), p.seatingPapers()} {
		if i > 0 {
			items = append(items, fyne.NewMenuItemSeparator())
		}
		for _, s := range group {
			items = append(items, fyne.NewMenuItem(s.label, func() { saveBuilt(p.env, fileName(p.meeting, s.what, s.ext), s.build) }))
		}
	}
	return fyne.NewMenu("", items...)
}

// layout is the seating tab's layout, for the drawn papers.
func (p *meetingPage) layout() meetingpdf.Options {
	return meetingpdf.Options{Layout: p.seating.currentLayout(), PerSide: p.seating.perSideCount()}
}
