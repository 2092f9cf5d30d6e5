package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"

	"huiwu/data"
)

// checkWAL guards against a -wal file that does not belong to the database
// beside it (a database file copied in by hand over an old one, say). SQLite
// cannot tell: a WAL is self-consistent and would be applied, mixing two
// databases' pages. The audit log tells instead: it is append-only, so the
// database with its WAL must still hold, unchanged, the newest entry of the
// database without it, and its whole chain must verify. A WAL after a crash
// passes; a stranger's does not.
func checkWAL(path string, withWAL *sql.DB) error {
	fi, err := os.Stat(path + "-wal")
	if err != nil || fi.Size() == 0 {
		return nil
	}
	tmp, err := os.MkdirTemp("", "huiwu-wal-check-")
	if err != nil {
		return data.Wrap(data.EInternal, err, "无法检查日志文件：%v", err)
	}
	defer os.RemoveAll(tmp)
	alone := filepath.Join(tmp, DBName)
	if err := copyFile(path, alone); err != nil {
		return data.Wrap(data.EInternal, err, "无法检查日志文件：%v", err)
	}
	base, err := sql.Open("sqlite3", readOnlyURI(alone))
	if err != nil {
		return err
	}
	defer base.Close()
	var seq int64
	var hash []byte
	err = base.QueryRow("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").Scan(&seq, &hash)
	if errors.Is(err, sql.ErrNoRows) || (err != nil && !tableExists(base, "audit_log")) {
		return nil // nothing written before the WAL: nothing to contradict
	}
	foreign := data.Errorf(data.EDamaged, "数据文件 %s 旁的日志文件（-wal）与它不相符，可能来自另一个数据库；为免混入他处数据，未打开。请从备份恢复，或移走该 -wal 文件后再试", path)
	if err != nil {
		return foreign
	}
	var walHash []byte
	if err := withWAL.QueryRow("SELECT hash FROM audit_log WHERE seq = ?", seq).Scan(&walHash); err != nil || !bytes.Equal(walHash, hash) {
		return foreign
	}
	r, err := (&Store{db: withWAL}).VerifyAudit(context.Background())
	if err != nil || !r.OK() {
		return foreign
	}
	return nil
}

func tableExists(db *sql.DB, name string) bool {
	var n int
	db.QueryRow("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?", name).Scan(&n)
	return n > 0
}
