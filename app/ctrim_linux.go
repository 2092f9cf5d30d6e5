//go:build cgo

package app

/*
#include <malloc.h>
*/
import "C"

// trimCHeap hands the C library's free heap pages back to the system.
func trimCHeap() { C.malloc_trim(0) }
