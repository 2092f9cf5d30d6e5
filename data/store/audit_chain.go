package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"fmt"
	"runtime"
	"sync"
)

// The audit chain is verified in stretches of seq at once, each on a
// connection of its own: one walk hashed half a million entries on one core
// and was most of `huiwu check` on ten years of data (issue 19). Every check
// of an entry but one needs only the entry and the one before it, so a
// stretch checks its own entries; what joins two stretches — the first
// entry's link to the entry before it and its place in the whole chain —
// is settled afterwards, in seq order, from what each stretch reports
// (joinStretches). The result is the one walk's to the field: the same
// count, head, and the same first bad entry (the lowest) with the same
// reason.
//
// One snapshot: the range of seq is read first, and each stretch reads only
// entries up to the head it found. Entries up to the head never change
// (the log's triggers refuse UPDATE and DELETE, and the program only
// appends after the head), so the stretches, each read in one statement,
// see what one walk would have seen at that moment. Every stretch's
// statement is started on the same pool under one hold of the store's lock,
// so a Restore cannot put another file under some of them.

// chainSplit is how the chain is cut: into up to `stretches` stretches of
// at least `least` entries' worth of seq each.
type chainSplit struct {
	stretches int
	least     uint64
}

// cpuSplit is the program's split: a stretch per core that the other
// parts of the check running beside the chain (`beside` of them, each on a
// core of its own) leave free, at least one, and none shorter than 16384
// entries, below which a goroutine and a connection cost more than the
// hashing they share.
func cpuSplit(beside int) chainSplit {
	return coreSplit(runtime.NumCPU(), beside)
}

// coreSplit is cpuSplit on a machine of `cores` cores.
func coreSplit(cores, beside int) chainSplit {
	return chainSplit{stretches: max(1, cores-beside), least: 16384}
}

// stretchReport is what a stretch found. The first entry is reported as
// read (its seq, its prev_hash, whether its hash matches its content) for
// the join to check against the entries before it; the first bad entry
// after it is found in the stretch.
type stretchReport struct {
	entries     int64
	firstSeq    int64
	firstPrev   []byte
	firstHashOK bool
	lastSeq     int64
	lastHash    []byte
	// bad is the first bad entry after the first, counted from 1 at the
	// stretch's first entry (0: none); badSeq its seq, wantSeq the seq its
	// place asks for.
	bad, badSeq, wantSeq int64
	problem              chainFault
}

// chainFault is why an entry fails, in the order one walk tests them.
type chainFault int

const (
	faultNone     chainFault = iota
	faultSequence            // its seq is not its place in the chain
	faultLink                // its prev_hash is not the previous entry's hash
	faultContent             // its hash does not match its fields
)

// faultText is the report's Problem for a fault, in Chinese.
func faultText(f chainFault, want, got int64) string {
	switch f {
	case faultSequence:
		return fmt.Sprintf("序号不连续：应为 %d，实为 %d（有条目被删除或插入）", want, got)
	case faultLink:
		return "与前一条目的链接不符（条目被删除、调换或伪造）"
	case faultContent:
		return "内容与哈希不符（条目被修改）"
	}
	return ""
}

// verifyChain verifies the whole chain in the stretches split says. low
// runs every stretch at the lowest priority, as the background check does
// (nice_linux.go).
func (s *Store) verifyChain(ctx context.Context, split chainSplit, low bool) (AuditReport, error) {
	results, err := s.readStretches(ctx, split, low)
	if err != nil {
		return AuditReport{}, classify(err, "读取审计日志")
	}
	return joinStretches(results), nil
}

// readStretches starts the stretches' statements (startStretches) and
// walks them at once; the reports come back in seq order.
func (s *Store) readStretches(ctx context.Context, split chainSplit, low bool) ([]stretchReport, error) {
	all, err := s.startStretches(ctx, split)
	if err != nil {
		return nil, err
	}
	defer closeRows(all)
	results := make([]stretchReport, len(all))
	errs := make([]error, len(all))
	var wg sync.WaitGroup
	for i, rows := range all {
		if i == 0 {
			continue // walked below, on this goroutine
		}
		wg.Go(func() {
			if low {
				lowPriority()
			}
			results[i], errs[i] = walkStretch(rows)
		})
	}
	if len(all) > 0 {
		results[0], errs[0] = walkStretch(all[0])
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return results, nil
}

// startStretches splits the log's seq range into stretches and starts each
// one's statement under one hold of the store's lock (see above), in seq
// order; none when the log is empty. The caller walks them (walkStretch)
// and closes them (closeRows).
func (s *Store) startStretches(ctx context.Context, split chainSplit) ([]*sql.Rows, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	db := s.db
	// Two subqueries, each a step down the seq b-tree; min and max in one
	// SELECT would scan the table.
	var lo, hi sql.NullInt64
	if err := db.QueryRowContext(ctx, "SELECT (SELECT min(seq) FROM audit_log), (SELECT max(seq) FROM audit_log)").Scan(&lo, &hi); err != nil {
		return nil, err
	}
	if !lo.Valid {
		return nil, nil // no entries
	}
	bounds := stretchBounds(lo.Int64, hi.Int64, split)
	cols := entryCols(db)
	all := make([]*sql.Rows, 0, len(bounds))
	for _, b := range bounds {
		rows, err := db.QueryContext(ctx, "SELECT "+cols+" FROM audit_log WHERE seq BETWEEN ? AND ? ORDER BY seq", b[0], b[1])
		if err != nil {
			closeRows(all)
			return nil, err
		}
		all = append(all, rows)
	}
	return all, nil
}

// closeRows closes every statement of all.
func closeRows(all []*sql.Rows) {
	for _, rows := range all {
		rows.Close()
	}
}

// stretchBounds splits lo..hi (inclusive) into ranges of seq as split
// says. A range too wide to split evenly (seqs forged far apart) stays one:
// the chain is then broken anyway, and one walk finds where.
func stretchBounds(lo, hi int64, split chainSplit) [][2]int64 {
	span := uint64(hi) - uint64(lo) + 1 // hi >= lo; 0 only for the full range of int64
	if span == 0 || span > 1<<40 {
		return [][2]int64{{lo, hi}}
	}
	n := max(1, min(split.stretches, int(span/max(split.least, 1))))
	width := int64(span / uint64(n))
	out := make([][2]int64, 0, n)
	for i := range n {
		from := lo + int64(i)*width
		to := from + width - 1
		if i == n-1 {
			to = hi
		}
		out = append(out, [2]int64{from, to})
	}
	return out
}

// scan reads one row of entryCols into e, and its stored hash into hash,
// each field as the driver hands it over, without a copy: valid until the
// next row.
func (e *hashInput) scan(rows *sql.Rows, hash *sql.RawBytes) error {
	return rows.Scan(&e.seq, (*sql.RawBytes)(&e.at), (*sql.RawBytes)(&e.actor), (*sql.RawBytes)(&e.action), (*sql.RawBytes)(&e.entity),
		&e.entityID, (*sql.RawBytes)(&e.detail), (*sql.RawBytes)(&e.prev), hash, (*sql.RawBytes)(&e.rowTable), &e.rowID, (*sql.RawBytes)(&e.rowHash))
}

// walkStretch checks one stretch's entries as one walk would, all but the
// first entry's link and place, which need the entries before it. Each
// row's fields are hashed as the driver hands them over, without a copy.
func walkStretch(rows *sql.Rows) (stretchReport, error) {
	var r stretchReport
	var e hashInput
	var hash sql.RawBytes
	h := sha256.New()
	prev, sum := []byte{}, make([]byte, 0, sha256.Size)
	for rows.Next() {
		err := e.scan(rows, &hash)
		if err != nil {
			return r, err
		}
		r.entries++
		switch {
		case r.entries == 1:
			sum = chainHash(h, e, sum)
			r.firstSeq, r.firstPrev, r.firstHashOK = e.seq, bytes.Clone(e.prev), bytes.Equal(sum, hash)
		case r.bad != 0:
			// Past the stretch's first bad entry only the count and head matter.
		case e.seq != r.firstSeq+r.entries-1:
			r.bad, r.badSeq, r.wantSeq, r.problem = r.entries, e.seq, r.firstSeq+r.entries-1, faultSequence
		case !bytes.Equal(e.prev, prev):
			r.bad, r.badSeq, r.problem = r.entries, e.seq, faultLink
		default:
			if sum = chainHash(h, e, sum); !bytes.Equal(sum, hash) {
				r.bad, r.badSeq, r.problem = r.entries, e.seq, faultContent
			}
		}
		prev = append(prev[:0], hash...)
		r.lastSeq = e.seq
	}
	r.lastHash = prev
	return r, rows.Err()
}

// joinStretches puts the stretches' reports together in seq order as one
// walk: each stretch's first entry is checked for its place (the entries
// before it plus one) and its link to the previous stretch's last hash,
// before the stretch's own first bad entry counts. When a first entry is in
// its place, its stretch's seqs were checked from the right start, so the
// stretch's own findings stand as they are.
func joinStretches(stretches []stretchReport) AuditReport {
	var r AuditReport
	prev := []byte{}
	for _, st := range stretches {
		if st.entries == 0 {
			continue
		}
		if r.FirstBad == 0 {
			place := r.Entries + 1
			switch {
			case st.firstSeq != place:
				// Named by its place in the chain, not its seq: a first entry
				// renumbered to 0 would otherwise read as "none bad".
				r.FirstBad, r.Problem = place, faultText(faultSequence, place, st.firstSeq)
			case !bytes.Equal(st.firstPrev, prev):
				r.FirstBad, r.Problem = place, faultText(faultLink, 0, 0)
			case !st.firstHashOK:
				r.FirstBad, r.Problem = place, faultText(faultContent, 0, 0)
			case st.bad != 0:
				r.FirstBad, r.Problem = r.Entries+st.bad, faultText(st.problem, st.wantSeq, st.badSeq)
			}
		}
		r.Entries += st.entries
		prev = st.lastHash
		r.Head.Seq = st.lastSeq
	}
	if r.Entries > 0 {
		r.Head.Hash = prev
	}
	return r
}
