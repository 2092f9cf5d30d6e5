package screens

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// A list row is n labels in equal columns, each cut short with an ellipsis
// when its text is wider than its column. Fyne 2.7.1 works out where to cut
// a truncating label's text by shaping it with HarfBuzz anew (a new shaper,
// its ellipsis shaped again) on every SetText and resize, even when the
// text fits: about 65 µs a label, half of opening a meeting's page with its
// 80 participants (issue 19). A label whose text fits its column draws the
// same whether it truncates or not, so a row's label truncates only while
// its text does not fit; whether it fits is a measurement Fyne keeps in its
// cache. A text within a pixel of the column's width is left to Fyne's own
// cut, so that rounding can never draw a text past its column.

// rowOf is a list row of n labels in equal columns; setRow fills it.
func rowOf(n int) fyne.CanvasObject { return rowIn(layout.NewGridLayoutWithColumns(n), n) }

// weightedRow is a list row of labels in columns of the given weights, for
// lists whose first columns need the room; setRow fills it.
func weightedRow(weights []float32) fyne.CanvasObject {
	return rowIn(columns{weights}, len(weights))
}

// rowIn is a row of n truncating labels laid out by cols.
func rowIn(cols fyne.Layout, n int) fyne.CanvasObject {
	cells := make([]fyne.CanvasObject, n)
	for i := range cells {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		cells[i] = l
	}
	return container.New(&rowLayout{grid: cols}, cells...)
}

func setRow(o fyne.CanvasObject, texts ...string) {
	for i, c := range o.(*fyne.Container).Objects {
		l := c.(*widget.Label)
		if l.Text == texts[i] {
			continue // the same text in a label of the same width: nothing to redraw
		}
		l.Truncation = truncationFor(l, texts[i], l.Size().Width)
		l.SetText(texts[i])
	}
}

// rowLayout lays a row's labels out as its columns layout does (equal, or
// weighted), then tells each label whether its text must be cut at the
// width it was given.
type rowLayout struct{ grid fyne.Layout }

func (r *rowLayout) MinSize(objects []fyne.CanvasObject) fyne.Size { return r.grid.MinSize(objects) }

func (r *rowLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	r.grid.Layout(objects, size)
	for _, c := range objects {
		if l, ok := c.(*widget.Label); ok {
			if t := truncationFor(l, l.Text, l.Size().Width); t != l.Truncation {
				l.Truncation = t
				l.Refresh()
			}
		}
	}
}

// truncationFor is how label l, width wide, must show text: cut with an
// ellipsis, or whole when the text fits with a pixel to spare. A label not
// yet laid out (width 0) truncates, as does a text of more than one line;
// an empty one stays as made (Fyne has nothing to cut in it).
func truncationFor(l *widget.Label, text string, width float32) fyne.TextTruncation {
	if text == "" {
		return fyne.TextTruncateEllipsis
	}
	inner := width - 2*l.Theme().Size(theme.SizeNameInnerPadding)
	if inner <= 1 || strings.ContainsRune(text, '\n') {
		return fyne.TextTruncateEllipsis
	}
	if fyne.MeasureText(text, l.Theme().Size(theme.SizeNameText), l.TextStyle).Width+1 <= float32(int(inner)) {
		return fyne.TextTruncateOff
	}
	return fyne.TextTruncateEllipsis
}
