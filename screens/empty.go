package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// emptyScreen is the honest state of a part not built yet: it says there is
// nothing and why, and offers no fake list.
type emptyScreen struct {
	icon  fyne.Resource
	title string // e.g. 尚无会议
	note  string // what will come
}

func (s *emptyScreen) build() fyne.CanvasObject {
	icon := widget.NewIcon(s.icon)
	title := widget.NewLabelWithStyle(s.title, fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	title.SizeName = "subHeadingText"
	note := widget.NewLabelWithStyle(s.note, fyne.TextAlignCenter, fyne.TextStyle{})
	note.Wrapping = fyne.TextWrapWord
	hint := widget.NewLabelWithStyle(lang.L("empty.roster"), fyne.TextAlignCenter, fyne.TextStyle{Italic: true})
	box := container.NewVBox(container.NewCenter(container.NewGridWrap(fyne.NewSize(64, 64), icon)), title, note, hint)
	return container.NewCenter(container.NewGridWrap(fyne.NewSize(520, 240), box))
}

// newTopped puts a line above content.
func newTopped(top, content fyne.CanvasObject) fyne.CanvasObject {
	return container.NewBorder(top, nil, nil, nil, content)
}
