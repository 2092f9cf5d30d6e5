package screens

import (
	"testing"

	"fyne.io/fyne/v2"
)

func TestProbeSheet(t *testing.T) {
	r, ms := meetingRig(t)
	f := ms.newForm()
	d := f.fields[3].item.Widget.(*dateEntry)
	d.showPicker()
	t.Logf("entry size %v abs %v popup content pos %v", d.Size(), fyne.CurrentApp().Driver().AbsolutePositionForObject(d), d.popup.Content.Position())
	d.popup.Hide()
	d.showPicker()
	t.Logf("again: entry size %v abs %v popup content pos %v", d.Size(), fyne.CurrentApp().Driver().AbsolutePositionForObject(d), d.popup.Content.Position())
	_ = r
}
