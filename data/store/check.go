package store

import (
	"cmp"
	"context"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"huiwu/data"
)

// CheckReport is the outcome of Check: one line per problem, empty when the
// database is sound.
type CheckReport struct {
	Integrity []string // integrity_check lines other than "ok"
	Foreign   []string // foreign_key_check violations
	Audit     AuditReport
	// Ledger are rows that do not match the last entry that wrote them,
	// rows written outside the program, and guard triggers gone or altered.
	Ledger     []string
	LedgerRows int64
	// Anchors are heads recorded outside the file that the log contradicts.
	Anchors        []string
	AnchorsChecked int
}

// OK tells whether every check passed.
func (r CheckReport) OK() bool {
	return len(r.Integrity) == 0 && len(r.Foreign) == 0 && r.Audit.OK() && len(r.Ledger) == 0 && len(r.Anchors) == 0
}

// Check runs SQLite's integrity and foreign-key checks, verifies the audit
// chain, holds every business row to its last entry and the log to the
// heads recorded outside the file. A data folder's check that passes
// records the head it verified.
func (s *Store) Check(ctx context.Context) (r CheckReport, err error) {
	// The check after opening does a part of this one: it gives way, and
	// this one settles whether writes may go ahead.
	s.stopVerify()
	defer func() { s.settleFromCheck(r, err) }()
	if err = s.checkOn(ctx, &r, runtime.NumCPU()); err != nil {
		return r, err
	}
	if len(r.Integrity) == 0 && r.Audit.OK() {
		s.headsMu.Lock()
		s.verified = r.Audit.Head
		s.headsMu.Unlock()
	}
	if r.OK() {
		if err := s.recordHead(ctx); err != nil {
			return r, data.Wrap(data.EInternal, err, "无法写入审计头记录：%v", err)
		}
	}
	return r, nil
}

// checkOn runs Check's parts on a machine of `cores` cores. SQLite's
// integrity_check was one statement on one thread, most of two seconds on
// ten years of data, and the rest of the check could only share the other
// core (issue 19). It is now cut in two that together check the same: the
// statement on a plain connection (plain_conn.go: every page and b-tree,
// the search index's tables among them) and the search index's own check,
// one statement per virtual table. Those, the foreign keys, the ledger, the
// anchors and the chain's stretches are jobs the cores take one after
// another, each core the next job as it ends one (runJobs). Each job fills
// its own part of the report, so the report is the same on any number of
// cores.
func (s *Store) checkOn(ctx context.Context, r *CheckReport, cores int) error {
	stretches, err := s.startStretches(ctx, coreSplit(cores, 0))
	if err != nil {
		return classify(err, "读取审计日志")
	}
	defer closeRows(stretches)
	vtabs, err := virtualTables(ctx, s.conn())
	if err != nil {
		return classify(err, "完整性检查")
	}
	var plain []string
	var plainErr, foreignErr, ledgerErr, anchorsErr error
	searchLines, searchErrs := make([][]string, len(vtabs)), make([]error, len(vtabs))
	chain, chainErrs := make([]stretchReport, len(stretches)), make([]error, len(stretches))
	// The stretches go first: their statements are open already, and one
	// waiting behind other jobs would hold its connection. The rest go
	// longest first; the costs are hundredths of a second measured on ten
	// years of data, for the order only.
	var jobs []func()
	for i, rows := range stretches {
		jobs = append(jobs, func() { chain[i], chainErrs[i] = walkStretch(rows) })
	}
	rest := []checkJob{
		{62, func() { plain, plainErr = s.plainIntegrity(ctx) }},
		{55, func() { r.LedgerRows, r.Ledger, ledgerErr = s.verifyLedger(ctx) }},
		{7, func() { r.Foreign, foreignErr = s.foreignKeys(ctx) }},
		{5, func() { r.Anchors, r.AnchorsChecked, anchorsErr = s.checkAnchors(ctx) }},
	}
	for i, v := range vtabs {
		rest = append(rest, checkJob{searchCost(v), func() { searchLines[i], searchErrs[i] = s.integrity(ctx, v) }})
	}
	slices.SortStableFunc(rest, func(a, b checkJob) int { return cmp.Compare(b.cost, a.cost) })
	for _, j := range rest {
		jobs = append(jobs, j.run)
	}
	runJobs(cores, jobs)
	// A damaged file fails several parts at once: the error told is the one
	// SQLite's own checks met, else the trail's, whichever part ended first.
	if err := cmp.Or(slices.Concat([]error{plainErr}, searchErrs, []error{foreignErr})...); err != nil {
		return err
	}
	if err := cmp.Or(chainErrs...); err != nil {
		return classify(err, "读取审计日志")
	}
	if err := cmp.Or(ledgerErr, anchorsErr); err != nil {
		return err
	}
	r.Integrity = slices.Concat(append([][]string{plain}, searchLines...)...)
	r.Audit = joinStretches(chain)
	return nil
}

// searchCost is a virtual table's integrity check's cost, as checkJob's:
// the text index re-reads every text it holds; the index of grams holds no
// text and is about a third of that.
func searchCost(table string) int {
	if table == "search_grams" {
		return 18
	}
	return 62
}

// checkJob is one part of the check and what it costs, in any unit shared
// by the jobs run together.
type checkJob struct {
	cost int
	run  func()
}

// runJobs runs jobs on `cores` goroutines in the order given, each
// goroutine taking the next job as it ends one.
func runJobs(cores int, jobs []func()) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(max(cores, 1), len(jobs)) {
		wg.Go(func() {
			for i := next.Add(1) - 1; i < int64(len(jobs)); i = next.Add(1) - 1 {
				jobs[i]()
			}
		})
	}
	wg.Wait()
}

// VerifyTrail is Check without SQLite's own checks: the audit chain, every
// business row against its last entry, and the heads recorded outside the
// file (`huiwu audit verify`).
func (s *Store) VerifyTrail(ctx context.Context) (CheckReport, error) {
	var r CheckReport
	err := s.verifyTrail(ctx, &r)
	return r, err
}

func (s *Store) verifyTrail(ctx context.Context, r *CheckReport) error {
	var err error
	if r.Audit, err = s.VerifyAudit(ctx); err != nil {
		return err
	}
	r.LedgerRows, r.Ledger, r.Anchors, r.AnchorsChecked, err = s.verifyRows(ctx)
	return err
}

// verifyRows holds every business row to its last entry and the log to the
// heads recorded outside the file.
func (s *Store) verifyRows(ctx context.Context) (rows int64, ledger, anchors []string, checked int, err error) {
	if rows, ledger, err = s.verifyLedger(ctx); err != nil {
		return
	}
	anchors, checked, err = s.checkAnchors(ctx)
	return
}

// plainIntegrity is SQLite's integrity_check on a plain connection: the
// whole file but the search index's own check (plain_conn.go).
func (s *Store) plainIntegrity(ctx context.Context) ([]string, error) {
	db, err := s.openPlain()
	if err != nil {
		return nil, classify(err, "完整性检查")
	}
	defer db.Close()
	return integrityLines(ctx, db, "PRAGMA integrity_check")
}

// integrity is SQLite's integrity_check of one virtual table: the search
// index's own check, which a plain connection skips. The name is bound, not
// written into the statement: it is read from the file, which may have been
// altered. A name that is not one the program gives (a number would be read
// as the check's limit of lines) is told, not checked.
func (s *Store) integrity(ctx context.Context, table string) ([]string, error) {
	if !plainIdent(table) || table[0] <= '9' {
		return []string{fmt.Sprintf("虚拟表 %q 不是本程序建立的，未检查", table)}, nil
	}
	return integrityLines(ctx, s.conn(), "SELECT * FROM pragma_integrity_check(?)", table)
}

// integrityLines runs an integrity_check statement and returns its lines
// other than "ok".
func integrityLines(ctx context.Context, q reader, stmt string, args ...any) ([]string, error) {
	rows, err := q.QueryContext(ctx, stmt, args...)
	if err != nil {
		return nil, classify(err, "完整性检查")
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return out, classify(err, "完整性检查")
		}
		if line != "ok" {
			out = append(out, line)
		}
	}
	return out, classify2(rows.Err(), "完整性检查")
}

// virtualTables are the database's virtual tables (the search index's), in
// name order.
func virtualTables(ctx context.Context, q reader) ([]string, error) {
	return firstColumn[string](ctx, q, "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")
}

// foreignKeys is SQLite's foreign_key_check, one line per violation.
func (s *Store) foreignKeys(ctx context.Context) ([]string, error) {
	fk, err := s.conn().QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return nil, classify(err, "外键检查")
	}
	defer fk.Close()
	var out []string
	for fk.Next() {
		var table, parent string
		var rowid, idx any
		if err := fk.Scan(&table, &rowid, &parent, &idx); err != nil {
			return out, classify(err, "外键检查")
		}
		out = append(out, fmt.Sprintf("表 %s 第 %v 行引用的 %s 记录不存在", table, rowid, parent))
	}
	return out, classify2(fk.Err(), "外键检查")
}

// classify2 is classify that keeps nil nil.
func classify2(err error, doing string) error {
	if err == nil {
		return nil
	}
	return classify(err, doing)
}

// Status reports where the data lives, its schema version, the audit head
// and the roster's size.
func (s *Store) Status(ctx context.Context) (data.Status, error) {
	st := data.Status{DataDir: s.dir, DBPath: s.path}
	err := s.conn().QueryRowContext(ctx, "SELECT (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM units), (SELECT count(*) FROM people)").
		Scan(&st.SchemaVersion, &st.Units, &st.People)
	if err != nil {
		return st, classify(err, "读取状态")
	}
	st.Head, err = s.Head(ctx)
	return st, err
}

// Empty tells whether the database holds no roster yet (first start).
func (s *Store) Empty(ctx context.Context) (bool, error) {
	var n int
	if err := s.conn().QueryRowContext(ctx, "SELECT count(*) FROM units").Scan(&n); err != nil {
		return false, classify(err, "读取单位")
	}
	return n == 0, nil
}
