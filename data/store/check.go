package store

import (
	"cmp"
	"context"
	"fmt"
	"runtime"
	"sync"

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
	// SQLite's integrity_check is one statement on one thread and the
	// longest part (most of two seconds on ten years of data): it gets a
	// connection and a core of its own, and the other parts share what the
	// machine has left (checkTrail).
	var integrityErr error
	var wg sync.WaitGroup
	wg.Go(func() { r.Integrity, integrityErr = s.integrity(ctx) })
	foreignErr, chainErr, rowsErr := s.checkTrail(ctx, &r, runtime.NumCPU())
	wg.Wait()
	if err = cmp.Or(integrityErr, foreignErr, chainErr, rowsErr); err != nil {
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

// checkTrail runs Check's parts other than integrity_check on a machine of
// `cores` cores: the foreign keys, the ledger with the anchors, and the
// audit chain. On two cores they run one after the other on the core
// integrity_check leaves: the two sides are then about even (1.8 s of
// integrity_check against 1.7 s of the rest on ten years of data, 3.6 s
// against 3.6 s on twenty), where run at once the three took turns on both
// cores and integrity_check ended last, slowed by the sharing (issue 19).
// With more cores the ledger and the chain's stretches run beside each
// other on the rest.
func (s *Store) checkTrail(ctx context.Context, r *CheckReport, cores int) (foreignErr, chainErr, rowsErr error) {
	r.Foreign, foreignErr = s.foreignKeys(ctx)
	rows := func() {
		if foreignErr == nil {
			r.LedgerRows, r.Ledger, r.Anchors, r.AnchorsChecked, rowsErr = s.verifyRows(ctx)
		}
	}
	if cores <= 2 {
		rows()
		r.Audit, chainErr = s.verifyChain(ctx, coreSplit(cores, 1), false)
		return
	}
	var wg sync.WaitGroup
	wg.Go(rows)
	r.Audit, chainErr = s.verifyChain(ctx, coreSplit(cores, 2), false)
	wg.Wait()
	return
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

// integrity is SQLite's integrity_check, the lines other than "ok".
func (s *Store) integrity(ctx context.Context) ([]string, error) {
	rows, err := s.conn().QueryContext(ctx, "PRAGMA integrity_check")
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
