package store

import (
	"sync"
	"time"

	"huiwu/data"
)

// The window's first screen is drawn from reads, and on a 2-core office PC
// the check after opening, started with the open, took one core for itself
// while the window was being made and drawn: over a third of the CPU the
// program used before its first screen was on it (decade's data, profiled
// start-ups). The window therefore opens with the check deferred and starts
// it once that screen is drawn. Nothing changes for the data: writes still
// wait at the gate until the check has passed, and a write that comes
// before the check has started starts it.

// checkDeferLimit is the longest a deferred check waits for StartCheck: a
// window that never draws its first screen (the first start's setup, a
// slow machine) still has its data checked. A variable for the tests.
var checkDeferLimit = 2 * time.Second

// deferredCheck is the check after opening while it waits to start.
type deferredCheck struct {
	once sync.Once
	from data.AuditHead // the head the probe found verified
	stop chan struct{}  // closed when the wait ends, started or not
}

// OpenDeferringCheck is Open with the whole-file check after opening left
// to StartCheck (or to the first write, or checkDeferLimit). A file that
// needs a migration is checked at once, as Open does: the migration is a
// write and waits for the check.
func OpenDeferringCheck(dir string) (*Store, error) {
	return openFolder(dir, true)
}

// deferVerify makes the gate that writes wait at and leaves the check to
// StartCheck, or to the limit.
func (s *Store) deferVerify(from data.AuditHead) {
	s.gate = &gate{done: make(chan struct{})}
	d := &deferredCheck{from: from, stop: make(chan struct{})}
	s.deferred = d
	limit := checkDeferLimit
	go func() {
		select {
		case <-time.After(limit):
			s.StartCheck()
		case <-d.stop:
		}
	}()
}

// StartCheck starts the deferred check after opening; it does nothing when
// the check has started, has been settled by a full Check, or the store
// has been closed, and for a store opened by Open.
func (s *Store) StartCheck() {
	d := s.deferred
	if d == nil {
		return
	}
	d.once.Do(func() {
		close(d.stop)
		if !s.gate.settled() {
			s.startVerify(d.from)
		}
	})
}

// cancelDeferred ends the wait of a deferred check without starting it:
// the store is closing.
func (s *Store) cancelDeferred() {
	if d := s.deferred; d != nil {
		d.once.Do(func() { close(d.stop) })
	}
}
