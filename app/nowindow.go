package app

import (
	"fmt"
	"io"
	"log"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// Fyne reports a window it cannot create — no OpenGL 2.1 on a remote
// desktop, a virtual machine without 3D, an old driver — only as a log
// line. huiwu.exe has no console, so the secretary would double-click and
// see nothing at all. windowWatch listens to the log for those lines so
// that runGUI can say what happened and what to do.
type windowWatch struct {
	mu     sync.Mutex
	next   io.Writer
	failed []string // the matching log lines and the causes that follow them
	inside bool     // the last Fyne error matched, so its "Cause:" line is kept
}

// noWindowReasons are the fyne.LogError reasons that mean no window can be
// drawn: GLFW without a display or GL, a context it cannot create, GL
// functions it cannot load.
var noWindowReasons = []string{"failed to initialise GLFW", "window creation error", "failed to initialise OpenGL"}

// watchWindowErrors starts listening; the log keeps going where it went.
func watchWindowErrors() *windowWatch {
	w := &windowWatch{next: log.Writer()}
	log.SetOutput(w)
	return w
}

func (w *windowWatch) Write(p []byte) (int, error) {
	w.mu.Lock()
	for line := range strings.SplitSeq(string(p), "\n") {
		switch {
		case strings.Contains(line, "Fyne error:"):
			w.inside = containsAny(line, noWindowReasons)
			if w.inside {
				w.failed = append(w.failed, from(line, "Fyne error:"))
			}
		case w.inside && strings.Contains(line, "Cause:"):
			w.failed = append(w.failed, from(line, "Cause:"))
		}
	}
	w.mu.Unlock()
	return w.next.Write(p)
}

// from is line from the first sep on, without the log's date prefix.
func from(line, sep string) string { return strings.TrimSpace(line[strings.Index(line, sep):]) }

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// message is the title and text to show when the window failed, or ok
// false when it did not.
func (w *windowWatch) message() (title, text string, ok bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.failed) == 0 {
		return "", "", false
	}
	text = fmt.Sprintf(lang.L("nowindow.message"), noWindowHint(), strings.Join(w.failed, "\n"))
	return lang.L("nowindow.title"), text, true
}

// showAndRun is w.ShowAndRun, except that when Show could not create the
// window it returns instead of starting the event loop: Fyne's Quit does
// nothing before the loop runs, so the process would stay on with no
// window, invisible, holding the data folder's lock — and the secretary's
// second double-click would be refused as "another copy is running".
//
// shown runs between the two, on the UI goroutine: it fills the window
// before the first frame.
func showAndRun(a fyne.App, w fyne.Window, watch *windowWatch, shown func()) {
	w.Show()
	if _, _, failed := watch.message(); failed {
		return
	}
	shown()
	a.Run()
}

// reportNoWindow tells the user, after the window loop has ended, that the
// window could not be opened; runGUI defers it.
func reportNoWindow(w *windowWatch) {
	if title, text, ok := w.message(); ok {
		showFatal(title, text)
	}
}
