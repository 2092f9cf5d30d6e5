package screens

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/export/gather"
)

// exportButtons print the 送审稿 (before 签发, for the leader), the 审签单 (at any stage, for the leaders to sign by
// hand) and the final 纪要 (once signed), both read whole at the moment of
// writing and carrying the audit head.
func (p *minutesPage) exportButtons() []fyne.CanvasObject {
	signoff := widget.NewButtonWithIcon(lang.L("minutes.export.signoff"), theme.DocumentPrintIcon(), func() {
		saveBuilt(p.env, p.fileName("审签单"), func(ctx context.Context) (gather.Writer, error) { return p.paper(ctx, false) })
	})
	final := widget.NewButtonWithIcon(lang.L("minutes.export.final"), theme.DocumentPrintIcon(), func() {
		saveBuilt(p.env, p.fileName("纪要"), func(ctx context.Context) (gather.Writer, error) { return p.paper(ctx, true) })
	})
	// Only a signed 纪要 is issued (四十六): refused before the save dialog,
	// so no empty file is left under its name.
	p.guard.add(final, func() string {
		if !p.n.Locked() {
			return lang.L("guard.minutes.unsigned")
		}
		return ""
	})
	// 四十六: the 送审稿 for the leader, at any stage before 签发.
	draft := widget.NewButtonWithIcon(lang.L("minutes.export.draft"), theme.DocumentPrintIcon(), func() {
		saveBuilt(p.env, p.fileName("送审稿"), p.draft)
	})
	return []fyne.CanvasObject{signoff, final, draft}
}

// draft reads the 纪要's newest text as its 送审稿.
func (p *minutesPage) draft(ctx context.Context) (gather.Writer, error) {
	return p.env.sources().MinutesDraft(ctx, p.id)
}

func (p *minutesPage) fileName(what string) string {
	return p.n.IssueText() + what + ".pdf"
}

// paper reads the 纪要 (final) or its 审签单, dated on the screen's clock.
func (p *minutesPage) paper(ctx context.Context, final bool) (gather.Writer, error) {
	src := p.env.sources()
	src.Now = p.screen.now
	return src.MinutesPaper(ctx, p.id, final)
}
