package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// iconButton is a widget.Button with text and an icon, drawn as one, whose
// icon is sized as soon as the button is made. Until a canvas.Image has
// been drawn at a size it reads its SVG anew at every MinSize, and the
// button's first layout asks the icon's twice before it sizes it: six
// reads of the SVG per button instead of three — on the desk's fifty 打开
// the larger part of opening it, on a meeting's page a tenth. The size
// given is the one that layout gives (the inline icon's width, the label's
// height); were it another, the layout sizes the icon as it always did.
// The icon is a colouredIcon, so that each read is not a colouring too.
// Disabling it, its importance and its keys are the widget.Button's.
type iconButton struct{ widget.Button }

func newIconButton(text string, icon *colouredIcon, tapped func()) *iconButton {
	b := &iconButton{}
	b.Text, b.Icon, b.OnTapped = text, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// newOpenButton is 打开 at the end of a desk line.
func newOpenButton(tapped func()) *iconButton {
	return newIconButton(lang.L("action.open"), openIcon, tapped)
}

func (b *iconButton) CreateRenderer() fyne.WidgetRenderer {
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
