package app

import (
	"path/filepath"
	"strings"
	"testing"
)

// `backup --to` always copies, changed or not; `restore` takes the
// compressed copy it wrote.
func TestBackupToAlwaysCopiesAndRestoreTakesIt(t *testing.T) {
	dir, to := t.TempDir(), t.TempDir()
	if code, _, errs := huiwu(t, "--data", dir, "demo"); code != 0 {
		t.Fatalf("demo: %q", errs)
	}
	for range 2 {
		if code, out, errs := huiwu(t, "--data", dir, "backup", "--to", to); code != 0 || !strings.Contains(out, "已备份到 ") {
			t.Fatalf("backup: %d %q %q", code, out, errs)
		}
	}
	copies, _ := filepath.Glob(filepath.Join(to, "huiwu-*-manual.db.zst"))
	if len(copies) != 2 {
		t.Fatalf("%d copies of unchanged data, want 2", len(copies))
	}
	code, out, errs := huiwu(t, "--data", dir, "restore", copies[0])
	if code != 0 || !strings.Contains(out, "已从 ") {
		t.Fatalf("restore: %d %q %q", code, out, errs)
	}
	if kept, _ := filepath.Glob(filepath.Join(dir, "huiwu.db.before-restore-*")); len(kept) == 0 {
		t.Fatal("the replaced file was not kept")
	}
}
