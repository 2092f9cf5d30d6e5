package screens

import (
	"fmt"
	"image"
	"image/draw"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/translation"
)

// 打开 on a desk line looks as the widget.Button it was: on a line laid out
// as the desk lays it out (added to a shown box), in the light scheme at the
// normal text size and the dark at the largest, every part of the button
// has the same size and place, and the icon the same pixels.
func TestOpenButtonLooksLikeTheButton(t *testing.T) {
	test.NewTempApp(t)
	if err := translation.Load(); err != nil {
		t.Fatal(err)
	}
	for _, look := range []Appearance{{Variant: VariantLight}, {Variant: VariantDark, Size: 2}} {
		fyne.CurrentApp().Settings().SetTheme(Theme(look))
		drawn := func(b fyne.Widget) (string, *image.NRGBA) {
			text := widget.NewLabel("2026年12月7日（星期一）　关于老旧小区改造工作方案的汇报　—　缺少议题材料；请假待批")
			text.Wrapping = fyne.TextWrapWord
			box := container.NewVBox(widget.NewLabel("本周会议（1）"))
			w := test.NewWindow(container.NewVScroll(box))
			defer w.Close()
			w.Resize(fyne.NewSize(500, 300))
			box.Objects = append(box.Objects, container.NewBorder(nil, nil, nil, b, text))
			box.Layout.Layout(box.Objects, box.Size())
			canvas.Refresh(box)
			w.Resize(fyne.NewSize(520, 300))
			parts := fmt.Sprint(b.Size(), b.Position())
			var icon *image.NRGBA
			for _, o := range test.WidgetRenderer(b).Objects() {
				parts += fmt.Sprintf("; %T %v at %v", o, o.Size(), o.Position())
				if i, ok := o.(*canvas.Image); ok && i.Image != nil {
					icon = image.NewNRGBA(i.Image.Bounds())
					draw.Draw(icon, icon.Bounds(), i.Image, i.Image.Bounds().Min, draw.Src)
				}
			}
			return parts, icon
		}
		wantParts, wantIcon := drawn(widget.NewButtonWithIcon(lang.L("action.open"), theme.NavigateNextIcon(), nil))
		gotParts, gotIcon := drawn(newOpenButton(nil))
		if gotParts != wantParts {
			t.Errorf("%+v: parts\n%s\nwant\n%s", look, gotParts, wantParts)
		}
		if wantIcon == nil || gotIcon == nil || wantIcon.Rect != gotIcon.Rect || string(wantIcon.Pix) != string(gotIcon.Pix) {
			t.Errorf("%+v: the icon is drawn otherwise", look)
		}
	}
}
