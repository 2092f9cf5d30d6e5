package app

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/data/demo"
	"huiwu/data/store"
	"huiwu/icons"
	"huiwu/screens"
	"huiwu/translation"
)

// runGUI opens the main window on the data folder dir. A store that cannot be
// opened (locked, damaged, newer) gets a window that says so plainly and
// touches nothing.
func runGUI(dir string, meta Meta) error {
	if err := translation.Load(); err != nil {
		return err
	}
	a := fyneapp.NewWithID(meta.ID)
	a.SetIcon(icons.App)
	a.Settings().SetTheme(screens.Theme())
	w := a.NewWindow(lang.L("app.title"))
	w.Resize(fyne.NewSize(1280, 800))

	s, err := store.Open(dir)
	if err != nil {
		w.SetContent(openFailed(err, a))
		w.ShowAndRun()
		return nil
	}
	defer s.Close()
	env := &screens.Env{Window: w, Roster: s, Status: s, Async: screens.BackgroundAsync}
	shell := screens.NewShell(env, meta.String())
	w.SetContent(shell.Content())
	shell.Show("roster")
	w.SetMaster()
	offerDemo(env, s, shell)
	if out := os.Getenv("HUIWU_SCREENSHOTS"); out != "" {
		go takeScreenshots(shell, out, a)
	}
	w.ShowAndRun()
	return nil
}

// openFailed is the whole window when the data cannot be opened.
func openFailed(err error, a fyne.App) fyne.CanvasObject {
	msg := widget.NewLabel(data.ErrorMessage(err))
	msg.Wrapping = fyne.TextWrapWord
	title := widget.NewLabelWithStyle(lang.L("open.failed"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	quit := widget.NewButton(lang.L("action.quit"), a.Quit)
	return container.NewPadded(container.NewVBox(title, msg, container.NewHBox(quit)))
}

// offerDemo asks, on a first start with an empty database, whether to load
// the demonstration roster.
func offerDemo(env *screens.Env, s *store.Store, shell *screens.Shell) {
	empty, err := s.Empty(context.Background())
	if err != nil || !empty || os.Getenv("HUIWU_SCREENSHOTS") != "" {
		return
	}
	dialog.ShowConfirm(lang.L("demo.title"), lang.L("demo.ask"), func(yes bool) {
		if !yes {
			return
		}
		var err error
		env.Async(func() { err = s.LoadRoster(context.Background(), demo.Roster(1)) }, func() {
			if err != nil {
				dialog.ShowError(err, env.Window)
				return
			}
			shell.Show("settings")
			shell.Show("roster")
		})
	}, env.Window)
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
