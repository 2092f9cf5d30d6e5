//go:build linux

package store

import (
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"

	"huiwu/data"
)

// Issue 18 item 9: a data folder that cannot be written to is [read_only]
// (the window offers another folder), not an internal error about the lock
// file. A read-only tmpfs stands for it: root, as the tests run in CI,
// ignores permission bits but not a read-only mount.
func TestReadOnlyFolderIsReadOnly(t *testing.T) {
	dir := mountTmpfs(t, "8m", "the read-only folder test")
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	remountReadOnly(t, dir)
	_, err = Open(dir)
	if data.ErrorCode(err) != data.EReadOnly {
		t.Fatalf("got %s: %v", data.ErrorCode(err), err)
	}
}

// The window offers 以只读方式打开 for such a folder: it opens without the lock
// file it cannot make, reads the data, and leaves the folder as it was.
func TestReadOnlyFolderOpensReadOnly(t *testing.T) {
	dir := mountTmpfs(t, "8m", "the read-only folder test")
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveUnit(ctx, data.Unit{Name: "只读目录中的单位", Kind: data.KindOther}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(dir, lockName)) // as a folder copied to a CD would be
	before, _ := os.ReadDir(dir)
	remountReadOnly(t, dir)
	ro, err := OpenReadOnly(dir)
	if err != nil {
		t.Fatalf("read-only open of a read-only folder: %v", err)
	}
	units, err := ro.Units(ctx)
	if err != nil || !slices.ContainsFunc(units, func(u data.Unit) bool { return u.Name == "只读目录中的单位" }) {
		t.Fatalf("units read from the read-only folder: %d, %v", len(units), err)
	}
	if _, err := ro.SaveUnit(ctx, data.Unit{Name: "不应保存", Kind: data.KindOther}); err == nil {
		t.Fatal("a save went through on a read-only open")
	}
	ro.Close()
	after, _ := os.ReadDir(dir)
	if len(after) != len(before) {
		t.Fatalf("the folder held %d entries, now %d", len(before), len(after))
	}
}

// mountTmpfs mounts a tmpfs of the given size on a fresh test folder and
// unmounts it when the test ends; the test is skipped, loudly, where it
// cannot mount (it needs root, as CI has).
func mountTmpfs(t *testing.T, size, what string) string {
	t.Helper()
	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size="+size); err != nil {
		t.Skipf("SKIPPED LOUDLY: cannot mount a tmpfs (%v); %s needs root", err, what)
	}
	t.Cleanup(func() { syscall.Unmount(dir, syscall.MNT_DETACH) })
	return dir
}

// remountReadOnly turns the tmpfs at dir read-only, as a folder on a CD or a
// share without write access is.
func remountReadOnly(t *testing.T, dir string) {
	t.Helper()
	if err := syscall.Mount("", dir, "", syscall.MS_REMOUNT|syscall.MS_RDONLY, ""); err != nil {
		t.Fatal(err)
	}
}
