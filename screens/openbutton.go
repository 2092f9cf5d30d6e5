package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// openButton is 打开 at the end of a desk line: a widget.Button, drawn as
// one, whose icon is sized as soon as the button is made. Until a
// canvas.Image has been drawn at a size it reads its SVG anew at every
// MinSize, and the button's first layout asks the icon's twice before it
// sizes it: six reads of the SVG per button instead of three, on fifty
// lines the larger part of opening the desk. The size given is the one
// that layout gives (the inline icon's width, the label's height); were it
// another, the layout sizes the icon as it always did.
type openButton struct{ widget.Button }

func newOpenButton(tapped func()) *openButton {
	b := &openButton{}
	b.Text, b.Icon, b.OnTapped = lang.L("action.open"), openIcon, tapped
	b.ExtendBaseWidget(b)
	return b
}

func (b *openButton) CreateRenderer() fyne.WidgetRenderer {
	r := b.Button.CreateRenderer()
	var icon *canvas.Image
	var label *widget.RichText
	for _, o := range r.Objects() {
		switch o := o.(type) {
		case *canvas.Image:
			icon = o
		case *widget.RichText:
			label = o
		}
	}
	if icon != nil && label != nil {
		side := b.Theme().Size(theme.SizeNameInlineIcon)
		icon.Resize(fyne.NewSize(side, max(side, label.MinSize().Height)))
	}
	return r
}
