package store

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"huiwu/data"
	"huiwu/data/demo"
)

// A plain connection has no virtual-table modules, so its checks skip the
// search index's own check; the store's other connections keep them.
func TestAPlainConnectionHasNoSearchModule(t *testing.T) {
	s := withDemo(t)
	var n int
	if err := s.db.QueryRow("SELECT count(*) FROM search_fts").Scan(&n); err != nil || n == 0 {
		t.Fatalf("the store's connection: %d rows in search_fts, %v", n, err)
	}
	plain, err := s.openPlain()
	if err != nil {
		t.Fatal(err)
	}
	defer plain.Close()
	err = plain.QueryRow("SELECT count(*) FROM search_fts").Scan(&n)
	if err == nil || !strings.Contains(err.Error(), "no such module: fts5") {
		t.Fatalf("the plain connection read the search index: %v", err)
	}
	if err := plain.QueryRow("SELECT count(*) FROM search_fts_content").Scan(&n); err != nil || n == 0 {
		t.Fatalf("the plain connection: %d rows in the index's own table, %v", n, err)
	}
}

// The check cut in two (a plain connection's integrity_check and one per
// virtual table) reports what the one statement reports: here a search
// index whose stored text no longer matches what it indexed, which only the
// index's own check can see. The check after opening, which leaves that
// check to Check, still passes the file.
func TestCheckFindsADamagedSearchIndexAsTheOneStatementDoes(t *testing.T) {
	s := withDemo(t)
	f := forger{t, s.db}
	f.exec("UPDATE search_fts_content SET c1 = '并未编入索引的正文' WHERE id = (SELECT min(id) FROM search_fts_content)")
	whole, err := integrityLines(ctx, s.conn(), "PRAGMA integrity_check")
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"malformed inverted index for FTS5 table main.search_fts"}; !reflect.DeepEqual(whole, want) {
		t.Fatalf("the one statement: %q, want %q", whole, want)
	}
	for _, cores := range []int{1, 2} {
		var r CheckReport
		if err := s.checkOn(ctx, &r, cores); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(r.Integrity, whole) {
			t.Errorf("%d cores: %q, want the one statement's %q", cores, r.Integrity, whole)
		}
	}
	if err := s.quickCheck(ctx); err != nil {
		t.Errorf("the check after opening: %v", err)
	}
}

// A damaged b-tree page stops the plain connection's check as it stops the
// one statement, with the same error.
func TestCheckIsStoppedByADamagedPageAsTheOneStatementIs(t *testing.T) {
	dir := damagedIndexFolder(t)
	s, err := OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	whole, wholeErr := integrityLines(ctx, s.conn(), "PRAGMA integrity_check")
	plain, plainErr := s.plainIntegrity(ctx)
	if wholeErr == nil || plainErr == nil || plainErr.Error() != wholeErr.Error() || !reflect.DeepEqual(plain, whole) {
		t.Fatalf("the plain connection's check: %q, %v; the one statement's: %q, %v", plain, plainErr, whole, wholeErr)
	}
	var r CheckReport
	if err := s.checkOn(ctx, &r, 2); err == nil || err.Error() != wholeErr.Error() {
		t.Fatalf("the check: %v, want %v", err, wholeErr)
	}
}

// A damaged table page fails the ledger's walk of the table too: the error
// told is still the integrity check's, as the one statement's was.
func TestADamagedTablePageIsToldAsTheIntegrityChecks(t *testing.T) {
	dir := damagedRootFolder(t, "type = 'table' AND name = 'people'")
	s, err := OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, cores := range []int{1, 2} {
		var r CheckReport
		err := s.checkOn(ctx, &r, cores)
		if err == nil || !strings.HasPrefix(data.ErrorMessage(err), "完整性检查") {
			t.Errorf("%d cores: %v, want the integrity check's error", cores, err)
		}
	}
}

// A virtual table's name is read from the file: it is bound, never run, and
// one the program does not give is told, not checked.
func TestAVirtualTablesNameIsNeverRun(t *testing.T) {
	s := withDemo(t)
	f := forger{t, s.db}
	f.exec(`CREATE VIRTUAL TABLE "units"");DELETE FROM units --" USING fts5(a)`)
	f.exec(`CREATE VIRTUAL TABLE "100" USING fts5(a)`)
	count := func() (n int) {
		if err := s.db.QueryRow("SELECT count(*) FROM units").Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	before := count()
	var r CheckReport
	if err := s.checkOn(ctx, &r, 2); err != nil {
		t.Fatal(err)
	}
	if after := count(); before == 0 || after != before {
		t.Fatalf("units before the check %d, after %d", before, after)
	}
	want := []string{`虚拟表 "100" 不是本程序建立的，未检查`, `虚拟表 "units\");DELETE FROM units --" 不是本程序建立的，未检查`}
	if !reflect.DeepEqual(r.Integrity, want) {
		t.Errorf("integrity lines %q, want %q", r.Integrity, want)
	}
}

// The plain connection reaches a data folder whose path holds what a URI
// gives meaning to or must carry as it is: a space, Chinese, # and %. The
// check after opening and Check both pass there.
func TestThePlainConnectionOpensAnOddlyNamedFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "会务 数据 #1 100%")
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.LoadRoster(ctx, demo.Roster(1)); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if s, err = Open(dir); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Verified(ctx); err != nil {
		t.Fatalf("the check after opening: %v", err)
	}
	r, err := s.Check(ctx)
	if err != nil || !r.OK() {
		t.Fatalf("check: %v %+v", err, r)
	}
}
