package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// newTopped puts a line above content.
func newTopped(top, content fyne.CanvasObject) fyne.CanvasObject {
	return container.NewBorder(top, nil, nil, nil, content)
}
