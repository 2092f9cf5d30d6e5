package store

import (
	"context"
	"testing"
	"time"

	"huiwu/data"
)

// deferLimit sets how long a deferred check waits for StartCheck, for one
// test.
func deferLimit(t *testing.T, d time.Duration) {
	t.Helper()
	old := checkDeferLimit
	checkDeferLimit = d
	t.Cleanup(func() { checkDeferLimit = old })
}

// openDeferred opens a demo folder with the check deferred for an hour.
func openDeferred(t *testing.T) (*Store, string) {
	t.Helper()
	dir := demoFolder(t)
	deferLimit(t, time.Hour)
	s, err := OpenDeferringCheck(dir)
	if err != nil {
		t.Fatal(err)
	}
	return s, dir
}

// checkStarts reports on the returned channel each start of the check
// after opening.
func checkStarts(t *testing.T) chan struct{} {
	t.Helper()
	started := make(chan struct{}, 8)
	beforeVerify = func() { started <- struct{}{} }
	t.Cleanup(func() { beforeVerify = nil })
	return started
}

// Issue 19: the window opens the data with the check deferred until its
// first screen is drawn. Reads are served at once; the check has not
// started; StartCheck starts it, and it passes and records its head.
func TestADeferredCheckStartsWhenTheWindowAsks(t *testing.T) {
	started := checkStarts(t)
	s, dir := openDeferred(t)
	defer s.Close()
	if st, err := s.Status(ctx); err != nil || st.Units != 53 {
		t.Fatalf("reads before the check: %+v, %v", st, err)
	}
	if len(started) != 0 || s.gate.settled() {
		t.Fatal("the deferred check ran before it was asked for")
	}
	s.StartCheck()
	s.StartCheck() // a second ask starts nothing more
	wait, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	if err := s.Verified(wait); err != nil {
		t.Fatalf("deferred check: %v", err)
	}
	if n := len(started); n != 1 {
		t.Fatalf("the check started %d times, want 1", n)
	}
	if r, ok := readHeads(dir); !ok || r.VerifiedSeq == 0 {
		t.Fatalf("no verified head after the deferred check passed: %+v", r)
	}
}

// A save made before the window asked starts the check itself and goes
// through once it has passed: no write waits for a frame.
func TestAWriteStartsADeferredCheck(t *testing.T) {
	s, _ := openDeferred(t)
	defer s.Close()
	wait, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	if _, err := s.SaveUnit(wait, data.Unit{Name: "检查之前保存的单位", Kind: data.KindOther}); err != nil {
		t.Fatalf("a save before the check was asked for: %v", err)
	}
	if n := countUnits(t, s); n != 54 {
		t.Fatalf("units after the save: %d, want 54", n)
	}
}

// A window that never asks (the first start's setup) still has its data
// checked once the limit has passed.
func TestADeferredCheckStartsByItselfAtTheLimit(t *testing.T) {
	dir := demoFolder(t)
	deferLimit(t, 10*time.Millisecond)
	s, err := OpenDeferringCheck(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	wait, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	if err := s.Verified(wait); err != nil {
		t.Fatalf("deferred check at its limit: %v", err)
	}
}

// Deferring changes nothing of what the check finds: a damaged index page
// still refuses every write, and the file is left as it was.
func TestADeferredCheckStillFindsADamagedPage(t *testing.T) {
	deferLimit(t, time.Hour)
	refusedAfterOpeningBy(t, damagedIndexFolder(t), "完整性检查", OpenDeferringCheck)
}

// Closing a store whose check never started ends the wait of whoever waits
// for it, and a later ask starts nothing on the closed file.
func TestClosingEndsADeferredCheck(t *testing.T) {
	started := checkStarts(t)
	s, _ := openDeferred(t)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Verified(ctx); data.ErrorCode(err) != data.EInternal {
		t.Fatalf("waiting on a closed store's check: %v, want the close's EInternal", err)
	}
	s.StartCheck()
	if n := len(started); n != 0 {
		t.Fatalf("the check started %d times on a closed store", n)
	}
}
