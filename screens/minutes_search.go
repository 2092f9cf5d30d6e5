package screens

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// searchDialog searches every 纪要 and task for a Chinese substring and
// lists each hit with its sentence; a 纪要 hit opens the 纪要.
type searchDialog struct {
	screen *minutesScreen
	query  *keyEntry
	count  *widget.Label
	hits   []data.SearchHit
	list   *widget.List
	dlg    dialog.Dialog
}

func (s *minutesScreen) showSearch() *searchDialog {
	d := &searchDialog{screen: s, query: newKeyEntry(s.env), count: widget.NewLabel("")}
	d.query.SetPlaceHolder(lang.L("minutes.search.full"))
	d.query.OnSubmitted = func(string) { d.run() }
	d.list = widget.NewList(func() int { return len(d.hits) }, func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Wrapping = fyne.TextWrapWord
		return l
	}, func(i widget.ListItemID, o fyne.CanvasObject) {
		h := d.hits[i]
		o.(*widget.Label).SetText(fmt.Sprintf("[%s] %s\n%s", lang.L("search.kind."+h.Kind), h.Title, h.Sentence))
		d.list.SetItemHeight(i, o.MinSize().Height)
	})
	d.list.OnSelected = func(i widget.ListItemID) {
		if h := d.hits[i]; h.Kind == "minutes" {
			d.dlg.Hide()
			s.env.Window.Canvas().Focus(nil)
			s.open(h.ID)
		}
	}
	find := widget.NewButton(lang.L("action.search"), d.run)
	top := container.NewBorder(nil, d.count, nil, find, d.query)
	d.dlg = dialog.NewCustom(lang.L("minutes.search.full"), lang.L("action.close"), container.NewBorder(top, nil, nil, nil, d.list), s.env.Window)
	d.dlg.Resize(fyne.NewSize(820, 560))
	d.dlg.Show()
	s.env.Window.Canvas().Focus(d.query)
	return d
}

func (d *searchDialog) run() {
	q := d.query.Text
	load(d.screen.env, func(ctx context.Context) ([]data.SearchHit, error) { return d.screen.env.Minutes.Search(ctx, q) }, func(hs []data.SearchHit) {
		d.hits = hs
		d.count.SetText(fmt.Sprintf(lang.L("search.count"), len(hs)))
		d.list.UnselectAll()
		d.list.Refresh()
	})
}
