package screens

import (
	"context"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiwu/export/gather"
)

// exportMenu offers the document's papers: the 公文处理笺 and, once a
// countersign started, the 会签单 — each read fresh and stamped with the
// audit head.
func (p *docPage) exportMenu() *fyne.Menu {
	items := []*fyne.MenuItem{
		fyne.NewMenuItem(lang.L("document.export.docform"), func() {
			saveBuilt(p.env, fmt.Sprintf("公文处理笺-%d.pdf", p.id), func(ctx context.Context) (gather.Writer, error) { return p.env.sources().DocPaper(ctx, p.id, false) })
		}),
	}
	if len(p.rec.Countersigns) > 0 {
		items = append(items, fyne.NewMenuItem(lang.L("document.export.countersign"), func() {
			saveBuilt(p.env, fmt.Sprintf("会签单-%d.pdf", p.id), func(ctx context.Context) (gather.Writer, error) { return p.env.sources().DocPaper(ctx, p.id, true) })
		}))
	}
	return fyne.NewMenu("", items...)
}

func (p *docPage) exportButton() *widget.Button {
	b := widget.NewButton(lang.L("meeting.export"), nil)
	b.OnTapped = func() {
		widget.ShowPopUpMenuAtRelativePosition(p.exportMenu(), p.env.Window.Canvas(), fyne.NewPos(0, b.Size().Height), b)
	}
	return b
}

// exportBook writes this year's documents workbook: the register, the
// countersign list (late first) and the documents awaiting 备案.
func (s *documentsScreen) exportBook() {
	year := time.Now().Year()
	from, to := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC)
	saveBuilt(s.env, fmt.Sprintf("公文清单-%d.xlsx", year), func(ctx context.Context) (gather.Writer, error) {
		_, book, err := s.env.sources().DocBook(ctx, from, to)
		return book, err
	})
}
