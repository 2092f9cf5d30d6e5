package store

import (
	"context"
	"database/sql"
	"time"
)

// Tx is one transaction of the store. Every query of it runs with the
// context of the call that opened it, so that a cancelled call stops its
// queries, and the whole transaction reads the clock once: every row and
// audit entry one change writes carries the same time.
type Tx struct {
	*sql.Tx
	ctx context.Context
	now time.Time
}

// Exec runs a statement with the transaction's context.
func (t *Tx) Exec(query string, args ...any) (sql.Result, error) {
	return t.ExecContext(t.ctx, query, args...)
}

// Query runs a query with the transaction's context.
func (t *Tx) Query(query string, args ...any) (*sql.Rows, error) {
	return t.QueryContext(t.ctx, query, args...)
}

// QueryRow runs a one-row query with the transaction's context.
func (t *Tx) QueryRow(query string, args ...any) *sql.Row {
	return t.QueryRowContext(t.ctx, query, args...)
}

// Prepare prepares a statement with the transaction's context.
func (t *Tx) Prepare(query string) (*sql.Stmt, error) {
	return t.PrepareContext(t.ctx, query)
}

// Now is the transaction's one reading of the store's clock.
func (t *Tx) Now() time.Time { return t.now }

// stamp is Now as the store writes a moment (updated_at and the like).
func (t *Tx) stamp() string { return t.now.UTC().Format("2006-01-02T15:04:05Z") }
