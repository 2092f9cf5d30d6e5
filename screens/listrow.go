package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// openList is a list a secretary opens records from: Enter opens the
// selected row, the arrow keys move the selection itself (Fyne's list moves
// a separate keyboard focus that Enter could not see), and each row (a
// listRow) opens on a double-click.
type openList struct {
	widget.List
	onOpen func()          // open the selected row
	move   func(delta int) // select the row delta away from the selected one
}

func newOpenList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *openList {
	l := &openList{}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

func (l *openList) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		l.onOpen()
	case fyne.KeyDown:
		l.move(1)
	case fyne.KeyUp:
		l.move(-1)
	}
}

// FocusGained and FocusLost keep Fyne's focus mark off: it paints the row
// of its own keyboard cursor as hovered, which here is not the selection.
func (l *openList) FocusGained() {}
func (l *openList) FocusLost()   {}

// listRow is one row of an openList: a tap selects it (and gives the list
// the keyboard), a double tap opens it.
type listRow struct {
	widget.BaseWidget
	content fyne.CanvasObject
	id      widget.ListItemID
	list    *openList
	tap     func(widget.ListItemID)
}

func newListRow(list *openList, content fyne.CanvasObject, tap func(widget.ListItemID)) *listRow {
	r := &listRow{content: content, list: list, tap: tap}
	r.ExtendBaseWidget(r)
	return r
}

func (r *listRow) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(r.content) }

func (r *listRow) Tapped(*fyne.PointEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(r.list); c != nil {
		c.Focus(r.list)
	}
	r.tap(r.id)
}

func (r *listRow) DoubleTapped(*fyne.PointEvent) {
	r.Tapped(nil)
	r.list.onOpen()
}

// columns lays cells out side by side in widths proportional to weights:
// a title gets room and a state column does not take the same share. The
// header and every row use the same layout, so they line up.
type columns struct{ weights []float32 }

func (c columns) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	var total float32
	for i := range objects {
		total += c.weight(i)
	}
	free := size.Width - pad*float32(len(objects)-1)
	x := float32(0)
	for i, o := range objects {
		w := free * c.weight(i) / total
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w + pad
	}
}

func (c columns) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objects {
		m := o.MinSize()
		s.Width += m.Width
		s.Height = max(s.Height, m.Height)
	}
	s.Width += theme.Padding() * float32(max(len(objects)-1, 0))
	return s
}

func (c columns) weight(i int) float32 {
	if i < len(c.weights) {
		return c.weights[i]
	}
	return 1
}
