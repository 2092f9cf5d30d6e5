// Command hello is the yardstick of `make bench`: the smallest Fyne window,
// built with the same tags as huiwu, announcing its first painted frame the
// same way (see app/firstframe.go), so that huiwu's start-up and memory are
// read against what Fyne itself costs on the machine.
package main

import (
	"fmt"
	"image"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.NewWithID("cn.gov.liyang.huiwu.hello")
	w := a.NewWindow("hello")
	w.Resize(fyne.NewSize(1280, 800))
	var once sync.Once
	probe := canvas.NewRaster(func(w, h int) image.Image {
		once.Do(func() { fmt.Println("FIRSTFRAME") })
		return image.NewNRGBA(image.Rect(0, 0, w, h))
	})
	probe.Resize(fyne.NewSize(1, 1))
	w.SetContent(container.NewStack(widget.NewLabel("你好，世界"), container.NewWithoutLayout(probe)))
	w.ShowAndRun()
}
