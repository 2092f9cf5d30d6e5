// Package icons carries the application icon, embedded in the binary.
package icons

import (
	_ "embed"

	"fyne.io/fyne/v2"
)

//go:embed icon.png
var appPNG []byte

// App is the application icon: 会 in white on government red, 512 pixels
// and 16 bits a channel, as the packages install it.
var App = fyne.NewStaticResource("icon.png", appPNG)

//go:embed window.png
var windowPNG []byte

// Window is App for the window's title bar and task bar: App scaled to 256
// pixels (Catmull-Rom) at 8 bits a channel. Fyne decodes the window's icon
// as the window starts; App took about 11 ms of that start on the office's
// kind of machine (a 512-pixel 16-bit image, converted pixel by pixel for
// the window system), which is a twelfth of what the window takes to show.
var Window = fyne.NewStaticResource("window.png", windowPNG)
