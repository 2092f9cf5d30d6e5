package store

import (
	"bytes"
	"crypto/sha256"
	"database/sql"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// walkWholeChain is the audit chain checked in one walk, as VerifyAudit did
// before the stretches (FirstBad the entry's place in the chain): the
// reference the stretches must agree with to the field.
func walkWholeChain(t *testing.T, s *Store) AuditReport {
	t.Helper()
	rows, err := s.db.Query("SELECT " + entryCols(s.db) + " FROM audit_log ORDER BY seq")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var r AuditReport
	var e hashInput
	var hash sql.RawBytes
	h := sha256.New()
	prev, sum := []byte{}, make([]byte, 0, sha256.Size)
	for rows.Next() {
		err := e.scan(rows, &hash)
		if err != nil {
			t.Fatal(err)
		}
		r.Entries++
		if r.FirstBad == 0 {
			switch {
			case e.seq != r.Entries:
				r.FirstBad, r.Problem = r.Entries, fmt.Sprintf("序号不连续：应为 %d，实为 %d（有条目被删除或插入）", r.Entries, e.seq)
			case !bytes.Equal(e.prev, prev):
				r.FirstBad, r.Problem = e.seq, "与前一条目的链接不符（条目被删除、调换或伪造）"
			default:
				if sum = chainHash(h, e, sum); !bytes.Equal(sum, hash) {
					r.FirstBad, r.Problem = e.seq, "内容与哈希不符（条目被修改）"
				}
			}
		}
		prev = append(prev[:0], hash...)
		r.Head.Seq = e.seq
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if r.Entries > 0 {
		r.Head.Hash = prev
	}
	return r
}

// storeWithEntries is a store whose log holds `notes` entries more than a
// new database's, the audit triggers dropped so that a test can tamper
// with it.
func storeWithEntries(t *testing.T, notes int) *Store {
	t.Helper()
	s := openTemp(t)
	err := s.tx(ctx, func(tx *Tx) error {
		for i := range notes {
			if err := s.audit(tx, "test.note", "note", int64(i), map[string]int{"i": i}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete"); err != nil {
		t.Fatal(err)
	}
	return s
}

// copyOfStore is a copy of s's database as a bare store, enough for the
// chain's checks: each tampering starts from the same log without writing
// thousands of entries again.
func copyOfStore(t *testing.T, s *Store) *Store {
	t.Helper()
	path := filepath.Join(t.TempDir(), DBName)
	if _, err := s.db.Exec("VACUUM INTO ?", path); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite3", DSN(path))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return &Store{db: db, path: path}
}

// forgeLink gives entry seq another prev_hash (the hash of entry linkTo)
// and a hash recomputed over it, as a forger who cannot mend the link
// would.
func forgeLink(t *testing.T, s *Store, seq, linkTo int64) {
	t.Helper()
	rows, err := s.db.Query("SELECT "+entryCols(s.db)+" FROM audit_log WHERE seq = ?", seq)
	if err != nil {
		t.Fatal(err)
	}
	var e auditEntry
	if !rows.Next() {
		t.Fatalf("no entry %d", seq)
	}
	if err := scanEntry(rows, &e); err != nil {
		t.Fatal(err)
	}
	rows.Close()
	if err := s.db.QueryRow("SELECT hash FROM audit_log WHERE seq = ?", linkTo).Scan(&e.PrevHash); err != nil {
		t.Fatal(err)
	}
	e.Hash = entryHash(e)
	if _, err := s.db.Exec("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", e.PrevHash, e.Hash, seq); err != nil {
		t.Fatal(err)
	}
}

func TestAuditChainInStretchesAgreesWithOneWalk(t *testing.T) {
	const notes = 3000
	base := storeWithEntries(t, notes)
	head := walkWholeChain(t, base).Head.Seq
	// The stretches of a four-way split of the untouched log: tampering is
	// put at and beside their boundaries.
	b := stretchBounds(1, head, chainSplit{stretches: 4, least: 1})
	mid := b[1][0] + 100
	type tamper struct {
		name string
		sql  []string
		// a few reports checked by hand as well: the first bad entry and a
		// part of its reason (0: the chain verifies)
		bad     int64
		problem string
	}
	change := func(seq int64) string {
		return fmt.Sprintf("UPDATE audit_log SET detail = '{\"forged\":1}' WHERE seq = %d", seq)
	}
	del := func(seq int64) string { return fmt.Sprintf("DELETE FROM audit_log WHERE seq = %d", seq) }
	renumber := func(from, to int64) string {
		return fmt.Sprintf("UPDATE audit_log SET seq = %d WHERE seq = %d", to, from)
	}
	tests := []tamper{
		{name: "untouched"},
		{name: "changed field", sql: []string{change(mid)}, bad: mid, problem: "内容与哈希不符"},
		{name: "deleted entry", sql: []string{del(mid)}, bad: mid, problem: fmt.Sprintf("应为 %d，实为 %d", mid, mid+1)},
		{name: "two swapped", sql: []string{renumber(mid, -1), renumber(mid+1, mid), renumber(-1, mid+1)}, bad: mid, problem: "链接不符"},
		{name: "first renumbered to 0", sql: []string{renumber(1, 0)}, bad: 1, problem: "应为 1，实为 0"},
		{name: "first deleted", sql: []string{del(1)}, bad: 1, problem: "应为 1，实为 2"},
		{name: "renumbered past the head", sql: []string{renumber(mid, 1_000_000)}, bad: mid, problem: fmt.Sprintf("应为 %d，实为 %d", mid, mid+1)},
		{name: "renumbered before the first", sql: []string{renumber(mid, -7)}, bad: 1, problem: "应为 1，实为 -7"},
		{name: "forged prev link", bad: mid, problem: "链接不符"},
		{name: "changed first of a stretch", sql: []string{change(b[1][0])}, bad: b[1][0], problem: "内容与哈希不符"},
		{name: "changed last of a stretch", sql: []string{change(b[1][1])}, bad: b[1][1], problem: "内容与哈希不符"},
		{name: "deleted first of a stretch", sql: []string{del(b[2][0])}, bad: b[2][0]},
		{name: "deleted last of a stretch", sql: []string{del(b[0][1])}, bad: b[0][1]},
		{name: "forged link at a boundary", bad: b[2][0], problem: "链接不符"},
		{name: "changed in the last stretch", sql: []string{change(b[3][0] + 5)}, bad: b[3][0] + 5},
		{name: "head changed", sql: []string{change(head)}, bad: head},
		{name: "head deleted", sql: []string{del(head)}},
		{name: "two bad in different stretches", sql: []string{change(b[3][0] + 3), change(b[1][0] + 3)}, bad: b[1][0] + 3, problem: "内容与哈希不符"},
		{name: "deleted later, changed earlier", sql: []string{del(b[2][0] + 2), change(b[0][0] + 10)}, bad: b[0][0] + 10, problem: "内容与哈希不符"},
		{name: "changed later, deleted earlier", sql: []string{change(b[2][0] + 2), del(b[1][1])}, bad: b[1][1], problem: "序号不连续"},
		{name: "all deleted", sql: []string{"DELETE FROM audit_log"}},
	}
	splits := []chainSplit{{1, 1}, {2, 1}, {3, 1}, {4, 1}, {7, 1}, {16, 1}, cpuSplit(0)}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := copyOfStore(t, base)
			for _, q := range tt.sql {
				if _, err := s.db.Exec(q); err != nil {
					t.Fatal(err)
				}
			}
			switch tt.name {
			case "forged prev link":
				forgeLink(t, s, mid, mid-2)
			case "forged link at a boundary":
				forgeLink(t, s, b[2][0], b[1][0])
			}
			want := walkWholeChain(t, s)
			if want.FirstBad != tt.bad || !strings.Contains(want.Problem, tt.problem) {
				t.Fatalf("one walk: %+v, want first bad %d (%s)", want, tt.bad, tt.problem)
			}
			for i, split := range splits {
				// one split at the background check's low priority
				got, err := s.verifyChain(ctx, split, i == 2)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("split %+v: %+v, one walk %+v", split, got, want)
				}
			}
			if got, err := s.VerifyAudit(ctx); err != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("VerifyAudit: %+v (%v), one walk %+v", got, err, want)
			}
		})
	}
}

// The split of the seq range: every seq in exactly one stretch, in order,
// none shorter than asked, and a range forged too wide left whole.
func TestStretchBounds(t *testing.T) {
	tests := []struct {
		lo, hi int64
		split  chainSplit
		want   [][2]int64
	}{
		{1, 10, chainSplit{3, 1}, [][2]int64{{1, 3}, {4, 6}, {7, 10}}},
		{1, 10, chainSplit{3, 4}, [][2]int64{{1, 5}, {6, 10}}},
		{1, 10, chainSplit{3, 20}, [][2]int64{{1, 10}}},
		{0, 3, chainSplit{8, 1}, [][2]int64{{0, 0}, {1, 1}, {2, 2}, {3, 3}}},
		{-5, 4, chainSplit{2, 0}, [][2]int64{{-5, -1}, {0, 4}}},
		{7, 7, chainSplit{4, 1}, [][2]int64{{7, 7}}},
		{1, 1 << 50, chainSplit{4, 1}, [][2]int64{{1, 1 << 50}}},
		{-1 << 63, 1<<63 - 1, chainSplit{4, 1}, [][2]int64{{-1 << 63, 1<<63 - 1}}},
	}
	for _, tt := range tests {
		if got := stretchBounds(tt.lo, tt.hi, tt.split); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("stretchBounds(%d, %d, %+v) = %v, want %v", tt.lo, tt.hi, tt.split, got, tt.want)
		}
	}
}

// A log where every entry but the seeded ones was written by this test
// reports its head as Head does.
func TestAuditChainHeadIsTheStoresHead(t *testing.T) {
	s := storeWithEntries(t, 500)
	h, err := s.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	r, err := s.verifyChain(ctx, chainSplit{5, 1}, false)
	if err != nil {
		t.Fatal(err)
	}
	if !r.OK() || r.Entries != h.Seq || !reflect.DeepEqual(r.Head, h) {
		t.Fatalf("report %+v, head %v", r, h)
	}
}
