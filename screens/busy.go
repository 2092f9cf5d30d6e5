package screens

import (
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// busyDelay is how long a read may take before the rail shows that it is
// still working: most reads end well within it, and a bar that flashes on
// every click would say nothing.
const busyDelay = 300 * time.Millisecond

// busyBar is the rail's sign that data is being read: an infinite progress
// bar under the navigation, shown while any load has run past busyDelay
// (choosing 全部 in a list reads ten years). Loads start and end on the UI
// goroutine and the delay's timer comes back to it through fyne.Do; the
// lock is for Fyne's test driver, whose fyne.Do runs on the timer's own
// goroutine.
type busyBar struct {
	mu  sync.Mutex
	bar *widget.ProgressBarInfinite
	// box is the bar with its caption; it is what shows and hides.
	box *fyne.Container
	// rail is the navigation with the bar under it; it is laid out again
	// when the bar shows or hides, which a hidden child does not cause.
	rail    *fyne.Container
	pending int
	// epoch tells a delay's timer whether the loads it was started for
	// have all ended (and maybe others begun) in the meantime.
	epoch int
}

func newBusyBar() *busyBar {
	b := &busyBar{bar: widget.NewProgressBarInfinite()}
	b.bar.Stop()
	caption := widget.NewLabel(lang.L("busy.reading"))
	caption.SizeName = theme.SizeNameCaptionText
	b.box = container.NewVBox(caption, b.bar)
	b.box.Hide()
	return b
}

// under puts the bar under nav and returns the two as the rail.
func (b *busyBar) under(nav fyne.CanvasObject) *fyne.Container {
	b.rail = container.NewBorder(nil, b.box, nil, nil, nav)
	return b.rail
}

// add counts a load starting (+1) or ending (-1).
func (b *busyBar) add(delta int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.pending = max(b.pending+delta, 0)
	switch {
	case b.pending == 0:
		b.epoch++
		b.bar.Stop()
		b.box.Hide()
		b.refreshRail()
	case delta > 0 && b.pending == 1: // the first of a burst of loads
		epoch := b.epoch
		time.AfterFunc(busyDelay, func() { fyne.Do(func() { b.showIfStill(epoch) }) })
	}
}

// showIfStill shows the bar if the loads of epoch have not all ended.
func (b *busyBar) showIfStill(epoch int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.epoch == epoch && b.pending > 0 {
		b.box.Show()
		b.bar.Start()
		b.refreshRail()
	}
}

func (b *busyBar) refreshRail() {
	if b.rail != nil {
		b.rail.Refresh()
	}
}
