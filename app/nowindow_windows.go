//go:build windows

package app

import (
	"golang.org/x/sys/windows"

	"fyne.io/fyne/v2/lang"
)

// noWindowHint is what an office's IT staff can do on Windows.
func noWindowHint() string { return lang.L("nowindow.hint.windows") }

// showFatal shows a message box: the exe has no console, and the window
// that would show an error is the thing that failed.
func showFatal(title, text string) {
	t, err1 := windows.UTF16PtrFromString(title)
	m, err2 := windows.UTF16PtrFromString(text)
	if err1 != nil || err2 != nil {
		return
	}
	_, _ = windows.MessageBox(0, m, t, windows.MB_OK|windows.MB_ICONERROR|windows.MB_SETFOREGROUND)
}
