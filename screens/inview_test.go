package screens

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// inViewWindow puts n wrapped rows of different lengths in an inViewRows
// filling a 400×300 window.
func inViewWindow(t *testing.T, n int) (*inViewRows, []fyne.CanvasObject, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	rows := newInViewRows()
	w := test.NewWindow(rows.view)
	t.Cleanup(w.Close)
	w.Resize(fyne.NewSize(400, 300))
	objs := make([]fyne.CanvasObject, n)
	for i := range objs {
		l := widget.NewLabel(fmt.Sprintf("第%d行　%s", i+1, string([]rune("关于城区老旧小区改造的专题会议纪要待签发")[:5+i%14])))
		l.Wrapping = fyne.TextWrapWord
		objs[i] = l
	}
	rows.setRows(objs)
	return rows, objs, w
}

// wantTops is where a VBox puts the rows: each below the last, a padding
// apart, as high as it asks to be at the column's width.
func wantTops(objs []fyne.CanvasObject) []float32 {
	tops := make([]float32, len(objs))
	y := float32(0)
	for i, o := range objs {
		tops[i] = y
		y += o.MinSize().Height + theme.Padding()
	}
	return tops
}

// Issue 19: the desk's column draws the rows in view only, laid out where a
// VBox would put them all; once drawn, every row is measured and placed.
func TestInViewRowsDrawOnlyTheRowsInView(t *testing.T) {
	rows, objs, w := inViewWindow(t, 60)
	w.Canvas().Capture() // the first frame: the rest are measured after it
	if !rows.layout.all {
		t.Fatal("the rows out of view were not measured after the first frame")
	}
	tops := wantTops(objs)
	view := rows.scroll.Size().Height
	shown := 0
	for i, o := range objs {
		if o.Position().Y != tops[i] || o.Size().Height != o.MinSize().Height {
			t.Fatalf("row %d at %v size %v, want top %v height %v", i+1, o.Position().Y, o.Size(), tops[i], o.MinSize().Height)
		}
		if in := tops[i] < view; o.Visible() != in {
			t.Fatalf("row %d (top %v, view %v) visible %v", i+1, tops[i], view, o.Visible())
		}
		if o.Visible() {
			shown++
		}
	}
	if shown == 0 || shown == len(objs) {
		t.Fatalf("%d of %d rows shown in a 300-pixel view", shown, len(objs))
	}
	last := objs[len(objs)-1]
	want := last.Position().Y + last.Size().Height
	if got := rows.box.MinSize().Height; got != want {
		t.Fatalf("column height %v, want %v (to the last row's foot)", got, want)
	}
}

// Before the first frame only the rows the view reaches are measured and
// placed; the others wait hidden, unsized, the column counting them at the
// measured rows' average height.
func TestInViewRowsMeasureTheRestAfterTheFirstFrame(t *testing.T) {
	rows, objs, _ := inViewWindow(t, 60)
	if rows.layout.all {
		t.Fatal("every row measured before the first frame")
	}
	view := rows.scroll.Size().Height
	waiting := 0
	for i, o := range objs {
		if o.Position().Y >= view && o.Visible() {
			t.Fatalf("row %d below the view is shown", i+1)
		}
		if o.Size().Height == 0 {
			waiting++
			if o.Visible() {
				t.Fatalf("row %d not yet measured is shown", i+1)
			}
		}
	}
	if waiting == 0 || waiting == len(objs) {
		t.Fatalf("%d of %d rows waiting to be measured", waiting, len(objs))
	}
}

// A scroll shows the rows it brings into view and hides those it takes out.
func TestInViewRowsFollowTheScroll(t *testing.T) {
	rows, objs, w := inViewWindow(t, 60)
	w.Canvas().Capture()
	test.Scroll(w.Canvas(), fyne.NewPos(100, 100), 0, -100000) // to the foot
	if !objs[len(objs)-1].Visible() || objs[0].Visible() {
		t.Fatalf("after scrolling to the foot: last row visible %v, first %v", objs[len(objs)-1].Visible(), objs[0].Visible())
	}
	if got, want := rows.scroll.Offset.Y, rows.box.MinSize().Height-rows.scroll.Size().Height; got != want {
		t.Fatalf("scrolled to %v, want the foot at %v", got, want)
	}
	test.Scroll(w.Canvas(), fyne.NewPos(100, 100), 0, 100000) // back to the top
	if objs[len(objs)-1].Visible() || !objs[0].Visible() {
		t.Fatal("after scrolling back: the first row hidden or the last shown")
	}
}

// The column tells once when it is first drawn with rows: not on a frame
// drawn while it is still empty, and not again after.
func TestInViewRowsTellTheirFirstFrameWithRows(t *testing.T) {
	test.NewTempApp(t)
	rows := newInViewRows()
	told := 0
	rows.shown = func() { told++ }
	w := test.NewWindow(rows.view)
	t.Cleanup(w.Close)
	w.Resize(fyne.NewSize(400, 300))
	w.Canvas().Capture() // drawn empty: the read has not come
	if told != 0 {
		t.Fatal("told before any row was drawn")
	}
	rows.setRows([]fyne.CanvasObject{widget.NewLabel("本周会议（2）"), widget.NewLabel("无")})
	w.Canvas().Capture()
	w.Canvas().Capture()
	if told != 1 {
		t.Fatalf("told %d times after two frames with rows, want 1", told)
	}
}
