package app

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiwu/data/store"
)

// requestQuit is the window's close button. With nothing written since the
// newest backup (or no data open) the window closes at once; otherwise it
// shows 「正在备份」 with the copy's progress and closes when the copy is
// written — never a window gone while a process holds the data folder.
func (g *gui) requestQuit() {
	if g.quitting {
		return // a second click while the copy is written
	}
	g.quitting = true
	g.stopLoops()
	s := g.store
	if s == nil || s.ReadOnly {
		g.quit()
		return
	}
	go func() {
		ctx := context.Background()
		due, err := s.BackupDue(ctx, 0)
		if err != nil {
			fyne.LogError("exit backup", err)
		}
		if due {
			g.exitBackup(ctx, s)
		}
		fyne.Do(func() { g.exited = true; g.quit() })
	}()
}

// exitBackup takes the exit copy under a progress dialog.
func (g *gui) exitBackup(ctx context.Context, s *store.Store) {
	dir, err := s.BackupDir(ctx)
	if err != nil {
		fyne.LogError("exit backup", err)
		return
	}
	fyne.DoAndWait(func() {
		g.exitBar = widget.NewProgressBar()
		note := widget.NewLabel(fmt.Sprintf(lang.L("backup.exiting.note"), filepath.Base(dir)))
		note.Wrapping = fyne.TextWrapWord
		d := dialog.NewCustomWithoutButtons(lang.L("backup.exiting"), container.NewVBox(note, g.exitBar), g.win)
		d.Resize(fyne.NewSize(480, 160))
		d.Show()
	})
	bar := g.exitBar
	show := barSteps(func(f float64) { fyne.Do(func() { bar.SetValue(f) }) }, 100*time.Millisecond, time.Now)
	if _, err := s.BackupWithProgress(ctx, dir, "exit", show); err != nil {
		fyne.LogError("exit backup", err)
	}
}

// barSteps passes a share done on to show when its whole percent has
// changed, no more than once every `every` by now, and always the end. The
// backup reports every block it reads, and each report redrew the bar on
// the UI goroutine: the 66,000 reports of the ten-year data's snapshot,
// read a page at a time until 2026-12-07, kept the window open 10 to 11 s
// for a copy that takes 1.7 s (Xvfb, 1024×768). A redraw a percent still
// cost 0.15–0.3 s of software rendering beside the copy; ten a second look
// as smooth.
func barSteps(show func(float64), every time.Duration, now func() time.Time) func(float64) {
	var mu sync.Mutex
	last := int64(-1)
	var at time.Time
	return func(f float64) {
		p, t := int64(f*100), now()
		mu.Lock()
		due := p != last && (last < 0 || f >= 1 || t.Sub(at) >= every)
		if due {
			last, at = p, t
		}
		mu.Unlock()
		if due {
			show(f)
		}
	}
}

// stopLoops ends the daily backup and lapse loops.
func (g *gui) stopLoops() {
	if g.stop != nil {
		close(g.stop)
		g.stop = nil
	}
}

// closeStore closes the data after the window loop. A quit that did not
// come through the close button (a signal, the session ending) takes the
// exit copy here, when one is due.
func (g *gui) closeStore() {
	g.stopLoops()
	if g.store == nil {
		return
	}
	if !g.store.ReadOnly && !g.exited {
		if _, err := g.store.AutoBackup(context.Background(), "exit", 0, nil); err != nil {
			fyne.LogError("exit backup", err)
		}
	}
	if err := g.store.Close(); err != nil {
		fyne.LogError("close store", err)
	}
}

// dailyBackups takes an automatic backup when the newest is a day old and
// the data changed since, checking hourly, until stop closes.
func dailyBackups(s *store.Store, stop <-chan struct{}) {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		if _, err := s.AutoBackup(context.Background(), "auto", 24*time.Hour, nil); err != nil {
			fyne.LogError("daily backup", err)
		}
		select {
		case <-stop:
			return
		case <-t.C:
		}
	}
}
