package store

import (
	"database/sql"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"huiwu/data"
)

// folderState is every file in dir but the program's lock with its bytes'
// hash: a refused file's folder must read the same before and after.
func folderState(t *testing.T, dir string) map[string]string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, e := range ents {
		if e.Name() != "huiwu.lock" {
			out[e.Name()] = fileHash(t, filepath.Join(dir, e.Name()))
		}
	}
	return out
}

func sameState(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func names(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// Issue 18 item 3: a SQLite file that is not Huiwu's is refused as
// [not_huiwu] by the probe, which leaves the file and its folder exactly as
// they were — no journal mode change, no empty -wal, no -shm beside it.
func TestForeignFilesAreRefusedAndTheFolderIsUnchanged(t *testing.T) {
	sqliteFile := func(stmts string) func(t *testing.T, path string) {
		return func(t *testing.T, path string) {
			db, err := sql.Open("sqlite3", path)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := db.Exec(stmts); err != nil {
				t.Fatal(err)
			}
			db.Close()
		}
	}
	tests := []struct {
		name string
		make func(t *testing.T, path string)
		code data.Code
	}{
		// Refused today only after the migration changed it to WAL and
		// failed with 「no such table: settings [internal]」.
		{"empty schema with user_version 7", sqliteFile("PRAGMA user_version = 7"), data.ENotHuiwu},
		{"another program's WAL-mode database", sqliteFile("PRAGMA journal_mode = WAL; CREATE TABLE customers(a); INSERT INTO customers VALUES (1)"), data.ENotHuiwu},
		{"Huiwu's mark without Huiwu's tables", sqliteFile("PRAGMA application_id = 1752525175; PRAGMA user_version = 3; CREATE TABLE x(a)"), data.ENotHuiwu},
		{"a newer Huiwu file in WAL mode", sqliteFile("PRAGMA journal_mode = WAL; PRAGMA application_id = 1752525175; PRAGMA user_version = 999; CREATE TABLE x(a)"), data.ETooNew},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, DBName)
			tt.make(t, path)
			before := folderState(t, dir)
			if _, ok := before[DBName+"-wal"]; ok {
				t.Fatalf("setup left a -wal: %v", names(before))
			}
			s, err := Open(dir)
			if err == nil {
				s.Close()
				t.Fatal("opened")
			}
			if data.ErrorCode(err) != tt.code {
				t.Fatalf("code %q (%v), want %q", data.ErrorCode(err), err, tt.code)
			}
			if after := folderState(t, dir); !sameState(before, after) {
				t.Fatalf("folder changed: before %v, after %v", names(before), names(after))
			}
		})
	}
}

// A refused file with a -wal beside it (another database's) keeps its folder
// as it was too: the probe removes the -shm it had to make to read the WAL.
func TestRefusedFileWithWALLeavesNoSHM(t *testing.T) {
	dir := demoFolder(t)
	path := filepath.Join(dir, DBName)
	os.WriteFile(path+"-wal", walOf(t, t.TempDir()), 0o600)
	os.Remove(path + "-shm")
	before := folderState(t, dir)
	if _, err := Open(dir); data.ErrorCode(err) != data.EDamaged {
		t.Fatalf("stray WAL: %v", err)
	}
	if after := folderState(t, dir); !sameState(before, after) {
		t.Fatalf("folder changed: before %v, after %v", names(before), names(after))
	}
}
