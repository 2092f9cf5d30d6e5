//go:build unix

package screens

import (
	"syscall"
	"testing"
	"time"
)

// cpuClock is the process's CPU time (user and system, every thread) from
// the kernel's rusage. On a machine whose two cores are shared, a wall time
// includes the waits for a core; the CPU time per open is the work's.
type cpuClock struct{ start time.Duration }

func startCPU() cpuClock { return cpuClock{cpuNow()} }

func cpuNow() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

// report adds cpu-ms/op: the CPU time since start over b.N.
func (c cpuClock) report(b *testing.B) {
	b.ReportMetric(float64(cpuNow()-c.start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}
