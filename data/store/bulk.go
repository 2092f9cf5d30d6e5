package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"huiwu/data"
)

// Bulk is one transaction of a bulk load (the generated decade of `huiwu demo
// --years`). Writing hundreds of thousands of rows through the services, each
// in its own transaction with its own audit-head lookup, takes far too long;
// a Bulk keeps prepared statements and the audit head in memory instead, and
// appends each entry with the same entryHash the services use, so the chain
// verifies exactly as if the rows had been written one by one.
type Bulk struct {
	s     *Store
	tx    *Tx
	stmts map[string]*sql.Stmt
	seq   int64
	head  []byte
	last  string // the newest entry's time, for the rows ledgered at the end
}

// BulkLoad runs fn in one transaction: every row fn inserts and every audit
// entry it appends commit together or not at all.
func (s *Store) BulkLoad(ctx context.Context, fn func(b *Bulk) error) error {
	if s.ReadOnly {
		return data.Errorf(data.EInvalid, "数据文件以只读方式打开，不能写入")
	}
	return s.tx(ctx, func(tx *Tx) error {
		b := &Bulk{s: s, tx: tx, stmts: map[string]*sql.Stmt{}}
		defer b.close()
		var err error
		if b.seq, b.head, err = auditHead(tx); err != nil {
			return err
		}
		b.last = s.Now().UTC().Format(time.RFC3339Nano)
		if err := fn(b); err != nil {
			return err
		}
		// rows written after the last entry are ledgered at the load's own
		// time, so that a seed's file stays the same on every run
		return flushLedger(tx, b.last, s.actor())
	})
}

func (b *Bulk) close() {
	for _, st := range b.stmts {
		st.Close()
	}
}

// Insert adds one row to table and returns its rowid. cols are fixed by the
// caller's code, never user input; they are checked anyway because they are
// spliced into the statement text.
func (b *Bulk) Insert(table string, cols []string, vals ...any) (int64, error) {
	if len(cols) != len(vals) {
		return 0, fmt.Errorf("bulk insert %s: %d columns, %d values", table, len(cols), len(vals))
	}
	key := table + "(" + strings.Join(cols, ",") + ")"
	st, ok := b.stmts[key]
	if !ok {
		for _, id := range append([]string{table}, cols...) {
			if !plainIdent(id) {
				return 0, fmt.Errorf("bulk insert: bad identifier %q", id)
			}
		}
		q := "INSERT INTO " + key + " VALUES (" + strings.TrimSuffix(strings.Repeat("?,", len(cols)), ",") + ")"
		var err error
		if st, err = b.tx.Prepare(q); err != nil {
			return 0, fmt.Errorf("bulk prepare %s: %w", table, err)
		}
		b.stmts[key] = st
	}
	res, err := st.Exec(vals...)
	if err != nil {
		return 0, fmt.Errorf("bulk insert %s: %w", table, err)
	}
	return res.LastInsertId()
}

// Audit appends an entry recorded at the moment the change happened in the
// generated history (not the moment of the load), so the log reads like the
// decade it describes and the file is the same on every run of a seed.
func (b *Bulk) Audit(at time.Time, action, entity string, id int64, detail any) error {
	d, err := json.Marshal(detail)
	if err != nil {
		return fmt.Errorf("audit detail: %w", err)
	}
	e := auditEntry{At: at.UTC().Format(time.RFC3339Nano), Actor: b.s.actor(), Action: action, Entity: entity, EntityID: id, Detail: string(d)}
	entries, err := ledgered(b.tx, e)
	if err != nil {
		return err
	}
	b.seq, b.head, err = appendEntries(b.tx, entries, b.seq, b.head)
	b.last = e.At
	return err
}

// Exec runs one statement in the load's transaction, for the few updates a
// generated history needs (a meeting's minutes link, a counter).
func (b *Bulk) Exec(q string, args ...any) error {
	_, err := b.tx.Exec(q, args...)
	return err
}

// QueryIDs returns the first column of q's rows, for reading back the roster
// the load builds on.
func (b *Bulk) QueryIDs(q string, args ...any) ([]int64, error) {
	return firstColumn[int64](b.tx.ctx, b.tx, q, args...)
}

// QueryStrings is QueryIDs for a text column.
func (b *Bulk) QueryStrings(q string, args ...any) ([]string, error) {
	return firstColumn[string](b.tx.ctx, b.tx, q, args...)
}

func plainIdent(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if (r < 'a' || r > 'z') && r != '_' && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}
