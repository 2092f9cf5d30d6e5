//go:build linux

package store

import (
	"strings"
	"syscall"
	"testing"

	"huiwu/data"
)

// Disk full, on a small tmpfs (needs root, as CI has): a clear message,
// earlier data still readable, and integrity_check ok once space is back.
func TestDiskFull(t *testing.T) {
	dir := mountTmpfs(t, "2m", "the disk-full test")
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var full error
	saved := 0
	for i := 0; i < 100000 && full == nil; i++ {
		_, full = s.SaveUnit(ctx, data.Unit{Name: "填满磁盘的单位" + han(i), ShortName: strings.Repeat("简", 20), Kind: data.KindOther})
		if full == nil {
			saved++
		}
	}
	if saved < 10 {
		t.Fatalf("the disk was full after only %d saves (%v): the tmpfs is too small to prove anything", saved, full)
	}
	t.Logf("disk full after %d saves", saved)
	if data.ErrorCode(full) != data.EDiskFull || !strings.Contains(full.Error(), "磁盘已满") {
		t.Fatalf("after %d saves: %v", saved, full)
	}
	units, err := s.Units(ctx)
	if err != nil || len(units) != saved {
		t.Fatalf("earlier data: %d units readable of %d saved (%v)", len(units), saved, err)
	}
	if err := syscall.Mount("tmpfs", dir, "tmpfs", syscall.MS_REMOUNT, "size=8m"); err != nil {
		t.Fatalf("remount bigger: %v", err)
	}
	r, err := s.Check(ctx)
	if err != nil || !r.OK() {
		t.Fatalf("checks once space is back: %+v %v", r, err)
	}
	if _, err := s.SaveUnit(ctx, data.Unit{Name: "空间恢复后的单位", Kind: data.KindOther}); err != nil {
		t.Fatalf("save once space is back: %v", err)
	}
}
