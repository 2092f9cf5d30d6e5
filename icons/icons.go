// Package icons carries the application icon, embedded in the binary.
package icons

import (
	_ "embed"

	"fyne.io/fyne/v2"
)

//go:embed icon.png
var appPNG []byte

// App is the application icon: 会 in white on government red.
var App = fyne.NewStaticResource("icon.png", appPNG)
