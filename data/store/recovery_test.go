package store

import (
	"database/sql"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"huiwu/data"
)

func openRaw(tb testing.TB, path string) *sql.DB {
	tb.Helper()
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		tb.Fatal(err)
	}
	return db
}

// demoFolder makes a closed data folder holding the demo roster.
func demoFolder(tb testing.TB) string {
	tb.Helper()
	s := withDemo(tb)
	dir := s.Dir()
	if err := s.Close(); err != nil {
		tb.Fatal(err)
	}
	return dir
}

// Damaged files: no panic, a coded error that the recovery screen acts on,
// and the file byte for byte as it was.
func TestDamagedDatabasesAreRefusedUnchanged(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	tests := []struct {
		name   string
		damage func(t *testing.T, path string)
	}{
		{"random page noise", func(t *testing.T, path string) {
			b, _ := os.ReadFile(path)
			for i := 0; i < 400; i++ {
				b[4096+rng.IntN(len(b)-4096)] = byte(rng.IntN(256))
			}
			os.WriteFile(path, b, 0o600)
		}},
		{"truncated to half", func(t *testing.T, path string) {
			b, _ := os.ReadFile(path)
			os.WriteFile(path, b[:len(b)/2], 0o600)
		}},
		{"header zeroed", func(t *testing.T, path string) {
			b, _ := os.ReadFile(path)
			copy(b, make([]byte, 100))
			os.WriteFile(path, b, 0o600)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := demoFolder(t)
			path := filepath.Join(dir, DBName)
			tt.damage(t, path)
			before := fileHash(t, path)
			s, err := Open(dir)
			if err == nil {
				s.Close()
				t.Fatal("damaged database opened read-write")
			}
			if c := data.ErrorCode(err); c != data.EDamaged && c != data.ENotHuiwu {
				t.Fatalf("code %q: %v", c, err)
			}
			if fileHash(t, path) != before {
				t.Fatal("the damaged file was modified")
			}
			if ro, err := OpenReadOnly(dir); err == nil {
				ro.Close()
			}
			if fileHash(t, path) != before {
				t.Fatal("the read-only open modified the file")
			}
		})
	}
}

// A -wal left over from another database is not applied to this one: the
// open is refused as damaged, both files untouched; without it, the data is
// as it was.
func TestStrayWALFromAnotherDatabaseIsRefused(t *testing.T) {
	dir := demoFolder(t)
	other := t.TempDir()
	o, err := Open(other)
	if err != nil {
		t.Fatal(err)
	}
	o.SaveUnit(ctx, data.Unit{Name: "别的数据库的单位", Kind: data.KindOther})
	wal, _ := os.ReadFile(filepath.Join(other, DBName+"-wal"))
	o.Close()
	if len(wal) == 0 {
		wal = walOf(t, other)
	}
	path := filepath.Join(dir, DBName)
	os.WriteFile(path+"-wal", wal, 0o600)
	before, beforeWAL := fileHash(t, path), fileHash(t, path+"-wal")
	_, err = Open(dir)
	if data.ErrorCode(err) != data.EDamaged || !strings.Contains(err.Error(), "-wal") {
		t.Fatalf("stray WAL: %v", err)
	}
	if fileHash(t, path) != before || fileHash(t, path+"-wal") != beforeWAL {
		t.Fatal("files changed")
	}
	os.Rename(path+"-wal", path+"-wal.stray")
	os.Remove(path + "-shm")
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if st, _ := s.Status(ctx); st.Units != 53 {
		t.Fatalf("units %d", st.Units)
	}
}

// walOf returns a live WAL of a database in dir: the files are copied while
// a connection holds them open, as a crash would leave them.
func walOf(t *testing.T, dir string) []byte {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.SaveUnit(ctx, data.Unit{Name: "另一单位", Kind: data.KindOther})
	b, _ := os.ReadFile(filepath.Join(dir, DBName+"-wal"))
	return b
}

// A WAL left by a crash belongs to its database: it opens, and every
// committed change in the WAL is there.
func TestCrashWALIsRecovered(t *testing.T) {
	c, err := Open(crashedFolder(t))
	if err != nil {
		t.Fatalf("crash WAL refused: %v", err)
	}
	defer c.Close()
	if !hasUnit(t, c, "崩溃前提交的单位") {
		t.Fatal("a committed transaction in the WAL was lost")
	}
}

func TestReadOnlyOpenRefusesWritesAndKeepsFile(t *testing.T) {
	dir := demoFolder(t)
	path := filepath.Join(dir, DBName)
	before := fileHash(t, path)
	s, err := OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	people, err := s.People(ctx)
	if err != nil || len(people) == 0 {
		t.Fatalf("read-only read: %d people, %v", len(people), err)
	}
	_, err = s.SaveUnit(ctx, data.Unit{Name: "新单位", Kind: data.KindOther})
	if data.ErrorCode(err) != data.EReadOnly {
		t.Fatalf("write in read-only mode: %v", err)
	}
	s.Close()
	if fileHash(t, path) != before {
		t.Fatal("read-only mode changed the file")
	}
}

// Every earlier schema opens, keeps its data, checks clean, and was backed
// up before migrating.
func TestMigrationFromEveryEarlierSchema(t *testing.T) {
	fixtures, _ := filepath.Glob("testdata/schema-v*.db")
	if len(fixtures) == 0 {
		t.Fatal("no schema fixtures")
	}
	for _, fx := range fixtures {
		t.Run(filepath.Base(fx), func(t *testing.T) {
			dir := t.TempDir()
			b, _ := os.ReadFile(fx)
			os.WriteFile(filepath.Join(dir, DBName), b, 0o600)
			var from int
			raw := openRaw(t, filepath.Join(dir, DBName)+"?mode=ro")
			raw.QueryRow("PRAGMA user_version").Scan(&from)
			raw.Close()
			s, err := Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			st, _ := s.Status(ctx)
			if st.SchemaVersion != SchemaVersion() || st.Units != 53 || st.People != 85 {
				t.Fatalf("after migrating from v%d: %+v", from, st)
			}
			if r, _ := s.Check(ctx); !r.OK() {
				t.Fatalf("checks after migration: %+v", r)
			}
			backups, _ := s.Backups(ctx)
			if from < SchemaVersion() && (len(backups) != 1 || backups[0].Schema != from) {
				t.Fatalf("no pre-migration backup of v%d: %+v", from, backups)
			}
		})
	}
}

func TestEnormousTextIsRefusedNotStored(t *testing.T) {
	s := openTemp(t)
	huge := make([]rune, 10<<20/3)
	for i := range huge {
		huge[i] = '字'
	}
	_, err := s.SaveUnit(ctx, data.Unit{Name: string(huge), Kind: data.KindOther})
	if data.ErrorCode(err) != data.EInvalid {
		t.Fatalf("10 MB name: %v", err)
	}
	if n, _ := s.Units(ctx); len(n) != 0 {
		t.Fatal("stored anyway")
	}
}
