package screens

import (
	"context"
	"fmt"
	"io"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/export/docpdf"
	"huiwu/export/paper"
	"huiwu/export/xlsx"
)

// exportMenu offers the document's papers: the 公文处理笺 and, once a
// countersign started, the 会签单 — each read fresh and stamped with the
// audit head.
func (p *docPage) exportMenu() *fyne.Menu {
	items := []*fyne.MenuItem{
		fyne.NewMenuItem(lang.L("document.export.docform"), func() {
			saveAs(p.env, fmt.Sprintf("公文处理笺-%d.pdf", p.id), func(ctx context.Context, w io.Writer) error { return p.writePaper(ctx, w, false) })
		}),
	}
	if len(p.rec.Countersigns) > 0 {
		items = append(items, fyne.NewMenuItem(lang.L("document.export.countersign"), func() {
			saveAs(p.env, fmt.Sprintf("会签单-%d.pdf", p.id), func(ctx context.Context, w io.Writer) error { return p.writePaper(ctx, w, true) })
		}))
	}
	return fyne.NewMenu("", items...)
}

func (p *docPage) writePaper(ctx context.Context, w io.Writer, countersign bool) error {
	r, err := p.env.Documents.DocRecord(ctx, p.id)
	if err != nil {
		return err
	}
	st, err := p.env.Status.Status(ctx)
	if err != nil {
		return err
	}
	var pp paper.Paper = docpdf.DocForm(r, time.Now())
	if countersign {
		if pp, err = docpdf.Countersign(r, time.Now()); err != nil {
			return err
		}
	}
	return docpdf.Write(w, pp, st.Head.String())
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
	saveAs(s.env, fmt.Sprintf("公文清单-%d.xlsx", year), func(ctx context.Context, w io.Writer) error {
		b := xlsx.DocBook{From: from, To: to, Today: time.Now()}
		var err error
		if b.Docs, err = s.env.Documents.Documents(ctx, data.DocFilter{From: from, To: to}); err != nil {
			return err
		}
		if b.Countersigns, err = s.env.Documents.Countersigns(ctx); err != nil {
			return err
		}
		if b.Filing, err = s.env.Documents.AwaitingFiling(ctx); err != nil {
			return err
		}
		st, err := s.env.Status.Status(ctx)
		if err != nil {
			return err
		}
		b.AuditHead = st.Head.String()
		return xlsx.Documents(w, b)
	})
}
