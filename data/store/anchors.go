package store

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"time"

	"huiwu/data"
)

// The audit log's heads are anchored outside the database file: a small
// heads file in the data folder, the .json beside every backup, and every
// printed paper's properties (checked by `huiwu audit verify --head`).
// Whoever holds only the file can rewrite its history and recompute every
// hash, but not these: a rewritten or truncated history no longer holds the
// entry an earlier anchor names. The heads file is written, synced, inside
// every write transaction just before it commits, naming the head before the
// transaction and the head it will leave; so the log's head is always one of
// the two, after a crash too, and entries appended by anyone else stand out.

// HeadsName is the heads file's name inside the data folder.
const HeadsName = "huiwu.heads"

// headsRecord is the heads file's content: the head before the last write
// transaction and, while it may not have committed, the head it leaves.
type headsRecord struct {
	Seq         int64     `json:"seq"`
	Hash        string    `json:"hash"`
	PendingSeq  int64     `json:"pending_seq,omitempty"`
	PendingHash string    `json:"pending_hash,omitempty"`
	At          time.Time `json:"at"`
	// Verified is the newest head whose whole chain was verified (the check
	// after opening, or `huiwu check`): the next start verifies the chain
	// from there on only (verify.go).
	VerifiedSeq  int64  `json:"verified_seq,omitempty"`
	VerifiedHash string `json:"verified_hash,omitempty"`
}

// anchor is one head recorded outside the file, with where and when.
type anchor struct {
	where string
	at    time.Time
	head  data.AuditHead
}

// recordHead writes the current head to the heads file, with nothing
// pending: on close, and after a check that passes.
func (s *Store) recordHead(ctx context.Context) error {
	if s.ReadOnly || s.dir == "" {
		return nil
	}
	h, err := s.Head(ctx)
	if err != nil || h.Seq == 0 {
		return err
	}
	return s.writeHeads(headsRecord{Seq: h.Seq, Hash: hex.EncodeToString(h.Hash)})
}

// recordPending is called inside a write transaction before it commits:
// before is the head it started from, after the head it leaves.
func (s *Store) recordPending(before, after data.AuditHead) error {
	if s.ReadOnly || s.dir == "" || before.Seq == after.Seq {
		return nil
	}
	return s.writeHeads(headsRecord{Seq: before.Seq, Hash: hex.EncodeToString(before.Hash), PendingSeq: after.Seq, PendingHash: hex.EncodeToString(after.Hash)})
}

// writeHeads puts r in the heads file: a temporary file, synced, renamed
// over the old one, so the file is always one whole record that survives a
// power cut as the database does.
func (s *Store) writeHeads(r headsRecord) error {
	s.headsMu.Lock()
	defer s.headsMu.Unlock()
	r.At = s.Now().UTC()
	if s.verified.Seq > 0 {
		r.VerifiedSeq, r.VerifiedHash = s.verified.Seq, hex.EncodeToString(s.verified.Hash)
	}
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	path := filepath.Join(s.dir, HeadsName)
	tmp := path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.Write(append(b, '\n')); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	if d, err := os.Open(s.dir); err == nil { // the rename itself; not possible on Windows
		_ = d.Sync()
		d.Close()
	}
	return nil
}

func readHeads(dir string) (headsRecord, bool) {
	var r headsRecord
	b, err := os.ReadFile(filepath.Join(dir, HeadsName))
	return r, err == nil && json.Unmarshal(b, &r) == nil
}

// checkHeads holds the log's head to the heads file: it must be the head
// recorded or the one pending; a head beyond them means entries appended by
// something other than this program.
func (s *Store) checkHeads(ctx context.Context, p *problems) error {
	r, ok := readHeads(s.dir)
	if !ok || s.dir == "" {
		return nil
	}
	h, err := s.Head(ctx)
	if err != nil {
		return err
	}
	hx := hex.EncodeToString(h.Hash)
	if (h.Seq == r.Seq && hx == r.Hash) || (r.PendingSeq != 0 && h.Seq == r.PendingSeq && hx == r.PendingHash) {
		return nil
	}
	last := max(r.Seq, r.PendingSeq)
	if h.Seq > last {
		p.add("审计日志在最后记下的审计头（第 %d 条）之后多出 %d 条，不是本程序写入的", last, h.Seq-last)
	}
	return nil
}

// anchors are the heads recorded outside the file: for the data folder's
// database its heads file and its backups' records, for a backup file the
// record beside it.
func (s *Store) anchors(ctx context.Context) []anchor {
	var out []anchor
	if s.dir == "" {
		if s.backup != "" {
			if info, err := readRecord(s.backup); err == nil {
				out = append(out, anchor{"备份记录 " + filepath.Base(recordPath(s.backup)), info.Taken, info.Head})
			}
		}
		return out
	}
	if r, ok := readHeads(s.dir); ok {
		h, _ := hex.DecodeString(r.Hash)
		out = append(out, anchor{"审计头记录 " + HeadsName, r.At, data.AuditHead{Seq: r.Seq, Hash: h}})
	}
	if dir, err := s.BackupDir(ctx); err == nil {
		if all, err := ListBackups(ctx, dir); err == nil {
			for _, b := range all {
				out = append(out, anchor{"备份 " + filepath.Base(b.Path), b.Taken, b.Head})
			}
		}
	}
	return out
}

// checkAnchors holds the log to every anchor: the entry an anchor names must
// be there with the hash it recorded. Anchors older than the last restore
// belong to the history the restore replaced and are passed over.
func (s *Store) checkAnchors(ctx context.Context) ([]string, int, error) {
	var restored string
	db := s.conn()
	if err := db.QueryRowContext(ctx, "SELECT coalesce(max(at), '') FROM audit_log WHERE action = 'backup.restore'").Scan(&restored); err != nil {
		return nil, 0, classify(err, "读取审计日志")
	}
	var p problems
	checked := 0
	for _, a := range s.anchors(ctx) {
		if a.head.Seq == 0 || (restored != "" && a.at.UTC().Format(time.RFC3339Nano) < restored) {
			continue
		}
		checked++
		var hash []byte
		err := db.QueryRowContext(ctx, "SELECT hash FROM audit_log WHERE seq = ?", a.head.Seq).Scan(&hash)
		switch {
		case err != nil:
			p.add("%s记下了审计日志第 %d 条，日志中已没有（日志被截断）", a.where, a.head.Seq)
		case !bytes.Equal(hash, a.head.Hash):
			p.add("审计日志第 %d 条与%s记下的不符（日志被改写）", a.head.Seq, a.where)
		}
	}
	if err := s.checkHeads(ctx, &p); err != nil {
		return nil, checked, err
	}
	return p.list(), checked, nil
}
