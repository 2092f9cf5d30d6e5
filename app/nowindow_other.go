//go:build !windows

package app

import (
	"fmt"
	"os"

	"fyne.io/fyne/v2/lang"
)

// noWindowHint is what can be done on a Linux desktop.
func noWindowHint() string { return lang.L("nowindow.hint.unix") }

// showFatal writes to standard error: started from a terminal it is read
// there, and from the menu the desktop's session log keeps it.
func showFatal(title, text string) { fmt.Fprintf(os.Stderr, "%s\n%s\n", title, text) }
