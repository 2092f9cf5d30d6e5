package store

import "database/sql"

// rowsQuerier is what a read of related rows needs: a *Tx, or a
// preparedTx when the same read runs for many rows.
type rowsQuerier interface {
	Query(query string, args ...any) (*sql.Rows, error)
}

// preparedTx is a transaction that prepares each distinct query once. A
// list that reads the same few related tables for each of thousands of
// records (the 议题 list: units, checks, materials and moves of about 3,000
// topics a year) otherwise has SQLite parse and plan the same text every
// time, which was a third of its reading. The statements belong to the
// transaction and are closed with it.
type preparedTx struct {
	*Tx
	stmts map[string]*sql.Stmt
}

func newPreparedTx(tx *Tx) *preparedTx {
	return &preparedTx{Tx: tx, stmts: map[string]*sql.Stmt{}}
}

// Query runs q as a statement prepared on its first use in this transaction.
func (p *preparedTx) Query(q string, args ...any) (*sql.Rows, error) {
	st, ok := p.stmts[q]
	if !ok {
		var err error
		if st, err = p.Prepare(q); err != nil {
			return nil, err
		}
		p.stmts[q] = st
	}
	return st.Query(args...)
}
