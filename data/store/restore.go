package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"huiwu/data"
)

// VerifyFile checks a database file read-only — header, application ID,
// schema version, integrity, foreign keys and the audit chain — without
// touching it. A backup must pass before it may replace the live data.
func VerifyFile(ctx context.Context, path string) (CheckReport, error) {
	return verifyAs(ctx, path, path)
}

// verifyAs checks the database file path as the backup backup: the record
// beside backup anchors its history.
func verifyAs(ctx context.Context, path, backup string) (CheckReport, error) {
	if err := checkHeader(path); err != nil {
		return CheckReport{}, err
	}
	db, err := sql.Open("sqlite3", readOnlyURI(path))
	if err != nil {
		return CheckReport{}, fmt.Errorf("verify %s: %w", path, err)
	}
	defer db.Close()
	var appID, version int
	if err := db.QueryRowContext(ctx, "SELECT (SELECT application_id FROM pragma_application_id), (SELECT user_version FROM pragma_user_version)").Scan(&appID, &version); err != nil {
		return CheckReport{}, data.Wrap(data.EDamaged, err, "%s 无法读取：%v", path, err)
	}
	if appID != ApplicationID {
		return CheckReport{}, data.Errorf(data.ENotHuiwu, "%s 不是会务程序的数据文件", path)
	}
	if version > len(migrations) {
		return CheckReport{}, data.Errorf(data.ETooNew, "%s 由较新版本的会务程序写入（结构版本 %d），本程序不能使用", path, version)
	}
	ro := &Store{db: db, path: path, backup: backup}
	return ro.Check(ctx)
}

// VerifyBackup is VerifyFile with a failed check turned into an error.
func (s *Store) VerifyBackup(ctx context.Context, path string) error {
	return verifyOrRefuse(ctx, path)
}

func verifyOrRefuse(ctx context.Context, path string) error {
	r, err := verifyBackupFile(ctx, path)
	if err != nil {
		return err
	}
	if !r.OK() {
		var why []string
		why = append(why, r.Integrity...)
		why = append(why, r.Foreign...)
		if !r.Audit.OK() {
			why = append(why, fmt.Sprintf("审计日志第 %d 条%s", r.Audit.FirstBad, r.Audit.Problem))
		}
		return data.Errorf(data.EDamaged, "备份 %s 未通过检查，不能用于恢复：%s", filepath.Base(path), strings.Join(why, "；"))
	}
	return nil
}

// Restore replaces the live database with the backup at path: it verifies
// the backup, closes the pool, sets the current file aside (never deletes
// it), puts a copy of the backup in its place and reopens, migrating if the
// backup is older. The Store stays usable by the same screens afterwards.
func (s *Store) Restore(ctx context.Context, path string) error {
	if err := verifyOrRefuse(ctx, path); err != nil {
		return err
	}
	// The check after opening reads the file being replaced: it ends
	// first, and a restore over a file that failed it goes through
	// RestoreFolder (the recovery screen). The copy restored was checked
	// whole by verifyOrRefuse, so the gate stays open for it.
	if err := s.writable(ctx); err != nil {
		return err
	}
	version, restoreErr, err := s.swapUnderLock(path)
	if err != nil {
		return err
	}
	if err := s.migrate(version); err != nil {
		return err
	}
	if restoreErr != nil {
		return restoreErr
	}
	// The restored file may name another secretary (or none).
	if err := s.loadSecretary(ctx); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *Tx) error {
		return s.audit(tx, "backup.restore", "database", 0, map[string]string{"from": path})
	})
}

// swapUnderLock closes the pool, puts the backup at path in place of the
// file and reopens whatever is then in place (the restored copy, or the
// untouched original if the swap failed), holding the pool's lock
// throughout: a query from another goroutine waits for the new pool instead
// of meeting a closed one. It returns the reopened file's schema version,
// the swap's error and the error that left the store without a pool.
func (s *Store) swapUnderLock(path string) (version int, swapErr, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.db.Close(); err != nil {
		return 0, nil, fmt.Errorf("close before restore: %w", err)
	}
	// Close does not wait for connections still in use: a read that took
	// the pool before the lock closes its connection when it ends, and
	// SQLite then checkpoints and deletes the -wal and -shm files, which
	// must not happen while swapIn moves them.
	for deadline := time.Now().Add(30 * time.Second); s.db.Stats().OpenConnections > 0; {
		if time.Now().After(deadline) {
			return 0, nil, data.Errorf(data.EBusy, "恢复前仍有读取未结束，请稍后再试")
		}
		time.Sleep(5 * time.Millisecond)
	}
	swapErr = swapIn(s.dir, path, s.Now().Format("20060102-150405"))
	pr, err := probe(s.path)
	if err != nil {
		return 0, swapErr, err
	}
	version = pr.version
	db, err := sql.Open("sqlite3", DSN(s.path))
	if err != nil {
		pr.release(false)
		return 0, swapErr, fmt.Errorf("reopen after restore: %w", err)
	}
	// A backup is in rollback-journal mode; the first connection turns it
	// to WAL, which needs the file to itself. Do it here, under the lock:
	// readers waiting for the new pool would otherwise open connections
	// beside that one and be refused with 「数据库正忙」.
	err = db.Ping()
	pr.release(err == nil)
	if err != nil {
		db.Close()
		return 0, swapErr, classify(err, "恢复后打开")
	}
	s.db = db
	return version, swapErr, nil
}

// RestoreFolder restores the backup at path into the data folder dir without
// opening the live database, which may be damaged: the recovery path and
// `huiwu restore`. It takes the folder lock for the duration.
func RestoreFolder(ctx context.Context, dir, path string) error {
	if err := verifyOrRefuse(ctx, path); err != nil {
		return err
	}
	lock, err := lockDir(dir)
	if err != nil {
		return err
	}
	defer lock.release()
	return swapIn(dir, path, timestampNow())
}

// swapIn moves the live database and its -wal/-shm aside under a
// before-restore name, then copies the backup in through a temporary file.
// If the copy fails the originals are moved back.
func swapIn(dir, backup, stamp string) error {
	live := filepath.Join(dir, DBName)
	tmp := live + ".restore.tmp"
	if err := copyPlain(backup, tmp); err != nil {
		os.Remove(tmp)
		return data.Wrap(data.EInternal, err, "恢复失败，现有数据未改动：无法复制备份（%v）", err)
	}
	aside, err := asideName(live, stamp)
	if err != nil {
		os.Remove(tmp)
		return err
	}
	var moved []string
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if _, err := os.Stat(live + suffix); err != nil {
			continue
		}
		if err := renameNoReplace(live+suffix, aside+suffix); err != nil {
			for _, m := range moved {
				os.Rename(aside+m, live+m)
			}
			os.Remove(tmp)
			return data.Wrap(data.EInternal, err, "恢复失败，现有数据未改动：%v", err)
		}
		moved = append(moved, suffix)
	}
	if err := os.Rename(tmp, live); err != nil {
		for _, m := range moved {
			os.Rename(aside+m, live+m)
		}
		return data.Wrap(data.EInternal, err, "恢复失败，现有数据未改动：%v", err)
	}
	return nil
}

// asideName is a before-restore name that nothing in the folder has yet,
// with or without -wal/-shm: two restores within one second would otherwise
// rename the second file over the first aside, losing the data from before
// the first, and leave the first aside's -wal beside the second's file.
func asideName(live, stamp string) (string, error) {
	base := fmt.Sprintf("%s.before-restore-%s", live, stamp)
	for n := 1; n < 1000; n++ {
		name := base
		if n > 1 {
			name = fmt.Sprintf("%s-%d", base, n)
		}
		if !anyExists(name, name+"-wal", name+"-shm") {
			return name, nil
		}
	}
	return "", data.Errorf(data.EInternal, "恢复失败，现有数据未改动：%s 已有太多同一时刻的旧数据文件", filepath.Dir(live))
}

func anyExists(paths ...string) bool {
	for _, p := range paths {
		if _, err := os.Lstat(p); !errors.Is(err, os.ErrNotExist) {
			return true
		}
	}
	return false
}

// renameNoReplace renames from to to, refusing when to exists: an aside is
// never overwritten (os.Rename would replace it without a word).
func renameNoReplace(from, to string) error {
	if anyExists(to) {
		return fmt.Errorf("%s 已存在，不覆盖", filepath.Base(to))
	}
	return os.Rename(from, to)
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	return writeSyncedFrom(to, in)
}

func timestampNow() string { return nowFunc().Format("20060102-150405") }
