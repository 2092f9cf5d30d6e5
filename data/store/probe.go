package store

import (
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"huiwu/data"
)

// probed is what the probe learned of a file before it is opened for
// writing.
type probed struct {
	version int            // schema version, 0 for a new or empty-schema file
	from    data.AuditHead // the verified head the background check starts from
	// walView is the probe's connection when it read through a -wal, left
	// open for the store's first connection: SQLite builds the WAL's index
	// in the -shm when the first connection opens a file with a -wal, and
	// again for the next first one once the last is closed. Kept open, the
	// probe's index serves the store's connection (issue 19: opening after a
	// crash took 1.4 times as long as without the -wal). made removes the
	// -wal and -shm the probe created, when the open goes no further.
	walView *sql.DB
	made    func()
}

// release closes the probe's connection once the store's first connection
// has opened the file (opened) or failed to: then the files the probe made
// beside the database are removed, and a refused file keeps its folder as
// it was.
func (p probed) release(opened bool) {
	if p.walView != nil {
		p.walView.Close()
	}
	if !opened && p.made != nil {
		p.made()
	}
}

// probe inspects an existing database through a read-only connection before
// anything may write to it. It never creates, migrates or checkpoints the
// file, and its cost does not grow with the data: the header and the file's
// size, the -wal (wal.go), the schema and the marks, and the audit head
// beside the last verified one. The whole-file checks run after opening,
// before any write (verify.go). A file not in WAL mode — which the store's
// connections would convert, a write — gets its quick_check here. A probe
// that passes must be released (probed.release).
func probe(path string) (p probed, err error) {
	fi, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		return p, nil
	}
	if err != nil {
		return p, data.Wrap(data.EInternal, err, "无法读取数据文件 %s：%v", path, err)
	}
	if fi.Size() == 0 {
		return p, data.Errorf(data.EDamaged, "数据文件 %s 是空文件（0 字节），可能已损坏；请从备份恢复", path)
	}
	head, err := readHeader(path)
	if err != nil {
		return p, err
	}
	w, err := readWAL(path + "-wal")
	if err != nil {
		return p, data.Wrap(data.EInternal, err, "无法检查日志文件：%v", err)
	}
	if err := checkSize(path, head, fi.Size(), w.frames > 0); err != nil {
		return p, err
	}
	made := keepFolder(path)
	uri, throughWAL := probeURI(path)
	db, err := sql.Open("sqlite3", uri)
	if err != nil {
		made()
		return p, fmt.Errorf("probe store: %w", err)
	}
	defer func() {
		if err == nil && throughWAL {
			p.walView, p.made = db, made
			return
		}
		db.Close()
		made()
	}()
	// A -wal is checked before anything is read through it.
	if err := checkWAL(path, w, db); err != nil {
		return p, err
	}
	if head[18] != 2 || head[19] != 2 { // not WAL mode: the open would write
		if err := quickCheckProbe(uri, path); err != nil {
			return p, err
		}
	}
	var appID, tables int
	err = db.QueryRow("SELECT (SELECT application_id FROM pragma_application_id), (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_schema)").Scan(&appID, &p.version, &tables)
	if err != nil {
		return p, data.Wrap(data.EDamaged, err, "数据文件 %s 无法读取：%v", path, err)
	}
	if err := checkSchema(db, path, appID, p.version, tables); err != nil {
		return p, err
	}
	if p.version > 0 && p.version <= len(migrations) {
		if _, err := headOf(db); err != nil {
			return p, data.Wrap(data.EDamaged, err, "数据文件 %s 的审计日志无法读取（%v）；请从备份恢复", path, err)
		}
		p.from = verifiedFrom(db, filepath.Dir(path))
	}
	return p, nil
}

// headOf reads the newest audit entry: the rightmost path of the log's
// b-tree, which a damaged or cut-off file often cannot give.
func headOf(q querier) (data.AuditHead, error) {
	var h data.AuditHead
	err := q.QueryRow("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").Scan(&h.Seq, &h.Hash)
	if errors.Is(err, sql.ErrNoRows) {
		return data.AuditHead{}, nil
	}
	return h, err
}

// quickCheckProbe is the probe's quick_check, on a plain connection to the
// file as uri reads it: every page and b-tree, without the search index's
// own check (plain_conn.go), as the check after opening.
func quickCheckProbe(uri, path string) error {
	db, err := openPlainURI(uri)
	if err != nil {
		return fmt.Errorf("probe store: %w", err)
	}
	defer db.Close()
	var check string
	if err := db.QueryRow("PRAGMA quick_check").Scan(&check); err != nil {
		return data.Wrap(data.EDamaged, err, "数据文件 %s 无法读取，可能已损坏（%v）；请从备份恢复", path, err)
	}
	if check != "ok" {
		return data.Errorf(data.EDamaged, "数据文件 %s 未通过完整性检查（%s）；请从备份恢复", path, check)
	}
	return nil
}

// readHeader reads the database header and refuses a file that does not
// start with SQLite's magic string or names an impossible page size, before
// the driver sees it.
func readHeader(path string) ([]byte, error) {
	head := make([]byte, 100)
	err := readAt(path, head, 0)
	notSQLite := data.Errorf(data.ENotHuiwu, "%s 不是 SQLite 数据库文件，可能已损坏或不是会务程序的数据文件", path)
	if err != nil || string(head[:16]) != "SQLite format 3\x00" {
		return nil, notSQLite
	}
	if n := pageSizeOf(head); n < 512 || n > 65536 || n&(n-1) != 0 {
		return nil, notSQLite
	}
	return head, nil
}

// checkSize refuses a file shorter than its header says (cut off by a
// failed copy, a full disk): SQLite would find the missing pages only when
// it reads them. The header's page count is valid only while its
// version-valid-for number equals the change counter; with a -wal to apply,
// the file may lawfully lag behind until the -wal is checkpointed.
func checkSize(path string, head []byte, size int64, walFrames bool) error {
	pages := int64(binary.BigEndian.Uint32(head[28:]))
	valid := pages > 0 && binary.BigEndian.Uint32(head[24:]) == binary.BigEndian.Uint32(head[92:])
	if !valid || walFrames || pages*int64(pageSizeOf(head)) <= size {
		return nil
	}
	return data.Errorf(data.EDamaged, "数据文件 %s 不完整（应有 %d 字节，实有 %d 字节），可能在复制或写入时被截断；请从备份恢复", path, pages*int64(pageSizeOf(head)), size)
}

// probeURI is the probe's connection string for path, and whether it reads
// through a -wal. Without a -wal beside the file the probe opens it
// immutable: SQLite then takes no lock and makes no -wal or -shm, so a file
// the probe refuses keeps its folder exactly as it was (a plain read-only
// open of a WAL-mode file leaves an empty -wal and a 32 KB -shm). With a
// -wal the probe must read through it, and SQLite needs a -shm for that;
// keepFolder removes it again if the file is refused.
func probeURI(path string) (uri string, throughWAL bool) {
	if fi, err := os.Stat(path + "-wal"); err == nil && fi.Size() > 0 {
		return readOnlyURI(path), true
	}
	return readOnlyURI(path) + "&immutable=1", false
}

// keepFolder notes whether the -wal and -shm beside path exist and returns
// a function that removes those of them that did not, once the probe's
// connection is closed. The folder is locked, so nothing else made them.
func keepFolder(path string) func() {
	var made []string
	for _, suffix := range []string{"-wal", "-shm"} {
		if _, err := os.Lstat(path + suffix); os.IsNotExist(err) {
			made = append(made, path+suffix)
		}
	}
	return func() {
		for _, p := range made {
			os.Remove(p)
		}
	}
}

// checkSchema tells Huiwu's files from other SQLite files by their marks and
// tables. A file without Huiwu's application_id is taken only when it is
// wholly empty (no tables, user_version 0: a new file); one with the mark
// and a schema version must have the tables every version has. Anything else
// is another program's, refused before any migration could write to it.
func checkSchema(db *sql.DB, path string, appID, version, tables int) error {
	foreign := data.Errorf(data.ENotHuiwu, "%s 不是会务程序的数据文件", path)
	if appID != ApplicationID {
		if appID != 0 || tables > 0 || version != 0 {
			return foreign
		}
		return nil
	}
	if version == 0 || version > len(migrations) {
		return nil // a new file, or a newer one refused as too new
	}
	var n int
	err := db.QueryRow("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('settings', 'audit_log', 'units', 'people')").Scan(&n)
	if err != nil {
		return data.Wrap(data.EDamaged, err, "数据文件 %s 无法读取：%v", path, err)
	}
	if n != 4 {
		return foreign
	}
	return nil
}

// checkHeader is readHeader for those that need only its verdict.
func checkHeader(path string) error {
	_, err := readHeader(path)
	return err
}
