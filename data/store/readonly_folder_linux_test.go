//go:build linux

package store

import (
	"syscall"
	"testing"

	"huiwu/data"
)

// Issue 18 item 9: a data folder that cannot be written to is [read_only]
// (the window offers another folder), not an internal error about the lock
// file. A read-only tmpfs stands for it: root, as the tests run in CI,
// ignores permission bits but not a read-only mount.
func TestReadOnlyFolderIsReadOnly(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size=8m"); err != nil {
		t.Skipf("SKIPPED LOUDLY: cannot mount a tmpfs (%v); the read-only folder test needs root", err)
	}
	defer syscall.Unmount(dir, syscall.MNT_DETACH)
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mount("", dir, "", syscall.MS_REMOUNT|syscall.MS_RDONLY, ""); err != nil {
		t.Fatal(err)
	}
	_, err = Open(dir)
	if data.ErrorCode(err) != data.EReadOnly {
		t.Fatalf("got %s: %v", data.ErrorCode(err), err)
	}
}
