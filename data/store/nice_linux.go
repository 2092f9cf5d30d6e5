package store

import (
	"runtime"
	"syscall"
)

// lowPriority runs the calling goroutine, from here to its end, on an OS
// thread of its own at the lowest scheduling priority, so that the check
// after opening (verify.go) takes what the window leaves of the CPU: SQLite
// runs on the thread of the goroutine that calls it. The goroutine must end
// without unlocking: the runtime then ends the thread instead of handing
// it, still lowered, to other goroutines.
func lowPriority() {
	runtime.LockOSThread()
	_ = syscall.Setpriority(syscall.PRIO_PROCESS, syscall.Gettid(), 10)
}
