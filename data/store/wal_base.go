package store

import (
	"encoding/binary"
	"errors"
	"os"
)

// baseHead reads the newest audit entry of the database file as it is on
// disk, without its -wal, straight from the file's b-trees: the schema
// table's for the log's root page, then the log's rightmost path. The WAL
// check (checkWAL) needs this one entry, and a second SQLite connection
// (immutable, which ignores the WAL) cost it a millisecond of parsing the
// whole schema (issue 19). ok is false when the file cannot be read so:
// no log, an empty one, a page that is not what it should be; the caller
// then asks SQLite, as before.
func baseHead(path string) (seq int64, hash []byte, ok bool) {
	f, err := os.Open(path)
	if err != nil {
		return 0, nil, false
	}
	defer f.Close()
	d, err := newPageReader(f)
	if err != nil {
		return 0, nil, false
	}
	var root int64
	err = d.walk(1, false, func(_ int64, rec recordFunc) error {
		if v, err := rec(4); err == nil && len(v) == 4 && v[0].isText("table") && v[1].isText("audit_log") && v[3].kind == 'i' {
			root = v[3].int
		}
		return nil
	})
	if err != nil || root < 2 || root > int64(d.pages) {
		return 0, nil, false
	}
	var newest recordFunc
	err = d.walk(uint32(root), true, func(rowid int64, rec recordFunc) error {
		if newest == nil || rowid > seq {
			seq, newest = rowid, rec
		}
		return nil
	})
	if err != nil || newest == nil {
		return 0, nil, false
	}
	// seq is the rowid (INTEGER PRIMARY KEY); hash the ninth column
	// (0001_init.sql; later columns were only ever added at the end).
	v, err := newest(9)
	if err != nil || len(v) < 9 {
		return 0, nil, false
	}
	hash = v[8].bytes
	return seq, hash, v[8].kind == 'b' && len(hash) == 32
}

// recordFunc decodes a row's first n values, reading overflow pages only
// when they hold some of them.
type recordFunc func(n int) ([]value, error)

// value is a value of a record: an integer, or the bytes of a text or
// blob (a float's too, undecoded), or NULL.
type value struct {
	kind  byte // 'n' NULL, 'i' integer, 'f' float, 't' text, 'b' blob
	int   int64
	bytes []byte
}

func (v value) isText(s string) bool { return v.kind == 't' && string(v.bytes) == s }

// pageReader reads a database file's pages as SQLite lays them out.
type pageReader struct {
	f        *os.File
	pageSize int
	usable   int
	pages    uint32
	values   []value // decodeRecord's, reused
	// read counts the pages a walk has read: a valid tree reads each of its
	// pages once, and a damaged one that points back into itself must not
	// keep the probe walking.
	read uint32
}

var errNotBtree = errors.New("not a table b-tree page")

// maxPayload bounds the rows walk reads: a schema row or an audit entry is
// far smaller, and a damaged cell must not have the probe allocate what it
// claims. A larger one is left to SQLite.
const maxPayload = 16 << 20

func newPageReader(f *os.File) (*pageReader, error) {
	head := make([]byte, 100)
	if _, err := f.ReadAt(head, 0); err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	size := pageSizeOf(head)
	usable := size - int(head[20])
	if size < 512 || usable < 480 {
		return nil, errNotBtree
	}
	return &pageReader{f: f, pageSize: size, usable: usable, pages: uint32(fi.Size() / int64(size)), values: make([]value, 0, 16)}, nil
}

func (d *pageReader) page(n uint32) ([]byte, error) {
	if n < 1 || n > d.pages || d.read >= d.pages {
		return nil, errNotBtree
	}
	d.read++
	b := make([]byte, d.pageSize)
	_, err := d.f.ReadAt(b, int64(n-1)*int64(d.pageSize))
	return b, err
}

// walk visits the rows of the table b-tree at root in rowid order, each as
// its rowid and a function that decodes its record into values that last
// until the next decoding; rightmost visits only the last leaf's. A tree
// deeper than SQLite makes one, or a page of the wrong kind, is an error.
func (d *pageReader) walk(root uint32, rightmost bool, visit func(int64, recordFunc) error) error {
	return d.walkPage(root, rightmost, visit, 0)
}

func (d *pageReader) walkPage(n uint32, rightmost bool, visit func(int64, recordFunc) error, depth int) error {
	if depth > 20 {
		return errNotBtree
	}
	p, err := d.page(n)
	if err != nil {
		return err
	}
	h := 0
	if n == 1 {
		h = 100
	}
	if h+12 > len(p) {
		return errNotBtree
	}
	kind, cells := p[h], int(binary.BigEndian.Uint16(p[h+3:]))
	switch kind {
	case 0x05: // interior: cells of (left child, key), then the right child
		if !rightmost {
			for i := range cells {
				at, err := cellAt(p, h+12, i)
				if err != nil || at+4 > len(p) {
					return errNotBtree
				}
				if err := d.walkPage(binary.BigEndian.Uint32(p[at:]), false, visit, depth+1); err != nil {
					return err
				}
			}
		}
		return d.walkPage(binary.BigEndian.Uint32(p[h+8:]), rightmost, visit, depth+1)
	case 0x0d: // leaf: cells of (payload size, rowid, payload)
		for i := range cells {
			at, err := cellAt(p, h+8, i)
			if err != nil {
				return err
			}
			size, k := uvarint(p[at:])
			rowid, m := uvarint(p[at+k:])
			if k == 0 || m == 0 || size > maxPayload {
				return errNotBtree
			}
			start := at + k + m
			local := d.localSize(int(size))
			if start+local > len(p) {
				return errNotBtree
			}
			rec := func(n int) ([]value, error) {
				if v, err := decodeRecord(p[start:start+local], d.values[:0], n); err == nil {
					return v, nil // the values wanted are all on this page
				}
				payload, err := d.payload(p, start, int(size))
				if err != nil {
					return nil, err
				}
				return decodeRecord(payload, d.values[:0], n)
			}
			if err := visit(int64(rowid), rec); err != nil {
				return err
			}
		}
		return nil
	}
	return errNotBtree
}

// cellAt is the offset of cell i, from the pointer array at ptrs.
func cellAt(p []byte, ptrs, i int) (int, error) {
	if ptrs+2*i+2 > len(p) {
		return 0, errNotBtree
	}
	at := int(binary.BigEndian.Uint16(p[ptrs+2*i:]))
	if at < ptrs || at >= len(p) {
		return 0, errNotBtree
	}
	return at, nil
}

// localSize is how much of a table leaf cell's payload of size bytes
// SQLite keeps on the page; the rest spills onto overflow pages.
func (d *pageReader) localSize(size int) int {
	u := d.usable
	maxLocal := u - 35
	if size <= maxLocal {
		return size
	}
	minLocal := (u-12)*32/255 - 23
	if local := minLocal + (size-minLocal)%(u-4); local <= maxLocal {
		return local
	}
	return minLocal
}

// payload gathers a leaf cell's payload of size bytes starting at p[at:],
// following its overflow pages as SQLite spills them.
func (d *pageReader) payload(p []byte, at, size int) ([]byte, error) {
	u, local := d.usable, d.localSize(size)
	if at+local > len(p) || (local < size && at+local+4 > len(p)) {
		return nil, errNotBtree
	}
	out := append(make([]byte, 0, size), p[at:at+local]...)
	if local == size {
		return out, nil
	}
	next := binary.BigEndian.Uint32(p[at+local:])
	for len(out) < size {
		o, err := d.page(next)
		if err != nil {
			return nil, err
		}
		take := min(size-len(out), u-4)
		out = append(out, o[4:4+take]...)
		next = binary.BigEndian.Uint32(o)
	}
	return out, nil
}

// decodeRecord decodes the first n values (fewer if the record has fewer)
// of SQLite's record format — a header of serial types, then the values —
// appending them to out. A record cut short before them is an error.
func decodeRecord(b []byte, out []value, n int) ([]value, error) {
	hsize, k := uvarint(b)
	if k == 0 || hsize > uint64(len(b)) || int(hsize) < k {
		return nil, errNotBtree
	}
	body := int(hsize)
	for at := k; at < int(hsize) && len(out) < n; {
		t, k := uvarint(b[at:int(hsize)])
		if k == 0 {
			return nil, errNotBtree
		}
		at += k
		var width int
		switch {
		case t <= 4:
			width = int(t)
		case t == 5:
			width = 6
		case t == 6 || t == 7:
			width = 8
		case t == 8 || t == 9:
			width = 0
		case t >= 12:
			width = int((t - 12) / 2)
		default:
			return nil, errNotBtree
		}
		if body+width > len(b) {
			return nil, errNotBtree
		}
		raw := b[body : body+width]
		body += width
		v := value{kind: 'n'}
		switch {
		case t == 0:
		case t <= 6:
			v.kind = 'i'
			if raw[0]&0x80 != 0 {
				v.int = -1
			}
			for _, c := range raw {
				v.int = v.int<<8 | int64(c)
			}
		case t == 7:
			v.kind, v.bytes = 'f', raw
		case t == 8 || t == 9:
			v.kind, v.int = 'i', int64(t-8)
		case t%2 == 0:
			v.kind, v.bytes = 'b', raw
		default:
			v.kind, v.bytes = 't', raw
		}
		out = append(out, v)
	}
	return out, nil
}

// uvarint decodes SQLite's varint (big-endian, 7 bits a byte, the ninth
// byte whole); n is 0 when b ends first.
func uvarint(b []byte) (v uint64, n int) {
	for i := 0; i < 9; i++ {
		if i >= len(b) {
			return 0, 0
		}
		if i == 8 {
			return v<<8 | uint64(b[i]), 9
		}
		v = v<<7 | uint64(b[i]&0x7f)
		if b[i]&0x80 == 0 {
			return v, i + 1
		}
	}
	return 0, 0
}
