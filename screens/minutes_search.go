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

// searchDialog searches every kind of record (people, units, meetings,
// topics, documents, 纪要 and their versions, tasks) for a Chinese substring
// of any length and lists each hit with its sentence; a hit opens its
// register with the record, a person or unit the roster.
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
		h := d.hits[i]
		d.dlg.Hide()
		s.env.Window.Canvas().Focus(nil)
		switch {
		case h.Kind == "minutes" || s.env.Open == nil:
			s.open(h.ID)
		default:
			s.env.Open(hitRegister[h.Kind], h.ID)
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

// hitRegister is the register a search hit of each kind opens.
var hitRegister = map[string]data.DeskKind{
	"person": "roster", "unit": "roster", "meeting": data.DeskMeeting, "topic": data.DeskTopic,
	"document": data.DeskDocument, "minutes": data.DeskMinutes, "task": data.DeskTask,
}
