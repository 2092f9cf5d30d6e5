package app

import (
	"os"
	"runtime/debug"
	"sync"
	"time"
)

// guiMemoryLimit is the size of the Go runtime's memory above which the
// garbage collector works harder rather than let the heap grow. The
// window's live heap on a decade's data is 50–60 MB (half of it the font
// tables Fyne keeps per text style); left alone, the collector lets the
// heap reach twice that between cycles, and a secretary's office PC may
// have little memory to spare. Visiting every screen of ten years' data
// peaked at 275 MB of RSS without a limit, 248 MB at 96 MiB and 235 MB at
// 80 MiB for the same CPU time. Once Fyne dropped unseen widgets' drawing
// sooner (app/earlycache), the Go heap's resident part averaged 67 MB at
// 80 MiB, 60 MB at 72 MiB and 52 MB at 64 MiB over the same visit, its
// collection taking 1.9–2.1, 3.3 and 6.2 s of CPU (of about 25 s for the
// whole visit): 72 MiB saves 7 MB for about 5% more CPU; 64 MiB would save
// 15 MB for 17% more, the collector then running through every list's
// load.
const guiMemoryLimit = 72 << 20

// limitMemory sets guiMemoryLimit unless GOMEMLIMIT already says otherwise.
// The limit is soft: a heap that truly needs more still gets it, and the
// runtime caps the collector at half the CPU, so a big import or export
// slows a little instead of failing.
func limitMemory() {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(guiMemoryLimit)
}

// startHoldLimit is the longest the collector waits for the first screen.
const startHoldLimit = 3 * time.Second

// holdCollection stops the garbage collector's cycles, by heap growth, until
// the returned func is called (the window calls it once its first screen is
// drawn) or startHoldLimit has passed. The start builds up about 40 MB that
// stays (the faces' tables, the first screen): collecting while it grows
// traced the same live heap cycle after cycle, about 15 ms of CPU and 35 ms
// of the wall time to the first desk on the decade's data (medians of 7
// start-ups against the same build with the collector on). The memory limit
// still holds meanwhile: the runtime collects when the heap nears it.
func holdCollection() (release func()) {
	if os.Getenv("GOGC") != "" {
		return func() {} // the user's setting rules
	}
	before := debug.SetGCPercent(-1)
	var once sync.Once
	release = func() {
		once.Do(func() {
			debug.SetGCPercent(before)
			// The collection the hold put off, now, and the heap it frees
			// given back to the system at once rather than kept for later
			// growth: left to the runtime, the start's peak stayed
			// resident and raised the peak of a visit of every screen by
			// 4.6 MB (216.0 against 211.4 MB, two visits each); given
			// back, 212.1 MB.
			go debug.FreeOSMemory()
		})
	}
	time.AfterFunc(startHoldLimit, release)
	return release
}

// trimEvery is how often the window gives the C heap's free pages back.
// The software renderer keeps the textures of the text on screen in the C
// heap; Fyne frees those of widgets out of sight (app/earlycache), but the
// C library keeps the freed pages for itself unless they are at the heap's
// end. Trimming every 10 s, about as often as Fyne frees them, lowered the
// C heap's part of the resident set by 6 MB on average over a visit of
// every screen of the decade's data (49 → 43 MB; 34 → 28 MB at the peak).
const trimEvery = 10 * time.Second

// trimCHeapLoop trims the C heap every trimEvery until stop closes.
func trimCHeapLoop(stop <-chan struct{}) {
	t := time.NewTicker(trimEvery)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			trimCHeap()
		}
	}
}
