package screens

import (
	"os"
	"unsafe"

	"golang.org/x/sys/unix"
)

// releasePages asks the kernel to reclaim the whole pages of b now.
// MADV_PAGEOUT never changes what b holds, unlike MADV_DONTNEED (which
// would zero anonymous memory): the embedded bytes are pages of the
// program's file, read back from it if touched again. A kernel without it
// (before 5.4) refuses, and the pages simply stay.
func releasePages(b []byte) {
	page := os.Getpagesize()
	if len(b) < 2*page {
		return
	}
	// Only the pages wholly inside b: the ones at its ends may hold other
	// variables.
	skip := int(-uintptr(unsafe.Pointer(unsafe.SliceData(b)))) & (page - 1)
	whole := b[skip:]
	whole = whole[:len(whole)&^(page-1)]
	_ = unix.Madvise(whole, unix.MADV_PAGEOUT)
}
