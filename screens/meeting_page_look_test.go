package screens

import (
	"image"
	"testing"

	"fyne.io/fyne/v2"
)

// A meeting's page, opened (laid out and repainted), looks as it did when
// opening it refreshed every widget of the page: the window's pixels are
// the same, in the light scheme at the normal text size and in the dark at
// the largest, on a meeting with its members listed, 通知 and 取消会议
// offered.
func TestMeetingPageOpensAsItLookedRefreshed(t *testing.T) {
	r, ms := meetingRig(t)
	r.newMeeting(ms, "常务会议", "2026-12-03", "09:00", "11:00")
	id := ms.list.all[0].ID
	for _, look := range []Appearance{{Variant: VariantLight}, {Variant: VariantDark, Size: 2}} {
		fyne.CurrentApp().Settings().SetTheme(Theme(look))
		ms.open(id)
		if len(ms.page.parts) == 0 || ms.page.next.Hidden || ms.page.cancel.Hidden {
			t.Fatalf("%+v: the page shows no members, or no 通知 or 取消会议", look)
		}
		opened := r.win.Canvas().Capture()
		// The way it was opened before: the page refreshed as a whole.
		ms.page = newMeetingPage(ms, id)
		ms.stack.Objects = []fyne.CanvasObject{ms.page.build()}
		ms.stack.Refresh()
		refreshed := r.win.Canvas().Capture()
		if at, same := firstDifference(opened, refreshed); !same {
			t.Errorf("%+v: the page opened is drawn otherwise than the page refreshed, first at %v", look, at)
		}
	}
}

// firstDifference is the first pixel where a and b differ, row by row.
func firstDifference(a, b image.Image) (image.Point, bool) {
	if a.Bounds() != b.Bounds() {
		return a.Bounds().Max, false
	}
	for y := a.Bounds().Min.Y; y < a.Bounds().Max.Y; y++ {
		for x := a.Bounds().Min.X; x < a.Bounds().Max.X; x++ {
			r1, g1, b1, a1 := a.At(x, y).RGBA()
			r2, g2, b2, a2 := b.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 || a1 != a2 {
				return image.Pt(x, y), false
			}
		}
	}
	return image.Point{}, true
}
