package store

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"huiwu/data"
	"huiwu/data/demo"
)

var ctx = context.Background()

// openTemp opens a store in a fresh folder with a fixed clock.
func openTemp(tb testing.TB) *Store {
	tb.Helper()
	s, err := Open(tb.TempDir())
	if err != nil {
		tb.Fatal(err)
	}
	s.Now = func() time.Time { return time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC) }
	s.Actor = "tester"
	tb.Cleanup(func() { s.Close() })
	return s
}

func withDemo(tb testing.TB) *Store {
	tb.Helper()
	s := openTemp(tb)
	if err := s.LoadRoster(ctx, demo.Roster(1)); err != nil {
		tb.Fatal(err)
	}
	return s
}

func TestEveryPooledConnectionHasThePragmas(t *testing.T) {
	s := openTemp(t)
	s.db.SetMaxIdleConns(4)
	var conns []*sql.Conn
	for range 4 {
		c, err := s.db.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
	}
	for i, c := range conns {
		var journal string
		var sync, fk, timeout int
		if err := c.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&journal); err != nil {
			t.Fatal(err)
		}
		if err := c.QueryRowContext(ctx, "SELECT (SELECT synchronous FROM pragma_synchronous), (SELECT foreign_keys FROM pragma_foreign_keys), (SELECT timeout FROM pragma_busy_timeout)").Scan(&sync, &fk, &timeout); err != nil {
			t.Fatal(err)
		}
		if journal != "wal" || sync != 2 || fk != 1 || timeout != 5000 {
			t.Fatalf("connection %d: journal=%s synchronous=%d foreign_keys=%d busy_timeout=%d", i, journal, sync, fk, timeout)
		}
	}
	for _, c := range conns {
		c.Close()
	}
}

func TestSecondCopyIsRefused(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Open(dir)
	if data.ErrorCode(err) != data.ELocked || !strings.Contains(err.Error(), "另一个会务程序") {
		t.Fatalf("second open: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(dir)
	if err != nil {
		t.Fatalf("reopen after close: %v", err)
	}
	s2.Close()
}

func TestBadFilesAreRefusedUntouched(t *testing.T) {
	newer := func(t *testing.T, path string) {
		db, err := sql.Open("sqlite3", path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec("PRAGMA application_id = 1752525175; PRAGMA user_version = 999; CREATE TABLE x(a)"); err != nil {
			t.Fatal(err)
		}
		db.Close()
	}
	foreign := func(t *testing.T, path string) {
		db, _ := sql.Open("sqlite3", path)
		if _, err := db.Exec("CREATE TABLE customers(a)"); err != nil {
			t.Fatal(err)
		}
		db.Close()
	}
	tests := []struct {
		name string
		make func(t *testing.T, path string)
		code data.Code
	}{
		{"empty file is damaged", func(t *testing.T, p string) { os.WriteFile(p, nil, 0o600) }, data.EDamaged},
		{"text file is not huiwu", func(t *testing.T, p string) { os.WriteFile(p, []byte("hello, this is not a database at all"), 0o600) }, data.ENotHuiwu},
		{"newer schema is refused", newer, data.ETooNew},
		{"another program's database is refused", foreign, data.ENotHuiwu},
		{"flipped header bytes are damaged", func(t *testing.T, p string) {
			s, err := Open(filepath.Dir(p))
			if err != nil {
				t.Fatal(err)
			}
			s.Close()
			b, _ := os.ReadFile(p)
			for i := 100; i < len(b) && i < 4096; i++ {
				b[i] ^= 0x5a
			}
			os.WriteFile(p, b, 0o600)
		}, data.EDamaged},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, DBName)
			tt.make(t, path)
			os.Remove(path + "-wal")
			os.Remove(path + "-shm")
			before, _ := os.ReadFile(path)
			_, err := Open(dir)
			if data.ErrorCode(err) != tt.code {
				t.Fatalf("code = %q (%v), want %q", data.ErrorCode(err), err, tt.code)
			}
			after, _ := os.ReadFile(path)
			if string(before) != string(after) {
				t.Fatal("the refused file was modified")
			}
		})
	}
}

func TestNewDatabaseIsAtCurrentSchema(t *testing.T) {
	s := openTemp(t)
	st, err := s.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.SchemaVersion != SchemaVersion() || st.SchemaVersion < 1 {
		t.Fatalf("schema %d, want %d", st.SchemaVersion, SchemaVersion())
	}
	var app int
	s.db.QueryRow("PRAGMA application_id").Scan(&app)
	if app != ApplicationID {
		t.Fatalf("application_id = %d", app)
	}
}

func TestDemoRosterLoadsAndChecksClean(t *testing.T) {
	s := withDemo(t)
	st, _ := s.Status(ctx)
	if st.Units < 40 || st.People < 80 {
		t.Fatalf("demo too small: %d units, %d people", st.Units, st.People)
	}
	r, err := s.Check(ctx)
	if err != nil || !r.OK() {
		t.Fatalf("check: %+v %v", r, err)
	}
	if err := s.LoadRoster(ctx, demo.Roster(1)); err == nil {
		t.Fatal("demo loaded twice")
	}
	people, _ := s.People(ctx)
	if !people[0].HasRole(data.RoleMayor) {
		t.Fatalf("first in protocol order is %s %v", people[0].Name, people[0].Roles)
	}
}

func ctxBackground() context.Context { return context.Background() }
