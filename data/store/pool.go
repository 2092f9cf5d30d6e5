package store

import (
	"context"
	"database/sql"
)

// pool is the live connection pool as the store's methods use it. Restore
// closes the pool and opens a new one on the restored file while holding
// s.mu; each call here starts under the read side of that lock, so it
// either starts on the old pool before the swap — and Restore then waits
// for its rows or transaction to end — or on the new pool after. A
// background reader (the hourly backup, the lapse check) never meets a
// closed pool. Taking *sql.DB once and calling it later would.
type pool struct{ s *Store }

// conn is the pool; see pool.
func (s *Store) conn() pool { return pool{s} }

// db is the current *sql.DB, for Close and DB, which do not query.
func (p pool) db() *sql.DB {
	p.s.mu.RLock()
	defer p.s.mu.RUnlock()
	return p.s.db
}

func (p pool) Close() error { return p.db().Close() }

func (p pool) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	p.s.mu.RLock()
	defer p.s.mu.RUnlock()
	return p.s.db.QueryContext(ctx, q, args...)
}

func (p pool) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	p.s.mu.RLock()
	defer p.s.mu.RUnlock()
	return p.s.db.QueryRowContext(ctx, q, args...)
}

func (p pool) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	p.s.mu.RLock()
	defer p.s.mu.RUnlock()
	return p.s.db.ExecContext(ctx, q, args...)
}

func (p pool) Query(q string, args ...any) (*sql.Rows, error) {
	return p.QueryContext(context.Background(), q, args...)
}

func (p pool) BeginTx(ctx context.Context, opts *sql.TxOptions) (*sql.Tx, error) {
	p.s.mu.RLock()
	defer p.s.mu.RUnlock()
	return p.s.db.BeginTx(ctx, opts)
}

// QueryRow runs a one-row query on the live pool (the ledger's checks take
// a querier).
func (p pool) QueryRow(q string, args ...any) *sql.Row {
	return p.QueryRowContext(context.Background(), q, args...)
}
