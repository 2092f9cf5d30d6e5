package store

import (
	"os"
	"path/filepath"
	"testing"

	"huiwu/data"
)

// crashedFolder copies a demo folder with one committed change still in its
// -wal, as a crash leaves it.
func crashedFolder(t *testing.T) string {
	t.Helper()
	s := withDemo(t)
	if _, err := s.SaveUnit(ctx, data.Unit{Name: "崩溃前提交的单位", Kind: data.KindOther}); err != nil {
		t.Fatal(err)
	}
	crashed := t.TempDir()
	for _, suffix := range []string{"", "-wal"} {
		b, err := os.ReadFile(s.Path() + suffix)
		if err != nil {
			t.Fatalf("%s: %v", suffix, err)
		}
		os.WriteFile(filepath.Join(crashed, DBName+suffix), b, 0o600)
	}
	return crashed
}

// Issue 18 item 5: checking a -wal needs no temporary copy of the database,
// so a temp folder that cannot be written does not keep a healthy database
// from opening (today the copy fails and the open is refused).
func TestWALCheckNeedsNoTempFolder(t *testing.T) {
	dir := crashedFolder(t)
	t.Setenv("TMPDIR", filepath.Join(t.TempDir(), "no-such-folder"))
	t.Setenv("TMP", filepath.Join(t.TempDir(), "no-such-folder"))
	t.Setenv("TEMP", filepath.Join(t.TempDir(), "no-such-folder"))
	s, err := Open(dir)
	if err != nil {
		t.Fatalf("open with a -wal and no temp folder: %v", err)
	}
	defer s.Close()
	if _, err := s.SaveUnit(ctx, data.Unit{Name: "之后的单位", Kind: data.KindOther}); err != nil {
		t.Fatal(err)
	}
}

// The WAL is read as SQLite reads it: a torn last frame (a crash while
// appending) ends the log, and the commits before it still open.
func TestTornWALTailIsIgnoredLikeSQLite(t *testing.T) {
	dir := crashedFolder(t)
	wal := filepath.Join(dir, DBName+"-wal")
	b, _ := os.ReadFile(wal)
	os.WriteFile(wal, append(b, make([]byte, 1000)...), 0o600)
	w, err := readWAL(wal)
	if err != nil || w.frames == 0 || w.pageSize != 4096 {
		t.Fatalf("readWAL: %+v %v", w, err)
	}
	s, err := Open(dir)
	if err != nil {
		t.Fatalf("torn tail refused: %v", err)
	}
	defer s.Close()
	if !hasUnit(t, s, "崩溃前提交的单位") {
		t.Fatal("the committed change before the torn frame was lost")
	}
}

func hasUnit(t *testing.T, s *Store, name string) bool {
	t.Helper()
	units, err := s.Units(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range units {
		if u.Name == name {
			return true
		}
	}
	return false
}

// A WAL written with another page size is not this database's, whatever
// its audit log holds: refused, the folder as it was.
func TestWALWithAnotherPageSizeIsRefused(t *testing.T) {
	dir := demoFolder(t)
	other := filepath.Join(t.TempDir(), DBName)
	db := openRaw(t, other)
	db.SetMaxOpenConns(1)
	for _, q := range []string{"PRAGMA page_size = 8192", "PRAGMA journal_mode = WAL", "PRAGMA wal_autocheckpoint = 0", "CREATE TABLE t(a)", "INSERT INTO t VALUES (1)"} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	wal, _ := os.ReadFile(other + "-wal")
	db.Close()
	if w, err := readWAL(filepath.Join(dir, "absent-wal")); err != nil || w.frames != 0 {
		t.Fatalf("absent WAL: %+v %v", w, err)
	}
	path := filepath.Join(dir, DBName)
	os.WriteFile(path+"-wal", wal, 0o600)
	if w, err := readWAL(path + "-wal"); err != nil || w.pageSize != 8192 || w.frames == 0 {
		t.Fatalf("readWAL: %+v %v", w, err)
	}
	before := folderState(t, dir)
	if _, err := Open(dir); data.ErrorCode(err) != data.EDamaged {
		t.Fatalf("8 KB WAL beside a 4 KB database: %v", err)
	}
	if after := folderState(t, dir); !sameState(before, after) {
		t.Fatalf("folder changed: %v → %v", names(before), names(after))
	}
}
