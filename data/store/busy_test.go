package store

import (
	"strings"
	"testing"

	"huiwu/data"
)

// A database held busy past the timeout: the save says "busy, try again"
// and writes nothing.
func TestBusyPastTimeoutSaysTryAgain(t *testing.T) {
	if testing.Short() {
		t.Skip("waits out the 5 s busy timeout")
	}
	s := openTemp(t)
	other := openRaw(t, DSN(s.Path()))
	defer other.Close()
	tx, err := other.Begin() // _txlock=immediate: takes the write lock now
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.SaveUnit(ctx, data.Unit{Name: "等待中的单位", Kind: data.KindOther})
	tx.Rollback()
	if data.ErrorCode(err) != data.EBusy || !strings.Contains(err.Error(), "稍后再试") {
		t.Fatalf("got %v", err)
	}
	if units, _ := s.Units(ctx); len(units) != 0 {
		t.Fatal("something was written")
	}
	if _, err := s.SaveUnit(ctx, data.Unit{Name: "等待中的单位", Kind: data.KindOther}); err != nil {
		t.Fatalf("after the lock is gone: %v", err)
	}
}
