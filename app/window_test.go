package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// The window opens at a size that fits 1024×768, then at the size it was
// closed at; HUIWU_WINDOW_SIZE overrides both for screenshots.
func TestWindowSize(t *testing.T) {
	a := test.NewTempApp(t)
	t.Setenv("HUIWU_WINDOW_SIZE", "")
	if got := windowSize(a.Preferences()); got != fyne.NewSize(1024, 700) {
		t.Fatalf("first size %v", got)
	}
	w := a.NewWindow("会务")
	w.Resize(fyne.NewSize(1366, 740))
	rememberSize(a, w)
	a.Lifecycle().(interface{ OnStopped() func() }).OnStopped()() // what the driver runs at quit
	if got := windowSize(a.Preferences()); got != fyne.NewSize(1366, 740) {
		t.Fatalf("size after a close at 1366×740: %v", got)
	}
	t.Setenv("HUIWU_WINDOW_SIZE", "1024x768")
	if got := windowSize(a.Preferences()); got != fyne.NewSize(1024, 768) {
		t.Fatalf("HUIWU_WINDOW_SIZE: %v", got)
	}
}
