package app

import (
	"context"
	"slices"
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

// The exit bar is redrawn when its whole percent changes, at most ten times
// a second, however often the backup reports, and always shows the end:
// 66,000 reports over 1.32 s, one a page of the ten-year snapshot, redraw
// it 15 times; a second of reports at one share, once.
func TestTheExitBarIsRedrawnTenTimesASecondAtMost(t *testing.T) {
	var clock time.Time
	var shown []int
	report := barSteps(func(f float64) { shown = append(shown, int(f*100)) }, 100*time.Millisecond, func() time.Time { return clock })
	const reports = 66000
	for i := range reports + 1 {
		clock = time.Unix(0, 0).Add(time.Duration(i) * 20 * time.Microsecond)
		report(float64(i) / reports)
	}
	want := []int{0, 7, 15, 22, 30, 37, 45, 53, 60, 68, 75, 83, 90, 98, 100}
	if !slices.Equal(shown, want) {
		t.Errorf("the bar showed %v%%, want %v%%", shown, want)
	}

	shown = nil
	report = barSteps(func(f float64) { shown = append(shown, int(f*100)) }, 100*time.Millisecond, func() time.Time { return clock })
	for i := range 1000 {
		clock = time.Unix(0, 0).Add(time.Duration(i) * time.Millisecond)
		report(0.5)
	}
	if !slices.Equal(shown, []int{50}) {
		t.Errorf("one share reported for a second showed %v%%, want [50]", shown)
	}
}
