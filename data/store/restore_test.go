package store

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"

	"huiwu/data"
)

// unitNamed counts the units called name in the database file at path,
// opened read-only so that looking does not change the aside.
func unitNamed(t *testing.T, path, name string) int {
	t.Helper()
	db := openRaw(t, readOnlyURI(path))
	defer db.Close()
	var n int
	if err := db.QueryRow("SELECT count(*) FROM units WHERE name = ?", name).Scan(&n); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return n
}

// Issue 18 item 1: two restores within one second (the clock is fixed) each
// keep the file they replaced under its own name; the data from before the
// first restore is still there afterwards.
func TestTwoRestoresInOneSecondKeepBothAsides(t *testing.T) {
	s := withDemo(t)
	info, err := s.BackupTo(ctx, t.TempDir(), "manual")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveUnit(ctx, data.Unit{Name: "恢复前才有的单位", Kind: data.KindOther}); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 2; i++ {
		if err := s.Restore(ctx, info.Path); err != nil {
			t.Fatalf("restore %d: %v", i+1, err)
		}
	}
	asides, _ := filepath.Glob(filepath.Join(s.Dir(), DBName+".before-restore-*"))
	var dbs []string
	for _, a := range asides {
		if !hasWALSuffix(a) {
			dbs = append(dbs, a)
		}
	}
	sort.Strings(dbs)
	if len(dbs) != 2 {
		t.Fatalf("asides %v, want two database files", asides)
	}
	if n := unitNamed(t, dbs[0], "恢复前才有的单位"); n != 1 {
		t.Fatalf("the first aside %s lost the data from before the first restore (%d rows)", dbs[0], n)
	}
	if n := unitNamed(t, dbs[1], "恢复前才有的单位"); n != 0 {
		t.Fatalf("the second aside %s should be the first restore's file", dbs[1])
	}
}

func hasWALSuffix(p string) bool {
	return strings.HasSuffix(p, "-wal") || strings.HasSuffix(p, "-shm")
}

// An aside name already taken — by a file or only by a leftover -wal — is
// never reused: the new aside gets the next free name.
func TestAsideNameSkipsTakenNames(t *testing.T) {
	dir := t.TempDir()
	live := filepath.Join(dir, DBName)
	first := live + ".before-restore-20261128-090000"
	if err := os.WriteFile(first+"-wal", []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	got, err := asideName(live, "20261128-090000")
	if err != nil || got != first+"-2" {
		t.Fatalf("aside name %q (%v), want %q", got, err, first+"-2")
	}
	if err := renameNoReplace(live, first+"-wal"); err == nil {
		t.Fatal("renamed over an existing aside")
	}
}

// Issue 18 item 6: deleting huiwu.lock while the program runs does not let
// a second copy in; the first goes on writing.
func TestDeletedLockFileStillRefusesSecondCopy(t *testing.T) {
	s := openTemp(t)
	if err := os.Remove(filepath.Join(s.Dir(), "huiwu.lock")); err != nil {
		t.Fatal(err)
	}
	second, err := Open(s.Dir())
	if err == nil {
		second.Close()
	}
	if data.ErrorCode(err) != data.ELocked {
		t.Fatalf("second copy after the lock file was deleted: %v", err)
	}
	if _, err := s.SaveUnit(ctx, data.Unit{Name: "溧阳市财政局", Kind: data.KindDepartment}); err != nil {
		t.Fatalf("the first copy: %v", err)
	}
}

// Issue 18 item 4: opening the folder sweeps the temporary files a killed
// copy of the program left — in the data folder, its materials and the
// backup folder — and nothing else.
func TestOpenSweepsTheProgramsTempFiles(t *testing.T) {
	dir := demoFolder(t)
	backups := DefaultBackupDir(dir)
	materials := filepath.Join(dir, MaterialsDir)
	for _, d := range []string{backups, materials} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	stale := []string{
		filepath.Join(dir, DBName+".restore.tmp"),
		filepath.Join(dir, ".huiwu-write-test-123"),
		filepath.Join(dir, ".出勤记录.xlsx.4242.tmp"),
		filepath.Join(materials, ".incoming-99"),
		filepath.Join(backups, "huiwu-20261128-090000.000-auto.db.tmp"),
		filepath.Join(backups, "huiwu-20261128-090000.000-auto.json.tmp"),
	}
	kept := []string{
		filepath.Join(dir, DBName+".before-restore-20261128-090000"),
		filepath.Join(dir, "notes.tmp"),
		filepath.Join(backups, "huiwu-20261128-090000.000-auto.db"),
	}
	for _, p := range append(append([]string{}, stale...), kept...) {
		if err := os.WriteFile(p, []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, p := range stale {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s left", p)
		}
	}
	for _, p := range kept {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s removed", p)
		}
	}
}

// A cause the OS gives reads the same in the store as in an export.
func TestStoreNamesOSErrorsPlainly(t *testing.T) {
	err := classify(&os.PathError{Op: "write", Path: "x", Err: syscall.ENOSPC}, "备份")
	if data.ErrorCode(err) != data.EDiskFull || data.ErrorMessage(err) != "备份失败：磁盘已满" {
		t.Fatalf("got %s %q", data.ErrorCode(err), data.ErrorMessage(err))
	}
	err = classify(&os.PathError{Op: "open", Path: "x", Err: syscall.EACCES}, "备份")
	if !strings.HasPrefix(data.ErrorMessage(err), "备份失败：没有权限") {
		t.Fatalf("got %q", data.ErrorMessage(err))
	}
}

// Issue 18 item 9: the second copy is told who holds the folder and since
// when (the computer, the user, the process), so the secretary knows whom
// to ask.
func TestLockedSaysWhoHoldsTheFolder(t *testing.T) {
	s := openTemp(t)
	_, err := Open(s.Dir())
	host, _ := os.Hostname()
	want := fmt.Sprintf("计算机 %s 上的用户 %s（进程 %d），自 ", host, currentUser(), os.Getpid())
	if data.ErrorCode(err) != data.ELocked || !strings.Contains(err.Error(), want) {
		t.Fatalf("got %v, want it to name %q", err, want)
	}
}
