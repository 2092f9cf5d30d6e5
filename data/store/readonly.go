package store

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"time"

	"huiwu/data"
)

// OpenReadOnly opens the data folder's database without any write: no
// migration, no journal change, no checkpoint. The recovery screen offers it
// for a file that fails its checks, so that a secretary can still read and
// print what is there. Every save then fails with a read-only message.
//
// A folder that cannot be written to (a CD, a write-protected USB drive, a
// share without permission) cannot hold the lock file either; nothing can
// write there, so it is opened without the lock, immutable — SQLite then
// needs no -shm beside the file, which it could not make.
func OpenReadOnly(dir string) (*Store, error) {
	path := filepath.Join(dir, DBName)
	uri := readOnlyURI(path)
	lock, err := lockDir(dir)
	if data.ErrorCode(err) == data.EReadOnly {
		uri, _ = probeURI(path)
	} else if err != nil {
		return nil, err
	}
	if err := checkHeader(path); err != nil {
		lock.release()
		return nil, err
	}
	db, err := sql.Open("sqlite3", uri)
	if err != nil {
		lock.release()
		return nil, fmt.Errorf("open read-only: %w", err)
	}
	var n int
	if err := db.QueryRow("SELECT count(*) FROM sqlite_schema").Scan(&n); err != nil {
		db.Close()
		lock.release()
		return nil, data.Wrap(data.EDamaged, err, "数据文件 %s 连只读方式也无法读取（%v）；请从备份恢复", path, err)
	}
	return &Store{db: db, dir: dir, path: path, lock: lock, Now: time.Now, Actor: currentUser(), ReadOnly: true, readURI: uri}, nil
}

// LatestGoodBackup returns the newest backup in dir that passes every check,
// for the recovery screen's one-click restore.
func LatestGoodBackup(ctx context.Context, dir string) (data.BackupInfo, error) {
	all, err := ListBackups(ctx, dir)
	if err != nil {
		return data.BackupInfo{}, err
	}
	for _, b := range all {
		if verifyOrRefuse(ctx, b.Path) == nil {
			return b, nil
		}
	}
	return data.BackupInfo{}, data.Errorf(data.ENotFound, "备份文件夹 %s 中没有通过检查的备份", dir)
}

// DefaultBackupDir is where backups go when no setting says otherwise (the
// setting cannot be read from a damaged database, so recovery looks here).
func DefaultBackupDir(dataDir string) string {
	clean := filepath.Clean(dataDir)
	return filepath.Join(filepath.Dir(clean), filepath.Base(clean)+"-backups")
}
