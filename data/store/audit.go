package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"strconv"
	"strings"
	"time"

	"huiwu/data"
)

// auditEntry is one row of the audit log.
type auditEntry struct {
	Seq      int64
	At       string
	Actor    string
	Action   string
	Entity   string
	EntityID int64
	Detail   string
	PrevHash []byte
	Hash     []byte
	// The row the entry wrote (ledger.go); RowHash is nil for entries that
	// wrote none and for entries from before the ledger.
	RowTable string
	RowID    int64
	RowHash  []byte
	noLedger bool // the database has no ledger columns yet
}

// entryHash is SHA-256 over the previous hash and every field of the entry,
// each length-prefixed so that no two different entries hash alike by moving
// bytes from one field into the next.
func entryHash(e auditEntry) []byte {
	return chainHash(sha256.New(), hashInput{
		prev: e.PrevHash, seq: e.Seq, at: []byte(e.At), actor: []byte(e.Actor), action: []byte(e.Action),
		entity: []byte(e.Entity), entityID: e.EntityID, detail: []byte(e.Detail),
		rowTable: []byte(e.RowTable), rowID: e.RowID, rowHash: e.RowHash,
	}, nil)
}

// hashInput is an entry's fields as bytes: an auditEntry's, or a row's as
// the driver hands them over (walkStretch), which the chain walk hashes
// without copying each into a string.
type hashInput struct {
	prev, at, actor, action, entity, detail, rowTable, rowHash []byte
	seq, entityID, rowID                                       int64
}

// chainHash is entryHash with the hash and output buffer given: h is reset
// and the sum appended to out[:0].
func chainHash(h hash.Hash, in hashInput, out []byte) []byte {
	h.Reset()
	var num [20]byte
	field := func(b []byte) {
		var n [8]byte
		binary.BigEndian.PutUint64(n[:], uint64(len(b)))
		h.Write(n[:])
		h.Write(b)
	}
	field(in.prev)
	field(strconv.AppendInt(num[:0], in.seq, 10))
	field(in.at)
	field(in.actor)
	field(in.action)
	field(in.entity)
	field(strconv.AppendInt(num[:0], in.entityID, 10))
	field(in.detail)
	if in.rowHash != nil { // entries from before the ledger hash as they did
		field(in.rowTable)
		field(strconv.AppendInt(num[:0], in.rowID, 10))
		field(in.rowHash)
	}
	return h.Sum(out[:0])
}

// audit appends an entry inside tx, the same transaction as the change it
// records, so the change and its record commit or vanish together. detail is
// stored as JSON.
func (s *Store) audit(tx *Tx, action, entity string, id int64, detail any) error {
	b, err := json.Marshal(detail)
	if err != nil {
		return fmt.Errorf("audit detail: %w", err)
	}
	e := auditEntry{At: tx.Now().UTC().Format(time.RFC3339Nano), Actor: s.actor(), Action: action, Entity: entity, EntityID: id, Detail: string(b)}
	entries, err := ledgered(tx, e)
	if err != nil {
		return err
	}
	seq, prev, err := auditHead(tx)
	if err != nil {
		return err
	}
	_, _, err = appendEntries(tx, entries, seq, prev)
	return err
}

// entryCols are the columns scanEntry reads, the ledger's included when the
// database has them.
func entryCols(q querier) string {
	cols := "seq, at, actor, action, entity, entity_id, detail, prev_hash, hash"
	var n int
	q.QueryRow("SELECT count(*) FROM pragma_table_info('audit_log') WHERE name = 'row_hash'").Scan(&n)
	if n == 0 {
		return cols + ", '', 0, NULL"
	}
	return cols + ", coalesce(row_table, ''), coalesce(row_id, 0), row_hash"
}

func scanEntry(rows *sql.Rows, e *auditEntry) error {
	return rows.Scan(&e.Seq, &e.At, &e.Actor, &e.Action, &e.Entity, &e.EntityID, &e.Detail, &e.PrevHash, &e.Hash, &e.RowTable, &e.RowID, &e.RowHash)
}

// Head returns the newest audit entry's sequence and hash.
func (s *Store) Head(ctx context.Context) (data.AuditHead, error) {
	var h data.AuditHead
	err := s.conn().QueryRowContext(ctx, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").Scan(&h.Seq, &h.Hash)
	if err == sql.ErrNoRows {
		return data.AuditHead{}, nil
	}
	if err != nil {
		return h, classify(err, "读取审计日志")
	}
	return h, nil
}

// AuditReport is the result of walking the audit chain.
type AuditReport struct {
	Entries  int64
	Head     data.AuditHead
	FirstBad int64  // 0 when the chain verifies
	Problem  string // why FirstBad is bad, in Chinese
}

// OK tells whether the chain verified.
func (r AuditReport) OK() bool { return r.FirstBad == 0 }

// VerifyAudit verifies the chain from the first entry and names the first
// entry that is out of sequence, does not link to its predecessor, or whose
// hash does not match its content; FirstBad is the entry's place in the
// chain. The chain is read in stretches at once (audit_chain.go).
func (s *Store) VerifyAudit(ctx context.Context) (AuditReport, error) {
	return s.verifyChain(ctx, cpuSplit(0), false)
}

// CheckHead tells whether the log still holds the entry a printed head names
// (SEQ:HEXPREFIX), catching a log truncated after the paper was printed.
func (s *Store) CheckHead(ctx context.Context, head string) error {
	seqS, hexS, ok := strings.Cut(strings.TrimSpace(head), ":")
	seq, err := strconv.ParseInt(seqS, 10, 64)
	if !ok || err != nil || seq < 1 || len(hexS) < 8 {
		return data.Errorf(data.EInvalid, "审计头「%s」格式不对，应为 序号:哈希前缀（如 42:1a2b3c4d5e6f）", head)
	}
	var hash []byte
	err = s.conn().QueryRowContext(ctx, "SELECT hash FROM audit_log WHERE seq = ?", seq).Scan(&hash)
	if err == sql.ErrNoRows {
		return data.Errorf(data.EDamaged, "审计日志中没有第 %d 条：日志已被截断", seq)
	}
	if err != nil {
		return classify(err, "读取审计日志")
	}
	if !strings.HasPrefix(hex.EncodeToString(hash), strings.ToLower(hexS)) {
		return data.Errorf(data.EDamaged, "审计日志第 %d 条的哈希与所给的不符：日志已被改动", seq)
	}
	return nil
}
