package store

import (
	"crypto/sha256"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"huiwu/data"
)

// The row ledger. Every audit entry that writes a business row carries the
// row's table, rowid and a SHA-256 of its content, read back in the same
// transaction (the way SQL Server's ledger tables and immudb tie each row
// version to the log). The rows come from ledger_dirty, which triggers fill
// on every insert, update and delete of a ledgered table, so a row written by
// a cascade, after the audit call or under another record's entry is ledgered
// too: the entry the caller asked for carries its own record's row when that
// was written, and each other written row gets an entry of its own
// (ledger.row). `check` then holds every current row against the last entry
// that wrote it.

// ledgerTables are the business tables whose every row is in the ledger:
// the records a user names (units, people, meetings, topics, minutes, tasks,
// documents and the rest with an id of their own).
var ledgerTables = []string{"units", "people", "delegations", "meetings", "leave_requests", "meeting_plan", "documents", "normative_plan", "topics", "minutes", "minutes_phrases", "tasks"}

// entityTables maps the audit log's entity names to their tables.
var entityTables = map[string]string{
	"unit": "units", "person": "people", "delegation": "delegations", "meeting": "meetings",
	"leave": "leave_requests", "plan": "meeting_plan", "document": "documents",
	"normative_plan": "normative_plan", "topic": "topics", "minutes": "minutes",
	"minutes_phrase": "minutes_phrases", "task": "tasks",
}

// tableEntities is entityTables the other way round, for ledger.row entries.
var tableEntities = func() map[string]string {
	m := map[string]string{}
	for e, t := range entityTables {
		m[t] = e
	}
	return m
}()

// querier is what the ledger needs of a transaction or a pool.
type querier interface {
	Query(q string, args ...any) (*sql.Rows, error)
	QueryRow(q string, args ...any) *sql.Row
}

// canonSQL is the expression that renders a row of table as text: every
// column by name with SQLite's quote() of its value, which is exact for
// every type (text quoted, blobs in hex, reals to 17 digits), in the
// table's column order, joined by char(31). One concat_ws builds the text
// in one pass (quote() is never NULL, so none is skipped): a chain of ||
// copied the text built so far at every column, two fifths of the
// ledger's check of a wide table (issue 19).
func canonSQL(q querier, table string) (string, error) {
	rows, err := q.Query("SELECT name FROM pragma_table_info(?) ORDER BY cid", table)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	var parts []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return "", err
		}
		if !plainIdent(name) {
			return "", fmt.Errorf("ledger: column %q of %s", name, table)
		}
		parts = append(parts, fmt.Sprintf("'%s=' || quote(\"%s\")", name, name))
	}
	if err := rows.Err(); err != nil {
		return "", err
	}
	if len(parts) == 0 {
		return "", fmt.Errorf("ledger: no table %s", table)
	}
	return "concat_ws(char(31), " + strings.Join(parts, ", ") + ")", nil
}

// rowDigest is the hash of a row's canonical text; absent rows (deleted)
// have a digest of their own that no content can produce.
func rowDigest(table, canon string, present bool) []byte {
	h := sha256.New()
	h.Write([]byte("huiwu-row\x00" + table + "\x00"))
	if present {
		h.Write([]byte{1})
		h.Write([]byte(canon))
	} else {
		h.Write([]byte{0})
	}
	return h.Sum(nil)
}

// rowHash reads one row back and hashes it.
func rowHash(q querier, table string, rid int64) ([]byte, error) {
	expr, err := canonSQL(q, table)
	if err != nil {
		return nil, err
	}
	var canon string
	err = q.QueryRow("SELECT "+expr+" FROM "+table+" WHERE rowid = ?", rid).Scan(&canon)
	if err == sql.ErrNoRows {
		return rowDigest(table, "", false), nil
	}
	if err != nil {
		return nil, fmt.Errorf("ledger row %s %d: %w", table, rid, err)
	}
	return rowDigest(table, canon, true), nil
}

// ledgered turns the caller's entry into the entries to append: the caller's
// own, carrying its record's row if this transaction wrote it, then one
// ledger.row entry per other row written, each with the hash of the row as
// it now stands. It empties ledger_dirty. Seq, PrevHash and Hash are left to
// appendEntries. A database from before the ledger (a migration's middle
// steps) has no ledger_dirty: the entry goes in as it is.
func ledgered(tx *Tx, e auditEntry) ([]auditEntry, error) {
	type key struct {
		tbl string
		rid int64
	}
	rows, err := tx.Query("SELECT tbl, rid FROM ledger_dirty ORDER BY tbl, rid")
	if err != nil {
		if !txTableExists(tx, "ledger_dirty") {
			e.noLedger = true
			return []auditEntry{e}, nil
		}
		return nil, fmt.Errorf("ledger: %w", err)
	}
	var dirty []key
	for rows.Next() {
		var k key
		if err := rows.Scan(&k.tbl, &k.rid); err != nil {
			rows.Close()
			return nil, fmt.Errorf("ledger: %w", err)
		}
		dirty = append(dirty, k)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("ledger: %w", err)
	}
	if len(dirty) == 0 {
		return []auditEntry{e}, nil
	}
	if _, err := tx.Exec("DELETE FROM ledger_dirty"); err != nil {
		return nil, fmt.Errorf("ledger: %w", err)
	}
	out := []auditEntry{e}
	own := key{entityTables[e.Entity], e.EntityID}
	for _, k := range dirty {
		h, err := rowHash(tx, k.tbl, k.rid)
		if err != nil {
			return nil, err
		}
		if k == own {
			out[0].RowTable, out[0].RowID, out[0].RowHash = k.tbl, k.rid, h
			continue
		}
		entity := tableEntities[k.tbl]
		if entity == "" {
			entity = k.tbl
		}
		out = append(out, auditEntry{
			At: e.At, Actor: e.Actor, Action: "ledger.row", Entity: entity, EntityID: k.rid,
			Detail: fmt.Sprintf(`{"with":%q}`, e.Action), RowTable: k.tbl, RowID: k.rid, RowHash: h,
		})
	}
	return out, nil
}

func txTableExists(tx *Tx, name string) bool {
	var n int
	tx.QueryRow("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?", name).Scan(&n)
	return n > 0
}

// appendEntries chains entries on from the head (seq, prev) and inserts
// them, returning the new head.
func appendEntries(tx *Tx, entries []auditEntry, seq int64, prev []byte) (int64, []byte, error) {
	for _, e := range entries {
		seq++
		e.Seq, e.PrevHash = seq, prev
		e.Hash = entryHash(e)
		var err error
		if e.noLedger {
			_, err = tx.Exec(`INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, detail, prev_hash, hash)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, e.Seq, e.At, e.Actor, e.Action, e.Entity, e.EntityID, e.Detail, e.PrevHash, e.Hash)
		} else {
			// an entry without a row stores NULLs, as entries from before the ledger do
			var tbl, rid any
			if e.RowHash != nil {
				tbl, rid = e.RowTable, e.RowID
			}
			_, err = tx.Exec(`INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, detail, prev_hash, hash, row_table, row_id, row_hash)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, e.Seq, e.At, e.Actor, e.Action, e.Entity, e.EntityID, e.Detail, e.PrevHash, e.Hash, tbl, rid, e.RowHash)
		}
		if err != nil {
			return 0, nil, fmt.Errorf("audit append: %w", err)
		}
		prev = e.Hash
	}
	return seq, prev, nil
}

// auditHead is the newest entry's sequence and hash inside tx (0 and empty
// for an empty log).
func auditHead(tx *Tx) (int64, []byte, error) {
	var seq int64
	var hash []byte
	err := tx.QueryRow("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").Scan(&seq, &hash)
	switch {
	case err == sql.ErrNoRows:
		return 0, []byte{}, nil
	case err != nil:
		return 0, nil, fmt.Errorf("audit head: %w", err)
	}
	return seq, hash, nil
}

// txHead is auditHead as the data package's type; a database without an
// audit log yet (a new file before its first migration) has none.
func txHead(tx *Tx) (data.AuditHead, error) {
	seq, hash, err := auditHead(tx)
	if err != nil && !txTableExists(tx, "audit_log") {
		return data.AuditHead{}, nil
	}
	return data.AuditHead{Seq: seq, Hash: hash}, err
}

// flushLedger ledgers the rows a transaction wrote after its last audit
// entry (a meeting's link set after its entry, say), each in a ledger.row
// entry, so that no committed row is left out of the ledger.
func flushLedger(tx *Tx, at, actor string) error {
	var any int
	if err := tx.QueryRow("SELECT count(*) FROM (SELECT 1 FROM ledger_dirty LIMIT 1)").Scan(&any); err != nil || any == 0 {
		return nil // none written, or a database from before the ledger
	}
	entries, err := ledgered(tx, auditEntry{At: at, Actor: actor, Action: "commit"})
	if err != nil {
		return err
	}
	seq, prev, err := auditHead(tx)
	if err != nil {
		return err
	}
	_, _, err = appendEntries(tx, entries[1:], seq, prev)
	return err
}

// ledgerStart records the ledger's starting point when a migration has put
// rows into ledger_dirty (0014 puts every existing row there): one
// ledger.start entry and a ledger.row entry per row as it stands, so that
// rows written before the ledger are held to it like any other.
func (s *Store) ledgerStart(tx *Tx, version int) error {
	var n int
	if err := tx.QueryRow("SELECT count(*) FROM ledger_dirty").Scan(&n); err != nil || n == 0 {
		return nil // no ledger yet, or nothing to record
	}
	var entries int
	if err := tx.QueryRow("SELECT count(*) FROM audit_log").Scan(&entries); err != nil {
		return err
	}
	if entries == 0 {
		// A new file's rows are the ones its migrations seed: dated at the
		// epoch, not the clock, so that the same steps give the same file
		// (the generated decade repeats per seed).
		now := tx.now
		tx.now = time.Unix(0, 0)
		defer func() { tx.now = now }()
	}
	return s.audit(tx, "ledger.start", "database", 0, map[string]int{"schema": version, "rows": n})
}
