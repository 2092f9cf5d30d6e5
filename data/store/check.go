package store

import (
	"context"
	"fmt"

	"huiwu/data"
)

// CheckReport is the outcome of Check: one line per problem, empty when the
// database is sound.
type CheckReport struct {
	Integrity []string // integrity_check lines other than "ok"
	Foreign   []string // foreign_key_check violations
	Audit     AuditReport
}

// OK tells whether every check passed.
func (r CheckReport) OK() bool {
	return len(r.Integrity) == 0 && len(r.Foreign) == 0 && r.Audit.OK()
}

// Check runs SQLite's integrity and foreign-key checks and verifies the
// audit chain.
func (s *Store) Check(ctx context.Context) (CheckReport, error) {
	var r CheckReport
	rows, err := s.conn().QueryContext(ctx, "PRAGMA integrity_check")
	if err != nil {
		return r, classify(err, "完整性检查")
	}
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			rows.Close()
			return r, classify(err, "完整性检查")
		}
		if line != "ok" {
			r.Integrity = append(r.Integrity, line)
		}
	}
	rows.Close()
	fk, err := s.conn().QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return r, classify(err, "外键检查")
	}
	for fk.Next() {
		var table, parent string
		var rowid, idx any
		if err := fk.Scan(&table, &rowid, &parent, &idx); err != nil {
			fk.Close()
			return r, classify(err, "外键检查")
		}
		r.Foreign = append(r.Foreign, fmt.Sprintf("表 %s 第 %v 行引用的 %s 记录不存在", table, rowid, parent))
	}
	fk.Close()
	r.Audit, err = s.VerifyAudit(ctx)
	return r, err
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
