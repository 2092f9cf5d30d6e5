package app

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiwu/data/store"
	"huiwu/icons"
	"huiwu/screens"
	"huiwu/translation"
)

// runGUI opens the main window on the data folder dir. Data that cannot be
// opened (damaged, foreign, newer, locked) gets the recovery screen instead,
// which never writes to the file it could not open.
func runGUI(dir string, meta Meta) error {
	if err := translation.Load(); err != nil {
		return err
	}
	limitMemory()
	collectAfterStart := holdCollection()
	// The store opens while Fyne starts the window: opening probes the file
	// cheaply and checks the whole of it in the background, holding writes
	// until it passes (data/store/verify.go).
	opening := openInBackground(dir)
	watch := watchWindowErrors()
	defer reportNoWindow(watch)
	a := fyneapp.NewWithID(meta.ID)
	a.SetIcon(icons.Window)
	a.Settings().SetTheme(screens.Theme(screens.LoadAppearance(a.Preferences())))
	// The two faces are parsed on the other core while the window is made,
	// not on the UI goroutine when its first text is measured (about 25 ms
	// each on the decade's start-up, measured), and their pages given back.
	faces := make(chan struct{})
	go func() {
		screens.ReleaseFacePages()
		close(faces)
	}()
	w := a.NewWindow(lang.L("app.title"))
	w.Resize(windowSize(a.Preferences()))
	rememberSize(a, w)
	w.SetMaster()
	g := &gui{app: a, win: w, dir: dir, meta: meta, quit: a.Quit, started: collectAfterStart}
	w.SetCloseIntercept(g.requestQuit)
	trimStop := make(chan struct{})
	go trimCHeapLoop(trimStop)
	filled := false
	showAndRun(a, w, watch, func() {
		<-faces // no text is measured on two goroutines at once
		g.firstContent(opening)
		filled = true
	})
	close(trimStop)
	if !filled { // no window: the store opened for nothing
		if r := <-opening; r.store != nil {
			r.store.Close()
		}
	}
	g.closeStore()
	return nil
}

// opening is the result of opening the data folder off the UI goroutine.
type opening struct {
	store     *store.Store
	before    os.FileInfo
	unchanged bool
	err       error
}

// openInBackground opens the data folder dir on a goroutine of its own.
func openInBackground(dir string) <-chan opening {
	done := make(chan opening, 1)
	go func() {
		var o opening
		o.store, o.before, o.unchanged, o.err = openWatching(dir, store.OpenDeferringCheck)
		done <- o
	}()
	return done
}

// firstContent fills the shown window before its first frame: the main
// screen when the store has opened by then, as it has on the decade's data
// (a few milliseconds against the 100 the window takes to appear), so that
// the first frame is the desk and not a progress bar; else a progress bar
// until it opens. Runs on the UI goroutine.
func (g *gui) firstContent(o <-chan opening) {
	select {
	case r := <-o:
		g.openedOrRecover(r)
	default:
		g.win.SetContent(widget.NewProgressBarInfinite())
		async := g.async
		if async == nil {
			async = screens.BackgroundAsync
		}
		var r opening
		async(func() { r = <-o }, func() { g.openedOrRecover(r) })
	}
	// Only for the measurement: setting the content again refreshes every
	// widget in it.
	if c := g.win.Content(); os.Getenv(firstFrameEnv) != "" {
		g.win.SetContent(withFirstFrameProbe(c, "FIRSTFRAME"))
	}
}

// openedOrRecover shows the opened store, or the recovery screen when it
// could not be opened.
func (g *gui) openedOrRecover(r opening) {
	if r.err != nil {
		g.showRecovery(r.err, r.unchanged)
		return
	}
	g.readyMark = true
	g.opened(r.store, r.before)
}

// gui is the one window and the store it shows.
type gui struct {
	app   fyne.App
	win   fyne.Window
	dir   string
	meta  Meta
	store *store.Store
	stop  chan struct{} // ends the daily backup loop
	quit  func()        // ends the window loop (the app's Quit)
	// quitting is set by the first close; exited once the exit copy is
	// written or found unneeded; exitBar shows the copy's progress.
	quitting, exited bool
	exitBar          *widget.ProgressBar
	// async runs the screens' reads; nil is screens.BackgroundAsync (a
	// test runs them in its own goroutine, as the test driver draws there).
	async func(work, done func())
	// readyMark is set for the store opened as the window starts: the
	// check after opening starts, and `make bench`'s READY marker is
	// printed, once its first desk is drawn (app/firstframe.go).
	readyMark bool
	// started ends the start's hold on garbage collection (holdCollection);
	// nil in tests.
	started func()
}

// showMain puts the screens on s into the window; on a first start (no
// roster and no secretary named yet) the setup comes first.
func (g *gui) showMain(s *store.Store) {
	g.store = s
	async := g.async
	if async == nil {
		async = screens.BackgroundAsync
	}
	env := &screens.Env{Window: g.win, Roster: s, Status: s, Meetings: s, Documents: s, Backup: s, Topics: s, ReadOnly: s.ReadOnly, Async: async}
	env.Minutes = s
	env.Tasks = s
	env.Desk = s
	env.Office = s
	env.Proposals, env.Issued, env.Filings, env.FollowUp = s, s, s, s
	env.Reload = func() { g.showMain(s) }
	if g.readyMark {
		// The check after opening starts once the desk is drawn (the store
		// was opened deferring it, data/store/verify_deferred.go).
		g.readyMark = false
		// Not by laying a probe over the window's content: setting the
		// content again refreshed every widget of the desk, 17 ms of its
		// first frame's work (profiled on the decade's data).
		env.Shown = func() {
			printMarker("READY")
			go s.StartCheck()
			if g.started != nil {
				g.started()
			}
		}
	}
	if s.ReadOnly {
		g.showShell(env, screens.SetupNext{Screen: "desk"})
		return
	}
	env.LoadDemo = func(done func(error)) {
		var err error
		env.Async(func() { err = loadDemo(context.Background(), s, 1) }, func() { done(err) })
	}
	if g.stop == nil {
		// The loops write (a backup, lapsed countersigns): they start once
		// the check after opening has passed.
		stop := make(chan struct{})
		g.stop = stop
		go func() {
			if s.Verified(context.Background()) == nil {
				go dailyBackups(s, stop)
				lapseCheck(s, stop, time.Hour)
			}
		}()
	}
	if firstStart(s) {
		g.win.SetContent(screens.NewSetup(env, func(next screens.SetupNext) { g.showShell(env, next) }))
		return
	}
	g.showShell(env, screens.SetupNext{Screen: "desk"})
}

// showShell puts the screens into the window with next in front.
func (g *gui) showShell(env *screens.Env, next screens.SetupNext) {
	shell := screens.NewShell(env, g.meta.String())
	g.win.SetContent(shell.Content())
	shell.Start(next)
	if out := os.Getenv("HUIWU_SCREENSHOTS"); out != "" && !env.ReadOnly {
		go takeScreenshots(shell, out, g.app)
	}
}

// firstStart tells a new data folder: no roster yet and no secretary
// named. Once she has given her name, an empty roster is left to the
// roster screen's own offer (导入名册, 载入演示数据).
func firstStart(s *store.Store) bool {
	ctx := context.Background()
	empty, err := s.Empty(ctx)
	if err != nil || !empty {
		return false
	}
	o, err := s.Office(ctx)
	return err == nil && o.Secretary == ""
}

// showRecovery offers the ways out when the data cannot be opened; see
// recoveryFor.
func (g *gui) showRecovery(problem error, unchanged bool) {
	g.win.SetContent(screens.RecoveryView(g.recoveryFor(problem, unchanged)))
}

// offerRestore adds read-only viewing and the restores to r, for a damaged
// or foreign file.
func (g *gui) offerRestore(r *screens.Recovery) {
	r.OpenReadOnly = g.openReadOnly
	r.RestoreLatest = func() (string, error) {
		b, err := store.LatestGoodBackup(context.Background(), store.DefaultBackupDir(g.dir))
		if err != nil {
			return "", err
		}
		return b.Path, g.restoreAndOpen(b.Path)
	}
	r.RestoreFile = g.restoreAndOpen
}

// openReadOnly shows the data folder's file without any write.
func (g *gui) openReadOnly() error {
	s, err := store.OpenReadOnly(g.dir)
	if err == nil {
		fyne.Do(func() { g.showMain(s) })
	}
	return err
}

// restoreAndOpen replaces the unopenable file with a checked backup (the
// file is kept aside, not deleted) and opens the result.
func (g *gui) restoreAndOpen(path string) error {
	if err := store.RestoreFolder(context.Background(), g.dir, path); err != nil {
		return err
	}
	before := fileState(filepath.Join(g.dir, store.DBName))
	s, err := store.Open(g.dir)
	if err != nil {
		return err
	}
	fyne.Do(func() { g.opened(s, before) })
	return nil
}

// takeScreenshots shows each scene of the real window in turn and prints
// the PNG path it should be saved as, then waits for the capture; the
// script behind `make screenshots` reads these lines and captures the X
// display (Fyne's own Canvas.Capture reads back an empty frame under Xvfb).
func takeScreenshots(shell *screens.Shell, dir string, a fyne.App) {
	time.Sleep(2 * time.Second)
	for i, sc := range shell.Scenes() {
		fyne.DoAndWait(sc.Show)
		time.Sleep(1200 * time.Millisecond)
		fmt.Printf("SCREENSHOT %s\n", filepath.Join(dir, fmt.Sprintf("%02d-%s.png", i+1, sc.Name)))
		time.Sleep(1500 * time.Millisecond)
	}
	fyne.Do(a.Quit)
}
