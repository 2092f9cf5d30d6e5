package screens

import (
	"image"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"huiwu/translation"
)

// A list row looks as the five truncating labels it was made of: rows
// whose texts run from one character to wider than their column (so that
// some sit right at its edge), in the light scheme at the normal text size
// and in the dark at the largest, at three window widths, drawn with the
// same pixels as labels that always truncate — whether the row was filled
// at that width, or filled in a wide window that was then narrowed (and
// widened again), or filled again with other texts.
func TestListRowLooksAsTruncatingLabels(t *testing.T) {
	test.NewTempApp(t)
	if err := translation.Load(); err != nil {
		t.Fatal(err)
	}
	long := []rune("市住房和城乡建设局老旧小区改造工作领导小组办公室副主任（兼）Deputy Director")
	var rows [][]string
	for n := 1; n <= len(long); n += 2 {
		rows = append(rows, []string{string(long[:n]), "常务副市长", string(long[len(long)-n:]), "", "议题三：" + string(long[:n/2])})
	}
	other := make([][]string, len(rows))
	for i := range rows {
		other[i] = rows[len(rows)-1-i]
	}
	for _, look := range []Appearance{{Variant: VariantLight}, {Variant: VariantDark, Size: 2}} {
		fyne.CurrentApp().Settings().SetTheme(Theme(look))
		for _, width := range []float32{1280, 700, 420} {
			want := drawnRows(width, rows, func(box *fyne.Container) {
				for _, texts := range rows {
					cells := make([]fyne.CanvasObject, len(texts))
					for i, s := range texts {
						l := widget.NewLabel(s)
						l.Truncation = fyne.TextTruncateEllipsis
						cells[i] = l
					}
					box.Add(container.NewGridWithColumns(len(texts), cells...))
				}
			}, nil)
			for _, c := range []struct {
				what   string
				filled float32 // the window's width when the rows were filled
				again  [][]string
			}{
				{"filled at that width", width, nil},
				{"filled at 1280 and narrowed", 1280, nil},
				{"filled at 420 and widened", 420, nil},
				{"filled with other texts and then these", width, other},
			} {
				got := drawnRows(width, rows, func(box *fyne.Container) {
					for range rows {
						box.Add(rowOf(5))
					}
				}, func(w fyne.Window, box *fyne.Container) {
					w.Resize(fyne.NewSize(c.filled, w.Canvas().Size().Height))
					fill := func(texts [][]string) {
						for i, o := range box.Objects {
							setRow(o, texts[i]...)
						}
					}
					if c.again != nil {
						fill(c.again)
					}
					fill(rows)
					w.Resize(fyne.NewSize(width, w.Canvas().Size().Height))
				})
				if at, same := firstDifference(got, want); !same {
					t.Errorf("%+v at %v, %s: the rows are drawn otherwise than truncating labels, first at %v", look, width, c.what, at)
				}
			}
		}
	}
}

// drawnRows is a window width wide holding a box of rows made by add,
// filled by fill (nil when add made them filled), as captured.
func drawnRows(width float32, rows [][]string, add func(*fyne.Container), fill func(fyne.Window, *fyne.Container)) image.Image {
	box := container.NewVBox()
	add(box)
	w := test.NewWindow(box)
	defer w.Close()
	w.Resize(fyne.NewSize(width, float32(len(rows))*box.Objects[0].MinSize().Height*1.6+50))
	if fill != nil {
		fill(w, box)
	}
	return w.Canvas().Capture()
}
