package app

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/data/store"
	"huiwu/translation"
)

// savedFolder is a data folder with one unit saved, closed: a start that
// goes to the desk, not the first start's setup.
func savedFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	s, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveUnit(context.Background(), data.Unit{Name: "溧阳市财政局", Kind: data.KindDepartment}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

// openedBy is openInBackground's channel once the store has opened.
func openedBy(t *testing.T, dir string) <-chan opening {
	t.Helper()
	r := <-openInBackground(dir)
	if r.err != nil {
		t.Fatal(r.err)
	}
	done := make(chan opening, 1)
	done <- r
	return done
}

// Issue 19: when the store has opened by the time the window shows, the
// window's first frame is the desk, not a progress bar; the check after
// opening and the collector's cycles wait for that frame and start with it.
func TestTheFirstFrameIsTheDeskAndTheCheckFollowsIt(t *testing.T) {
	a := test.NewTempApp(t)
	if err := translation.Load(); err != nil {
		t.Fatal(err)
	}
	dir := savedFolder(t)
	w := a.NewWindow("会务")
	w.Resize(fyne.NewSize(1024, 768))
	started := 0
	g := &gui{app: a, win: w, dir: dir, quit: func() {}, async: func(work, done func()) { work(); done() }, started: func() { started++ }}
	g.firstContent(openedBy(t, dir))
	defer g.closeStore()
	if _, ok := w.Content().(*widget.ProgressBarInfinite); ok {
		t.Fatal("a progress bar before the desk, though the store had opened")
	}
	if texts := labelTexts(w.Content()); !strings.Contains(texts, "工作台") || !strings.Contains(texts, "本周会议") {
		t.Fatalf("the first content is not the desk: %q", texts)
	}
	if started != 0 {
		t.Fatal("the start's hold ended before the desk was drawn")
	}
	w.Canvas().Capture() // the desk's first frame
	if started != 1 {
		t.Fatalf("the start's hold ended %d times after the desk was drawn, want 1", started)
	}
	wait, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := g.store.Verified(wait); err != nil {
		t.Fatalf("the check after the desk was drawn: %v", err)
	}
}

// A store still opening when the window shows leaves it a progress bar
// until it has; then what the open found replaces it (here the recovery
// screen for a file that could not be opened).
func TestAStoreStillOpeningShowsAProgressBar(t *testing.T) {
	a := test.NewTempApp(t)
	if err := translation.Load(); err != nil {
		t.Fatal(err)
	}
	w := a.NewWindow("会务")
	finished := make(chan struct{})
	g := &gui{app: a, win: w, dir: t.TempDir(), quit: func() {}, async: func(work, done func()) {
		go func() {
			work()
			done()
			close(finished)
		}()
	}}
	pending := make(chan opening, 1)
	g.firstContent(pending)
	if _, ok := w.Content().(*widget.ProgressBarInfinite); !ok {
		t.Fatalf("no progress bar while the store opens: %q", labelTexts(w.Content()))
	}
	pending <- opening{err: data.Errorf(data.EDamaged, "数据文件已损坏")}
	<-finished
	if texts := labelTexts(w.Content()); !strings.Contains(texts, "数据文件已损坏") {
		t.Fatalf("the progress bar was not replaced by what the open found: %q", texts)
	}
}
