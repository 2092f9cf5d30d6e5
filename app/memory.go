package app

import (
	"os"
	"runtime/debug"
)

// guiMemoryLimit is the heap size above which the garbage collector works
// harder rather than let the heap grow. The window's live heap on a decade's
// data is about 60 MB (mostly the font tables Fyne keeps per text style);
// left alone, the collector lets the heap reach twice that between cycles,
// and a secretary's office PC may have little memory to spare.
const guiMemoryLimit = 96 << 20

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
