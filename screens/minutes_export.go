package screens

import (
	"context"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// exportButtons print the 审签单 (at any stage, for the leaders to sign by
// hand) and the final 纪要 (once signed), both read whole at the moment of
// writing and carrying the audit head.
func (p *minutesPage) exportButtons() []fyne.CanvasObject {
	signoff := widget.NewButtonWithIcon(lang.L("minutes.export.signoff"), theme.DocumentPrintIcon(), func() {
		saveAs(p.env, p.fileName("审签单"), func(ctx context.Context, w io.Writer) error { return p.writePaper(ctx, w, false) })
	})
	final := widget.NewButtonWithIcon(lang.L("minutes.export.final"), theme.DocumentPrintIcon(), func() {
		saveAs(p.env, p.fileName("纪要"), func(ctx context.Context, w io.Writer) error { return p.writePaper(ctx, w, true) })
	})
	return []fyne.CanvasObject{signoff, final}
}

func (p *minutesPage) fileName(what string) string {
	return p.n.IssueText() + what + ".pdf"
}

// writePaper writes the 纪要 (final) or its 审签单.
func (p *minutesPage) writePaper(ctx context.Context, w io.Writer, final bool) error {
	src := p.env.sources()
	src.Now = p.screen.now
	paper, err := src.MinutesPaper(ctx, p.id, final)
	if err != nil {
		return err
	}
	return paper(w)
}
