package app

import (
	"fmt"
	"os"

	"fyne.io/fyne/v2"
)

// The window's first size: it fits a 1024×768 screen with its taskbar, the
// smallest an office PC still has. After that the window opens at the size
// it was closed at (Fyne can neither tell the screen's size nor place a
// window, so the size is all that is kept).
const firstWidth, firstHeight = 1024, 700

// windowSize is the size to open at: HUIWU_WINDOW_SIZE (WxH, for `make
// screenshots`), else the size kept at the last close, else the first.
func windowSize(p fyne.Preferences) fyne.Size {
	var w, h float32
	if env := os.Getenv("HUIWU_WINDOW_SIZE"); env != "" {
		if _, err := fmt.Sscanf(env, "%gx%g", &w, &h); err == nil && w >= 640 && h >= 480 {
			return fyne.NewSize(w, h)
		}
	}
	w, h = float32(p.Float("window.width")), float32(p.Float("window.height"))
	if w < 640 || h < 480 {
		return fyne.NewSize(firstWidth, firstHeight)
	}
	return fyne.NewSize(w, h)
}

// rememberSize keeps the window's size when the program stops; Fyne writes
// the preferences right after.
func rememberSize(a fyne.App, w fyne.Window) {
	a.Lifecycle().SetOnStopped(func() {
		s := w.Canvas().Size()
		if s.Width >= 640 && s.Height >= 480 {
			a.Preferences().SetFloat("window.width", float64(s.Width))
			a.Preferences().SetFloat("window.height", float64(s.Height))
		}
	})
}
