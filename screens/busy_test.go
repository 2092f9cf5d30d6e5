package screens

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// Every load is counted while it runs, whether it ends in data or an error,
// so the rail's bar cannot be left showing.
func TestLoadCountsItselfBusyUntilDone(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewWindow(nil)
	defer w.Close()
	var deltas []int
	env := &Env{Window: w, Async: func(work, done func()) { work(); done() }, Busy: func(d int) { deltas = append(deltas, d) }}
	load(env, func(context.Context) (int, error) { return 1, nil }, func(int) {})
	load(env, func(context.Context) (int, error) { return 0, errors.New("读不出") }, func(int) { t.Error("shown after an error") })
	if want := []int{1, -1, 1, -1}; !slices.Equal(deltas, want) {
		t.Fatalf("busy deltas %v, want %v", deltas, want)
	}
}

func TestBusyBarShowsOnlyAReadThatOutlastsItsDelay(t *testing.T) {
	test.NewTempApp(t)
	b := newBusyBar()
	b.under(widget.NewLabel("议题"))
	visible := func() bool {
		b.mu.Lock()
		defer b.mu.Unlock()
		return b.box.Visible() && b.bar.Running()
	}
	// A quick read: started and ended within the delay, never shown.
	b.add(1)
	b.add(-1)
	time.Sleep(busyDelay + 200*time.Millisecond)
	if visible() {
		t.Fatal("a read that ended within the delay showed the bar")
	}
	// A slow one shows the bar until it ends; a second read that ends
	// first does not hide it.
	b.add(1)
	if visible() {
		t.Fatal("the bar showed before the delay")
	}
	time.Sleep(busyDelay + 200*time.Millisecond)
	if !visible() {
		t.Fatal("a read running past the delay did not show the bar")
	}
	b.add(1)
	b.add(-1)
	if !visible() {
		t.Fatal("the bar hid while a read was still running")
	}
	b.add(-1)
	if visible() {
		t.Fatal("the bar still showed after the last read ended")
	}
}
