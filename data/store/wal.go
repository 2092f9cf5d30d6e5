package store

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"

	"huiwu/data"
)

// checkWAL guards against a -wal file that does not belong to the database
// beside it (a database file copied in by hand over an old one, say). SQLite
// cannot tell: a WAL is self-consistent and would be applied, mixing two
// databases' pages. The check reads only the WAL and the few rows it
// changes, never the whole database, so its cost does not grow with the
// data:
//
//   - the WAL itself: its header and the chain of frame checksums and salts,
//     as SQLite reads it; only frames up to the last valid commit count, and
//     a WAL with none would change nothing;
//   - the pages it would change: they must have the database's page size
//     (the schema and marks they would write are checked by the probe, which
//     reads through the WAL);
//   - the audit log, which is append-only: the newest entry of the database
//     without its WAL (read from the file's pages, wal_base.go) must still
//     be there, unchanged, with the WAL, and every entry the WAL adds must
//     chain on from it.
//
// A WAL after a crash passes; a stranger's does not. w is the WAL as
// readWAL read it.
func checkWAL(path string, w walInfo, withWAL *sql.DB) error {
	foreign := data.Errorf(data.EDamaged, "数据文件 %s 旁的日志文件（-wal）与它不相符，可能来自另一个数据库；为免混入他处数据，未打开。请从备份恢复，或移走该 -wal 文件后再试", path)
	if w.frames == 0 {
		return nil // nothing SQLite would apply
	}
	dbHead := make([]byte, 100)
	if err := readAt(path, dbHead, 0); err != nil {
		return data.Wrap(data.EInternal, err, "无法检查日志文件：%v", err)
	}
	if w.pageSize != pageSizeOf(dbHead) {
		return foreign
	}
	seq, hash, ok := baseHead(path)
	if !ok {
		var err error
		if seq, hash, err = baseHeadSQL(path); errors.Is(err, errNoHead) {
			return nil // nothing written before the WAL: nothing to contradict
		} else if err != nil {
			return foreign
		}
	}
	if ok, _, err := chainsOn(context.Background(), withWAL, seq, hash); err != nil || !ok {
		return foreign
	}
	return nil
}

var errNoHead = errors.New("no audit entry before the WAL")

// baseHeadSQL is baseHead asked of SQLite, through an immutable connection
// (which ignores the WAL), for a file baseHead cannot read: errNoHead when
// the file has no log or an empty one.
func baseHeadSQL(path string) (int64, []byte, error) {
	base, err := sql.Open("sqlite3", readOnlyURI(path)+"&immutable=1")
	if err != nil {
		return 0, nil, fmt.Errorf("check wal: %w", err)
	}
	defer base.Close()
	var seq int64
	var hash []byte
	err = base.QueryRow("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").Scan(&seq, &hash)
	if errors.Is(err, sql.ErrNoRows) || (err != nil && !tableExists(base, "audit_log")) {
		return 0, nil, errNoHead
	}
	return seq, hash, err
}

// chainsOn tells whether the log holds entry seq with hash and every later
// entry links to the one before it with a hash that matches its content,
// and returns the newest entry's head.
func chainsOn(ctx context.Context, db chainReader, seq int64, hash []byte) (bool, data.AuditHead, error) {
	var head data.AuditHead
	rows, err := db.QueryContext(ctx, "SELECT "+entryCols(db)+" FROM audit_log WHERE seq >= ? ORDER BY seq", seq)
	if err != nil {
		return false, head, err
	}
	defer rows.Close()
	want, prev := seq, []byte(nil)
	for rows.Next() {
		var e auditEntry
		if err := scanEntry(rows, &e); err != nil {
			return false, head, err
		}
		switch {
		case e.Seq != want:
			return false, head, nil
		case prev == nil && !bytes.Equal(e.Hash, hash):
			return false, head, nil
		case prev != nil && (!bytes.Equal(e.PrevHash, prev) || !bytes.Equal(entryHash(e), e.Hash)):
			return false, head, nil
		}
		want, prev = want+1, e.Hash
		head = data.AuditHead{Seq: e.Seq, Hash: e.Hash}
	}
	return prev != nil, head, rows.Err()
}

// chainReader is what chainsOn reads through: the probe's connection or the
// store's pool.
type chainReader interface {
	querier
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
}

// walInfo is what readWAL learns from a -wal file.
type walInfo struct {
	pageSize int
	frames   int // frames up to and including the last valid commit
}

// readWAL walks a -wal file the way SQLite recovers it (walIndexRecover): a
// header with its own checksum, then frames whose salts match the header's
// and whose checksums chain from it; the first frame that fails ends the
// log, and only frames up to the last commit frame before it are applied.
// An absent, short or unrecognised WAL has no frames.
func readWAL(path string) (walInfo, error) {
	var w walInfo
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return w, nil
	}
	if err != nil {
		return w, err
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<16) // a read per frame cost a call each
	hdr := make([]byte, 32)
	if _, err := io.ReadFull(r, hdr); err != nil {
		return w, nil // shorter than a header: SQLite ignores it
	}
	magic := binary.BigEndian.Uint32(hdr)
	if magic&^1 != 0x377f0682 {
		return w, nil
	}
	bigEndian := magic&1 == 1
	s1, s2 := walChecksum(bigEndian, hdr[:24], 0, 0)
	if s1 != binary.BigEndian.Uint32(hdr[24:]) || s2 != binary.BigEndian.Uint32(hdr[28:]) {
		return w, nil
	}
	size := int(binary.BigEndian.Uint32(hdr[8:]))
	if size == 1 {
		size = 65536
	}
	if size < 512 || size > 65536 || size&(size-1) != 0 {
		return w, nil
	}
	w.pageSize = size
	frame := make([]byte, 24+size)
	for n := 1; ; n++ {
		if _, err := io.ReadFull(r, frame); err != nil {
			return w, nil // the log ends here
		}
		if !bytes.Equal(frame[8:16], hdr[16:24]) {
			return w, nil
		}
		s1, s2 = walChecksum(bigEndian, frame[:8], s1, s2)
		s1, s2 = walChecksum(bigEndian, frame[24:], s1, s2)
		if s1 != binary.BigEndian.Uint32(frame[16:]) || s2 != binary.BigEndian.Uint32(frame[20:]) {
			return w, nil
		}
		if binary.BigEndian.Uint32(frame[4:]) != 0 { // a commit frame
			w.frames = n
		}
	}
}

// walChecksum is SQLite's WAL checksum over b (a multiple of 8 bytes),
// continuing from s1, s2; the WAL's magic number says the byte order.
//
// The two byte orders have a loop each: read through a binary.ByteOrder
// interface, each word was a call (issue 19: with the buffered reads
// above, reading the open benchmark's 115 KB -wal went from 0.10 ms to
// 0.06 ms).
func walChecksum(bigEndian bool, b []byte, s1, s2 uint32) (uint32, uint32) {
	if bigEndian {
		for i := 0; i+8 <= len(b); i += 8 {
			s1 += binary.BigEndian.Uint32(b[i:]) + s2
			s2 += binary.BigEndian.Uint32(b[i+4:]) + s1
		}
		return s1, s2
	}
	for i := 0; i+8 <= len(b); i += 8 {
		s1 += binary.LittleEndian.Uint32(b[i:]) + s2
		s2 += binary.LittleEndian.Uint32(b[i+4:]) + s1
	}
	return s1, s2
}

// pageSizeOf reads the page size from a database header.
func pageSizeOf(head []byte) int {
	n := int(binary.BigEndian.Uint16(head[16:]))
	if n == 1 {
		return 65536
	}
	return n
}

func readAt(path string, b []byte, off int64) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = f.ReadAt(b, off)
	return err
}

func tableExists(db *sql.DB, name string) bool {
	var n int
	db.QueryRow("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?", name).Scan(&n)
	return n > 0
}
