package store

import (
	"bytes"
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// maxListed is how many problems of one kind a report spells out; the rest
// are counted.
const maxListed = 20

// problems collects lines up to maxListed and counts the rest.
type problems struct {
	lines []string
	more  int
}

func (p *problems) add(format string, args ...any) {
	if len(p.lines) < maxListed {
		p.lines = append(p.lines, fmt.Sprintf(format, args...))
		return
	}
	p.more++
}

func (p *problems) list() []string {
	if p.more > 0 {
		return append(p.lines, fmt.Sprintf("另有 %d 处同类问题", p.more))
	}
	return p.lines
}

// hasLedger tells whether the database has the ledger's columns (schema 14
// on); an older backup is checked without them.
func hasLedger(q querier) bool {
	var n int
	q.QueryRow("SELECT count(*) FROM pragma_table_info('audit_log') WHERE name = 'row_hash'").Scan(&n)
	return n > 0
}

// verifyLedger holds every current row of every ledgered table against the
// last entry that wrote it, finds rows written outside the program and not
// yet ledgered, and reports missing or altered guard triggers. It returns
// the rows checked.
func (s *Store) verifyLedger(ctx context.Context) (int64, []string, error) {
	db := s.conn()
	var p problems
	checkTriggers(db, &p)
	if !hasLedger(db) {
		return 0, p.list(), nil
	}
	var dirty int
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM ledger_dirty").Scan(&dirty); err == nil && dirty > 0 {
		p.add("有 %d 行改动没有记入审计日志（在程序之外写入）", dirty)
	}
	var total int64
	for _, t := range ledgerTables {
		n, err := verifyTable(ctx, db, t, &p)
		if err != nil {
			return total, p.list(), classify(err, "核对记录")
		}
		total += n
	}
	return total, p.list(), nil
}

// verifyTable walks table by rowid beside its ledger (the last entry per
// row, read through the audit_log_rows index in the same order), so neither
// side is held in memory.
func verifyTable(ctx context.Context, db pool, table string, p *problems) (int64, error) {
	expr, err := canonSQL(db, table)
	if err != nil {
		return 0, err
	}
	rows, err := db.QueryContext(ctx, "SELECT rowid, "+expr+" FROM "+table+" ORDER BY rowid")
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	led, err := db.QueryContext(ctx, "SELECT row_id, row_hash, max(seq) FROM audit_log WHERE row_table = ? AND row_hash IS NOT NULL GROUP BY row_id ORDER BY row_id", table)
	if err != nil {
		return 0, err
	}
	defer led.Close()
	type ledRow struct {
		id, seq int64
		hash    []byte
	}
	next := func() (ledRow, bool, error) {
		var l ledRow
		if !led.Next() {
			return l, false, led.Err()
		}
		err := led.Scan(&l.id, &l.hash, &l.seq)
		return l, err == nil, err
	}
	absent := rowDigest(table, "", false)
	l, more, err := next()
	if err != nil {
		return 0, err
	}
	var n int64
	for rows.Next() {
		var id int64
		var canon string
		if err := rows.Scan(&id, &canon); err != nil {
			return n, err
		}
		n++
		for more && l.id < id {
			if !bytes.Equal(l.hash, absent) {
				p.add("表 %s 第 %d 行已不在，审计日志第 %d 条记下它仍在（在程序之外删除）", table, l.id, l.seq)
			}
			if l, more, err = next(); err != nil {
				return n, err
			}
		}
		switch {
		case !more || l.id > id:
			p.add("表 %s 第 %d 行在审计日志中没有记录（在程序之外写入）", table, id)
			continue
		case bytes.Equal(l.hash, absent):
			p.add("表 %s 第 %d 行在审计日志第 %d 条已删除，却仍在（在程序之外写入）", table, id, l.seq)
		case !bytes.Equal(l.hash, rowDigest(table, canon, true)):
			p.add("表 %s 第 %d 行与审计日志第 %d 条记下的内容不符（在程序之外被改动）", table, id, l.seq)
		}
		if l, more, err = next(); err != nil {
			return n, err
		}
	}
	if err := rows.Err(); err != nil {
		return n, err
	}
	for ; more; l, more, err = next() {
		if !bytes.Equal(l.hash, absent) {
			p.add("表 %s 第 %d 行已不在，审计日志第 %d 条记下它仍在（在程序之外删除）", table, l.id, l.seq)
		}
	}
	return n, err
}

// checkTriggers reports the guard triggers that are gone or no longer do
// their work: the audit log's append-only pair, and the ledger's three per
// table once the database has the ledger.
func checkTriggers(db pool, p *problems) {
	want := map[string]string{"audit_log_no_update": "RAISE(ABORT", "audit_log_no_delete": "RAISE(ABORT"}
	if hasLedger(db) {
		for _, t := range ledgerTables {
			for _, op := range []string{"ins", "upd", "del"} {
				want["ledger_"+t+"_"+op] = "INTO ledger_dirty VALUES ('" + t + "'"
			}
		}
	}
	have := map[string]string{}
	rows, err := db.Query("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'")
	if err == nil {
		for rows.Next() {
			var name, body string
			if rows.Scan(&name, &body) == nil {
				have[name] = body
			}
		}
		rows.Close()
	}
	for _, name := range slices.Sorted(maps.Keys(want)) {
		body, ok := have[name]
		switch {
		case !ok:
			p.add("保护触发器 %s 不见了（被删除）", name)
		case !strings.Contains(body, want[name]):
			p.add("保护触发器 %s 被改动", name)
		}
	}
}
