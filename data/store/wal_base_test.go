package store

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"huiwu/data"
)

// baseHead reads the newest entry from the file's pages as SQLite reads it
// through an immutable connection: through a schema table of more than one
// page, and for an entry whose detail spills onto overflow pages.
func TestBaseHeadReadsTheFileAsSQLiteDoes(t *testing.T) {
	for name, detail := range map[string]string{
		"a short entry":                         "{}",
		"an entry spilling onto overflow pages": `{"note":"` + strings.Repeat("长", 9000) + `"}`,
	} {
		t.Run(name, func(t *testing.T) {
			s := withDemo(t)
			f := forger{t, s.db}
			e := auditEntry{At: "2026-11-28T10:00:00Z", Actor: "tester", Action: "note", Entity: "database", Detail: detail}
			if err := s.db.QueryRow("SELECT seq + 1, hash FROM audit_log ORDER BY seq DESC LIMIT 1").Scan(&e.Seq, &e.PrevHash); err != nil {
				t.Fatal(err)
			}
			e.Hash = entryHash(e)
			f.exec("INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?)",
				e.Seq, e.At, e.Actor, e.Action, e.Entity, e.EntityID, e.Detail, e.PrevHash, e.Hash)
			f.exec("PRAGMA wal_checkpoint(TRUNCATE)")
			page1 := make([]byte, 101)
			if err := readAt(s.Path(), page1, 0); err != nil || page1[100] != 0x05 {
				t.Fatalf("the schema table fits one page (%x, %v): the test reads no interior page", page1[100], err)
			}
			seq, hash, ok := baseHead(s.Path())
			wantSeq, wantHash, err := baseHeadSQL(s.Path())
			if err != nil || !ok || seq != e.Seq || wantSeq != e.Seq || !bytes.Equal(hash, e.Hash) || !bytes.Equal(wantHash, e.Hash) {
				t.Fatalf("pages %d %x %v, SQLite %d %x %v; want %d %x", seq, hash, ok, wantSeq, wantHash, err, e.Seq, e.Hash)
			}
		})
	}
}

// A file whose log baseHead cannot read from its pages (a new file, none
// yet) leaves the answer to SQLite.
func TestBaseHeadLeavesAFileWithoutALogToSQLite(t *testing.T) {
	path := filepath.Join(t.TempDir(), DBName)
	db := openRaw(t, path)
	if _, err := db.Exec("CREATE TABLE t (x)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, _, ok := baseHead(path); ok {
		t.Fatal("a head read from a file with no audit_log")
	}
	if _, _, err := baseHeadSQL(path); err != errNoHead {
		t.Fatalf("SQLite: %v, want errNoHead", err)
	}
}

// The -wal of a copy of the same database that went its own way (the same
// history up to the copy, then other entries) is refused: the file's newest
// entry, read from its pages, is not in the copy's log.
func TestWALOfADivergedCopyIsRefused(t *testing.T) {
	dir := demoFolder(t)
	path := filepath.Join(dir, DBName)
	copyDir := t.TempDir()
	if err := copyFile(path, filepath.Join(copyDir, DBName)); err != nil {
		t.Fatal(err)
	}
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveUnit(ctx, data.Unit{Name: "本库之后的单位", Kind: data.KindOther}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	wal := walOf(t, copyDir)
	os.WriteFile(path+"-wal", wal, 0o600)
	os.Remove(path + "-shm")
	before := fileHash(t, path)
	if _, err := Open(dir); data.ErrorCode(err) != data.EDamaged || !strings.Contains(err.Error(), "-wal") {
		t.Fatalf("a diverged copy's WAL: %v", err)
	}
	if fileHash(t, path) != before {
		t.Fatal("file changed")
	}
}

// A schema table whose page points back to itself (a damaged file) ends
// the walk: no head, and the answer is SQLite's.
func TestBaseHeadStopsOnAPageThatPointsBackToItself(t *testing.T) {
	path := filepath.Join(demoFolder(t), DBName)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if b[100] != 0x05 {
		t.Fatalf("page 1 is no interior page (%x)", b[100])
	}
	b[108], b[109], b[110], b[111] = 0, 0, 0, 1 // its right child: itself
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	if seq, hash, ok := baseHead(path); ok {
		t.Fatalf("a head read through a looping schema: %d %x", seq, hash)
	}
}
