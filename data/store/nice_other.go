//go:build !linux

package store

// lowPriority is a no-op where the thread's priority is not lowered (see
// nice_linux.go).
func lowPriority() {}
