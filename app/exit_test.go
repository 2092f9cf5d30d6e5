package app

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"huiwu/data"
	"huiwu/data/store"
)

// The close button: with changes since the newest backup it writes the exit
// copy under 「正在备份」 and closes when done; with none it closes without a
// copy or a dialog.
func TestCloseBacksUpOnlyWhatChanged(t *testing.T) {
	a := test.NewTempApp(t)
	dir := t.TempDir()
	s, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	if _, err := s.SaveUnit(ctx, data.Unit{Name: "溧阳市财政局", Kind: data.KindDepartment}); err != nil {
		t.Fatal(err)
	}
	closeWindow := func() *gui {
		t.Helper()
		quit := make(chan struct{})
		w := a.NewWindow("会务")
		g := &gui{app: a, win: w, dir: dir, store: s, quit: func() { close(quit) }}
		g.requestQuit()
		g.requestQuit() // a second click while quitting changes nothing
		select {
		case <-quit:
		case <-time.After(time.Minute):
			t.Fatal("the window never closed")
		}
		return g
	}
	g := closeWindow()
	list, _ := s.Backups(ctx)
	if len(list) != 1 || list[0].Label != "exit" || !g.exited || g.exitBar == nil || g.exitBar.Value != 1 {
		t.Fatalf("after a change: %d backups, bar %v", len(list), g.exitBar)
	}
	g = closeWindow()
	list, _ = s.Backups(ctx)
	if len(list) != 1 || g.exitBar != nil {
		t.Fatalf("unchanged: %d backups, bar %v", len(list), g.exitBar)
	}
	if overlay := g.win.Canvas().Overlays().Top(); overlay != nil {
		t.Fatal("a dialog was shown for an unchanged exit")
	}
}

// The exit bar is redrawn once a whole percent, however often the backup
// reports: here 66,000 reports, one a page of the ten-year snapshot, give
// the 101 percents from 0 to 100, in order.
func TestTheExitBarMovesByWholePercents(t *testing.T) {
	var shown []int
	report := wholePercents(func(f float64) { shown = append(shown, int(f*100)) })
	const reports = 66000
	for i := range reports + 1 {
		report(float64(i) / reports)
	}
	if len(shown) != 101 {
		t.Fatalf("the bar was redrawn %d times, want 101", len(shown))
	}
	for i, p := range shown {
		if p != i {
			t.Fatalf("redraw %d showed %d%%, want %d%%", i+1, p, i)
		}
	}
}
