package screens

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// showBelow shows p under the field it belongs to (a date field's month
// sheet, a choice field's picker). Fyne places a pop-up by the field's
// place on the canvas, which the canvas learns only when it first draws
// the field: a sheet opened in the same step as its form — as the
// 新建会议 screenshot scene does — was put in the window's top-left corner.
// Such a pop-up waits, a frame at a time, until its field has been drawn.
func showBelow(p *widget.PopUp, field fyne.CanvasObject) {
	placeBelow(p, field, 40)
}

// placeBelow shows p under field once the canvas knows field, trying again
// tries more times, 25 ms apart (40 tries: a second, far more than a dialog
// takes to be drawn; after that it is shown where Fyne can put it).
func placeBelow(p *widget.PopUp, field fyne.CanvasObject, tries int) {
	if tries > 0 && fyne.CurrentApp().Driver().CanvasForObject(field) == nil {
		time.AfterFunc(25*time.Millisecond, func() { fyne.Do(func() { placeBelow(p, field, tries-1) }) })
		return
	}
	p.ShowAtRelativePosition(fyne.NewPos(0, field.Size().Height), field)
}
