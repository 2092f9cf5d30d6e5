package app

import (
	"fmt"
	"image"
	"os"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
)

// firstFrameEnv names the variable that makes the program announce its first
// painted frame, for the start-up measurement of `make bench`.
const firstFrameEnv = "HUIWU_FIRST_FRAME"

// withFirstFrameProbe lays a one-pixel raster over content when
// HUIWU_FIRST_FRAME is set, printing marker when content is first drawn:
// FIRSTFRAME for the window's first frame. The GL painter calls a raster's
// generator only while it draws a frame, so the first call marks the first
// frame really painted (Lifecycle's OnStarted fires before any frame is
// drawn). The marker goes to stdout, where bench/run waits for it;
// bench/hello does the same, so both sides of the comparison are timed
// alike. READY, the first frame with the 工作台's read on screen, is told
// the same way by the desk's own raster (screens.Env.Shown).
func withFirstFrameProbe(content fyne.CanvasObject, marker string) fyne.CanvasObject {
	if os.Getenv(firstFrameEnv) == "" {
		return content
	}
	var once sync.Once
	probe := canvas.NewRaster(func(w, h int) image.Image {
		once.Do(func() { printMarker(marker) })
		return image.NewNRGBA(image.Rect(0, 0, w, h))
	})
	probe.Resize(fyne.NewSize(1, 1))
	return container.NewStack(content, container.NewWithoutLayout(probe))
}

// printMarker prints marker when HUIWU_FIRST_FRAME is set.
func printMarker(marker string) {
	if os.Getenv(firstFrameEnv) != "" {
		fmt.Println(marker)
	}
}
