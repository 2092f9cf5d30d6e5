package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// moreButton is a toolbar's 「更多」: the rarer actions folded into a menu
// that opens under the button, so that a toolbar fits a 1024-pixel screen.
func moreButton(env *Env, items ...*fyne.MenuItem) *widget.Button {
	var b *widget.Button
	b = widget.NewButtonWithIcon(lang.L("action.more"), theme.MoreVerticalIcon(), func() {
		c := env.Window.Canvas()
		at := fyne.CurrentApp().Driver().AbsolutePositionForObject(b).AddXY(0, b.Size().Height)
		widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), c, at)
	})
	return b
}
