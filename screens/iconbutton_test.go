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

// An iconButton looks as the widget.Button it was: on a line laid out as
// the desk lays it out (added to a shown box), in the light scheme at the
// normal text size and the dark at the largest, enabled and disabled,
// every part of the button has the same size and place, and the icon the
// same pixels — for 打开 on the desk's lines and for each icon button of a
// meeting's page (above its tabs and on its 参会人员 tab).
func TestIconButtonLooksLikeTheButton(t *testing.T) {
	test.NewTempApp(t)
	if err := translation.Load(); err != nil {
		t.Fatal(err)
	}
	buttons := []struct {
		key   string
		icon  *colouredIcon
		plain fyne.Resource
	}{
		{"action.open", openIcon, theme.NavigateNextIcon()},
		{"action.back", backIcon, theme.NavigateBackIcon()},
		{"action.edit", editIcon, theme.DocumentCreateIcon()},
		{"meeting.facts", editIcon, theme.DocumentCreateIcon()},
		{"meeting.export", downloadIcon, theme.DownloadIcon()},
		{"meeting.cancel", cancelIcon, theme.CancelIcon()},
		{"participants.add", addIcon, theme.ContentAddIcon()},
		{"participants.remove", removeIcon, theme.ContentRemoveIcon()},
	}
	for _, look := range []Appearance{{Variant: VariantLight}, {Variant: VariantDark, Size: 2}} {
		fyne.CurrentApp().Settings().SetTheme(Theme(look))
		for _, disabled := range []bool{false, true} {
			for _, c := range buttons {
				plain := widget.NewButtonWithIcon(lang.L(c.key), c.plain, nil)
				ours := newIconButton(lang.L(c.key), c.icon, nil)
				if disabled {
					plain.Disable()
					ours.Disable()
				}
				wantParts, wantIcon := drawnOnALine(plain)
				gotParts, gotIcon := drawnOnALine(ours)
				if gotParts != wantParts {
					t.Errorf("%+v %s disabled %v: parts\n%s\nwant\n%s", look, c.key, disabled, gotParts, wantParts)
				}
				if wantIcon == nil || gotIcon == nil || wantIcon.Rect != gotIcon.Rect || string(wantIcon.Pix) != string(gotIcon.Pix) {
					t.Errorf("%+v %s disabled %v: the icon is drawn otherwise", look, c.key, disabled)
				}
			}
		}
	}
}

// drawnOnALine puts b at the end of a line added to a shown box, as the
// desk does, and tells the size and place of b and of each of its parts,
// and the pixels of its icon.
func drawnOnALine(b fyne.Widget) (string, *image.NRGBA) {
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
