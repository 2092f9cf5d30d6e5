package screens

import (
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// inViewRows is a column of rows in a vertical scroll, laid out as a VBox
// lays them out, of which only the rows in view are drawn: the others are
// hidden until a scroll or a resize brings them into view. Fyne's painter
// draws every visible object of a scroll's content, in view or not, and
// turns the text of each into a texture first: the desk's hundred lines
// made its first frame take about 100 ms on the decade's data, where the
// twenty lines a 800-pixel window shows take a fifth of that. Rows of
// different heights, such as wrapped labels, are fine; a widget.List would
// want each row's height told to it.
//
// New rows are measured as far as the view reaches, and the rest only once
// the column has been drawn: a wrapped label's height is found by measuring
// its text at many lengths, and the desk's hundred rows took 35 ms of the
// window's start-up before its first frame (decade's data, measured on the
// UI thread), most of it for rows out of view. Until then the column
// counts each row not yet measured as high as the average measured one.
type inViewRows struct {
	box    *fyne.Container
	scroll *container.Scroll
	view   *fyne.Container // the scroll, in the layout that tells a resize
	layout *inViewLayout
	drawn  bool // the column has been drawn once
	// shown, when set, is called (once, on the UI goroutine) after the
	// first frame with rows in the column is drawn; probe is what tells it.
	shown func()
	probe *canvas.Raster
}

func newInViewRows() *inViewRows {
	r := &inViewRows{}
	r.layout = &inViewLayout{rows: r, all: true}
	r.box = container.New(r.layout)
	r.scroll = container.NewVScroll(r.box)
	r.scroll.OnScrolled = func(fyne.Position) {
		r.measureAll() // a scroll may reach rows not yet measured
		r.showInView(len(r.box.Objects))
	}
	// A one-pixel raster over the column: the painter asks for its image
	// only while it draws a frame, so its first call after a change tells
	// the column is on screen.
	r.probe = canvas.NewRaster(func(w, h int) image.Image {
		r.drawn = true
		if shown := r.shown; shown != nil && len(r.box.Objects) > 0 {
			r.shown = nil
			fyne.Do(shown) // once the frame is drawn
		}
		if !r.layout.all {
			fyne.Do(r.measureAll) // after this frame, not during it
		}
		return image.NewNRGBA(image.Rect(0, 0, w, h))
	})
	r.probe.Resize(fyne.NewSize(1, 1))
	r.view = container.New(&viewportLayout{rows: r}, r.scroll, container.NewWithoutLayout(r.probe))
	return r
}

// setRows replaces the rows, laying them out once (not an Add per row,
// each of which would lay the column out again). And not Refresh: it
// would refresh every new row once more (each 打开 reading its icon's SVG
// anew) though a new widget draws itself as it is; laying the column out
// and repainting it is what Refresh does beside that, and the repaint has
// the window grow the column to its new height. Before the column's first
// frame, the rows out of view are measured after it.
func (r *inViewRows) setRows(objs []fyne.CanvasObject) {
	r.box.Objects = objs
	r.layout.all = r.drawn
	r.box.Layout.Layout(objs, r.box.Size())
	canvas.Refresh(r.box)
	if r.shown != nil {
		canvas.Refresh(r.probe) // asked for again on the next frame
	}
}

// measureAll lays the column out with every row measured, once the rows
// out of view have waited for the column's first frame.
func (r *inViewRows) measureAll() {
	if r.layout.all {
		return
	}
	r.layout.all = true
	// Grown (or shrunk) to the measured height at once, as the scroll
	// would size it on the next frame: it lays the column out.
	size := r.box.MinSize().Max(r.scroll.Size())
	if size == r.box.Size() {
		r.box.Layout.Layout(r.box.Objects, size)
	}
	r.box.Resize(size)
	canvas.Refresh(r.box)
}

// showInView shows those of the first n rows (the rows laid out) that
// meet the scroll's viewport and hides the rest. A row is hidden only after
// it has been laid out, so its size is what the layout gave it whether it
// is shown or not.
func (r *inViewRows) showInView(n int) {
	top := r.scroll.Offset.Y
	bottom := top + r.scroll.Size().Height
	for _, o := range r.box.Objects[:n] {
		y := o.Position().Y
		in := y < bottom && y+o.Size().Height > top
		switch {
		case in && !o.Visible():
			o.Show()
		case !in && o.Visible():
			o.Hide()
		}
	}
}

// viewBottom is how far down the column the view reaches.
func (r *inViewRows) viewBottom() float32 {
	return r.scroll.Offset.Y + r.scroll.Size().Height
}

// inViewLayout is VBox's layout that counts every row, hidden or not (a
// VBox leaves hidden objects out, which would close the column up as rows
// leave the view), and then shows the rows in view. Until all is set it
// measures rows only as far as the view reaches.
type inViewLayout struct {
	rows *inViewRows
	all  bool
}

// heights are the heights of the first n rows, measured: all of them, or
// until all is set, those as far as the view reaches (at least one);
// rest is the height of the others, as high as the average measured row.
func (l *inViewLayout) heights(objects []fyne.CanvasObject) (hs []float32, width, rest float32) {
	reach := l.rows.viewBottom()
	y := float32(0)
	for _, o := range objects {
		if !l.all && y > reach && len(hs) > 0 {
			break
		}
		m := o.MinSize()
		hs, width = append(hs, m.Height), fyne.Max(width, m.Width)
		y += m.Height + theme.Padding()
	}
	if n := len(hs); n > 0 && n < len(objects) {
		rest = float32(len(objects)-n) * (y/float32(n) - theme.Padding())
	}
	return hs, width, rest
}

func (l *inViewLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	hs, width, rest := l.heights(objects)
	min := fyne.NewSize(width, rest)
	for _, h := range hs {
		min.Height += h
	}
	if len(objects) > 1 {
		min.Height += theme.Padding() * float32(len(objects)-1)
	}
	return min
}

// Layout places the measured rows as a VBox does. A row not yet measured
// is hidden and neither moved nor sized: sizing a wrapped label measures
// its text, which is what waits.
func (l *inViewLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	hs, _, _ := l.heights(objects)
	y := float32(0)
	for i, o := range objects {
		if i >= len(hs) {
			o.Hide()
			continue
		}
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, hs[i]))
		y += hs[i] + theme.Padding()
	}
	l.rows.showInView(len(hs))
}

// viewportLayout fills its space with the scroll and then shows the rows
// in view: a taller window shows more of the column without the column
// itself being laid out again (its size is unchanged while it is taller
// than the view), and the scroll tells no move then.
type viewportLayout struct {
	rows *inViewRows
}

func (l *viewportLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	return l.rows.scroll.MinSize()
}

func (l *viewportLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	l.rows.scroll.Resize(size)
	if !l.rows.layout.all {
		// A taller view may reach rows not yet measured: the column is laid
		// out again as far as it reaches.
		l.rows.box.Layout.Layout(l.rows.box.Objects, l.rows.box.Size())
		return
	}
	l.rows.showInView(len(l.rows.box.Objects))
}
