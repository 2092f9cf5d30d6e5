package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"huiwu/data"
)

// holdCheck holds the check after opening until the returned release is
// called, and reports on held each write that waits for it.
func holdCheck(t *testing.T) (release func(), held chan struct{}) {
	t.Helper()
	gate := make(chan struct{})
	held = make(chan struct{}, 8)
	beforeVerify = func() { <-gate }
	heldWrite = func() { held <- struct{}{} }
	t.Cleanup(func() { beforeVerify, heldWrite = nil, nil })
	return func() { close(gate) }, held
}

func countUnits(t *testing.T, s *Store) int {
	t.Helper()
	var n int
	if err := s.DB().QueryRow("SELECT count(*) FROM units").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// Issue 19: the data is shown before the whole-file check ends, but no
// write reaches the file before it passes — a save waits at the gate, and
// goes through once the check has passed.
func TestAWriteWaitsForTheCheckAfterOpening(t *testing.T) {
	dir := demoFolder(t)
	release, held := holdCheck(t)
	s, err := Open(dir)
	if err != nil {
		release()
		t.Fatal(err)
	}
	defer s.Close()
	if st, err := s.Status(ctx); err != nil || st.Units != 53 {
		release()
		t.Fatalf("reads before the check: %+v, %v", st, err)
	}
	saved := make(chan error, 1)
	go func() {
		_, err := s.SaveUnit(ctx, data.Unit{Name: "检查期间新增的单位", Kind: data.KindOther})
		saved <- err
	}()
	<-held
	if n := countUnits(t, s); n != 53 {
		t.Fatalf("units while the write is held: %d, want 53", n)
	}
	select {
	case err := <-saved:
		t.Fatalf("the write returned before the check ended: %v", err)
	default:
	}
	release()
	if err := <-saved; err != nil {
		t.Fatalf("the write after the check passed: %v", err)
	}
	if n := countUnits(t, s); n != 54 {
		t.Fatalf("units after the check: %d, want 54", n)
	}
}

// refusedAfterOpening opens dir, which passes the cheap probe but not the
// check after opening, and holds the store to the guarantee: reads served,
// the check's failure named, every write refused, the file unchanged.
func refusedAfterOpening(t *testing.T, dir, want string) {
	t.Helper()
	refusedAfterOpeningBy(t, dir, want, Open)
}

// refusedAfterOpeningBy is refusedAfterOpening with the store opened by
// open, and the check after opening asked for (a deferred one waits).
func refusedAfterOpeningBy(t *testing.T, dir, want string, open func(string) (*Store, error)) {
	t.Helper()
	path := filepath.Join(dir, DBName)
	before := fileHash(t, path)
	s, err := open(dir)
	if err != nil {
		t.Fatalf("the probe refused what only the whole-file check should find: %v", err)
	}
	s.StartCheck()
	err = s.Verified(ctx)
	if data.ErrorCode(err) != data.EDamaged || !strings.Contains(err.Error(), want) {
		s.Close()
		t.Fatalf("check after opening: %v, want EDamaged naming %q", err, want)
	}
	_, err = s.SaveUnit(ctx, data.Unit{Name: "不该写入的单位", Kind: data.KindOther})
	if data.ErrorCode(err) != data.EDamaged || !strings.HasPrefix(data.ErrorMessage(err), "未保存：") {
		s.Close()
		t.Fatalf("write after a failed check: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if fileHash(t, path) != before {
		t.Fatal("the file that failed its check was written")
	}
}

// An entry appended outside the program that does not chain on is found by
// the chain check from the last verified head.
func TestAForgedEntryAfterTheVerifiedHeadRefusesWrites(t *testing.T) {
	dir := verifiedFolder(t)
	if r, ok := readHeads(dir); !ok || r.VerifiedSeq == 0 {
		t.Fatalf("no verified head after a passed check: %+v", r)
	}
	db := openRaw(t, filepath.Join(dir, DBName))
	var seq int64
	db.QueryRow("SELECT max(seq) FROM audit_log").Scan(&seq)
	if _, err := db.Exec(`INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, detail, prev_hash, hash)
		VALUES (?, '2026-01-01T00:00:00Z', '某人', 'unit.save', 'unit', 1, '{}', x'00', x'00')`, seq+1); err != nil {
		t.Fatal(err)
	}
	db.Close()
	refusedAfterOpening(t, dir, "审计日志第")
}

// A damaged page the probe does not read (an index's) is found by the
// quick_check after opening.
func TestADamagedPageFoundAfterOpeningRefusesWrites(t *testing.T) {
	refusedAfterOpening(t, damagedIndexFolder(t), "完整性检查")
}

// damagedIndexFolder is a demo folder whose first index page of the
// people table is damaged: a page the probe does not read.
func damagedIndexFolder(t *testing.T) string {
	t.Helper()
	return damagedRootFolder(t, "type = 'index' AND tbl_name = 'people'")
}

// damagedRootFolder is a demo folder whose b-tree named by where (a
// condition on sqlite_schema; the lowest root page if several) has its root
// page damaged.
func damagedRootFolder(t *testing.T, where string) string {
	t.Helper()
	dir := demoFolder(t)
	path := filepath.Join(dir, DBName)
	db := openRaw(t, path)
	var root, size int64
	err := db.QueryRow("SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_schema WHERE "+where+" ORDER BY rootpage LIMIT 1").Scan(&root, &size)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	damagePage(t, path, (root-1)*size)
	return dir
}

// damagePage writes an invalid b-tree page type at off.
func damagePage(t *testing.T, path string, off int64) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt([]byte{0x55, 0x55, 0x55, 0x55}, off); err != nil {
		t.Fatal(err)
	}
}

// The probe refuses a file cut short of the size its header names, without
// reading it.
func TestAFileShorterThanItsHeaderIsRefusedAtOnce(t *testing.T) {
	dir := demoFolder(t)
	path := filepath.Join(dir, DBName)
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(path, fi.Size()-4096); err != nil {
		t.Fatal(err)
	}
	_, err = Open(dir)
	if data.ErrorCode(err) != data.EDamaged || !strings.Contains(err.Error(), "不完整") {
		t.Fatalf("truncated file: %v", err)
	}
}

// The next start verifies the chain only from the head verified last: the
// heads file names it, and a passed check moves it on.
func TestTheVerifiedHeadMovesOnWithEachPassedCheck(t *testing.T) {
	dir := demoFolder(t)
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveUnit(ctx, data.Unit{Name: "新增单位", Kind: data.KindOther}); err != nil {
		t.Fatal(err)
	}
	head, _ := s.Head(ctx)
	s.Close()
	s, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Verified(ctx); err != nil {
		t.Fatal(err)
	}
	s.Close()
	r, _ := readHeads(dir)
	if r.VerifiedSeq != head.Seq {
		t.Fatalf("verified head %d, want %d", r.VerifiedSeq, head.Seq)
	}
	db := openRaw(t, filepath.Join(dir, DBName))
	defer db.Close()
	if got := verifiedFrom(db, dir); got.Seq != head.Seq {
		t.Fatalf("the check would start from %d, want %d", got.Seq, head.Seq)
	}
}

// verifiedFolder is demoFolder opened once more until its check after
// opening has passed, so that its heads file names a verified head.
func verifiedFolder(t *testing.T) string {
	t.Helper()
	dir := demoFolder(t)
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Verified(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}
