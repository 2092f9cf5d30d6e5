package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"huiwu/data"
)

// Backup settings, kept in the settings table.
const (
	SettingBackupDir  = "backup.dir"       // folder for backups; default beside the data folder
	SettingBackupKeep = "backup.retention" // the retention policy, data.Retention's stored form
)

// BackupDir is where backups go: the setting, or huiwu-backups beside the
// data folder (so that losing the data folder does not lose the backups).
func (s *Store) BackupDir(ctx context.Context) (string, error) {
	dir, err := s.Setting(ctx, SettingBackupDir)
	if err != nil {
		return "", err
	}
	if dir == "" {
		dir = DefaultBackupDir(s.dir)
	}
	return dir, nil
}

// BackupNow takes a manual backup into the backup folder.
func (s *Store) BackupNow(ctx context.Context) (data.BackupInfo, error) {
	dir, err := s.BackupDir(ctx)
	if err != nil {
		return data.BackupInfo{}, err
	}
	return s.BackupWithProgress(ctx, dir, "manual", nil)
}

// BackupTo writes a backup labelled label into dir as one self-contained
// compressed file (.db.zst), to carry away (`huiwu backup --to`): it shares
// nothing with the copies beside it. See backupInto.
func (s *Store) BackupTo(ctx context.Context, dir, label string) (data.BackupInfo, error) {
	return s.backupInto(ctx, dir, label, false, nil)
}

// BackupWithProgress writes one of the program's own backups into dir: a
// manifest whose chunks are shared with the other backups there
// (backup_chunks.go). See backupInto.
func (s *Store) BackupWithProgress(ctx context.Context, dir, label string, progress func(float64)) (data.BackupInfo, error) {
	return s.backupInto(ctx, dir, label, true, progress)
}

// backupMu lets one backup run at a time: the exit copy waits for a daily
// one under way instead of writing a second copy beside it.
var backupMu sync.Mutex

// backupInto writes a consistent copy of the live database into dir with
// VACUUM INTO (safe while others write: it reads one snapshot), stores it
// compressed — shared chunks and a manifest, or one file — reads what it
// wrote back to check that it gives the same bytes (SHA-256, recorded in the
// .json beside it with the counts, audit head and change mark), and only
// then renames it to its name: a backup killed at any point leaves temporary
// files, never a half copy under a backup's name. Automatic backups the
// retention policy no longer keeps are then removed, with the chunks no
// backup names any more. progress, when not nil, is told the share done, 0
// to 1.
func (s *Store) backupInto(ctx context.Context, dir, label string, shared bool, progress func(float64)) (data.BackupInfo, error) {
	if progress == nil {
		progress = func(float64) {}
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return data.BackupInfo{}, data.Wrap(data.EInternal, err, "无法创建备份文件夹 %s：%v", dir, err)
	}
	backupMu.Lock()
	defer backupMu.Unlock()
	removeStale(dir, time.Now())
	if err := s.ensureMark(ctx); err != nil {
		return data.BackupInfo{}, err
	}
	taken := s.Now()
	base := filepath.Join(dir, fmt.Sprintf("huiwu-%s.%03d-%s", taken.Format("20060102-150405"), taken.Nanosecond()/1e6, label))
	final := base + ".db.zst"
	if shared {
		final = base + manifestExt
	}
	plain := base + ".db.tmp"
	defer os.Remove(plain)
	if err := s.vacuumInto(ctx, plain, func(f float64) { progress(0.6 * f) }); err != nil {
		return data.BackupInfo{}, err
	}
	info, err := describe(ctx, plain)
	if err != nil {
		return info, err
	}
	tmp := final + ".tmp"
	defer os.Remove(tmp)
	if shared {
		var m manifest
		if m, info.Size, err = writeChunked(plain, dir, tmp, func(f float64) { progress(0.6 + 0.4*f) }); err != nil {
			return info, classify(err, "备份")
		}
		info.SHA256, info.Shared = m.SHA256, true
	} else {
		if info.SHA256, info.Size, err = compressFile(plain, tmp, func(f float64) { progress(0.6 + 0.3*f) }); err != nil {
			return info, classify(err, "备份")
		}
		if err := checkCompressed(tmp, info.SHA256, func(f float64) { progress(0.9 + 0.1*f) }); err != nil {
			return info, err
		}
	}
	info.Path, info.Label, info.Taken = final, label, taken
	if err := writeRecord(info); err != nil {
		return info, err
	}
	if err := os.Rename(tmp, final); err != nil {
		os.Remove(recordPath(final))
		return info, data.Wrap(data.EInternal, err, "备份失败：%v", err)
	}
	progress(1)
	os.Remove(plain) // before the sweep, which waits while a backup's temporaries are about
	return info, s.prune(ctx, dir)
}

// vacuumInto writes the snapshot, telling progress how far the file has
// grown against the pages in use (VACUUM INTO reports nothing itself).
func (s *Store) vacuumInto(ctx context.Context, path string, progress func(float64)) error {
	os.Remove(path)
	var pages, free, size int64
	s.conn().QueryRowContext(ctx, "SELECT (SELECT page_count FROM pragma_page_count), (SELECT freelist_count FROM pragma_freelist_count), (SELECT page_size FROM pragma_page_size)").Scan(&pages, &free, &size)
	want := max((pages-free)*size, 1)
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				if fi, err := os.Stat(path); err == nil {
					progress(min(float64(fi.Size())/float64(want), 1))
				}
			}
		}
	})
	_, err := s.conn().ExecContext(ctx, "VACUUM INTO ?", path)
	close(done)
	wg.Wait()
	if err != nil {
		return classify(err, "备份")
	}
	progress(1)
	return nil
}

// ensureMark gives data written before change marks existed its first one,
// so that its next unchanged exit can be skipped.
func (s *Store) ensureMark(ctx context.Context) error {
	if s.ReadOnly {
		return nil
	}
	mark, err := s.ChangeMark(ctx)
	if err != nil || mark != "" {
		return err
	}
	return s.tx(ctx, func(tx *Tx) error {
		_, err := tx.Exec("INSERT INTO settings (key, value) VALUES (?, '-') ON CONFLICT (key) DO NOTHING", settingChangeMark)
		return err
	})
}

// describe opens a database file read-only and reads its schema version,
// row counts per table and audit head.
func describe(ctx context.Context, path string) (data.BackupInfo, error) {
	info := data.BackupInfo{Path: path, Counts: map[string]int64{}}
	fi, err := os.Stat(path)
	if err != nil {
		return info, data.Wrap(data.EInternal, err, "无法读取 %s：%v", path, err)
	}
	info.Size, info.Plain = fi.Size(), fi.Size()
	if err := checkHeader(path); err != nil {
		return info, err
	}
	db, err := sql.Open("sqlite3", readOnlyURI(path))
	if err != nil {
		return info, fmt.Errorf("describe backup: %w", err)
	}
	defer db.Close()
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&info.Schema); err != nil {
		return info, data.Wrap(data.EDamaged, err, "%s 无法读取：%v", path, err)
	}
	tables, err := userTables(ctx, db)
	if err != nil {
		return info, err
	}
	for _, t := range tables {
		var n int64
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM "`+t+`"`).Scan(&n); err != nil {
			return info, data.Wrap(data.EDamaged, err, "%s 的表 %s 无法读取：%v", path, t, err)
		}
		info.Counts[t] = n
	}
	err = db.QueryRowContext(ctx, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").Scan(&info.Head.Seq, &info.Head.Hash)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return info, data.Wrap(data.EDamaged, err, "%s 的审计日志无法读取：%v", path, err)
	}
	err = db.QueryRowContext(ctx, "SELECT value FROM settings WHERE key = ?", settingChangeMark).Scan(&info.Mark)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return info, data.Wrap(data.EDamaged, err, "%s 的设置无法读取：%v", path, err)
	}
	return info, nil
}

func userTables(ctx context.Context, db *sql.DB) ([]string, error) {
	out, err := firstColumn[string](ctx, db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
	if err != nil {
		return nil, classify(err, "读取表")
	}
	return out, nil
}

// record is the .json kept beside each backup.
type record struct {
	Label  string           `json:"label"`
	Taken  time.Time        `json:"taken"`
	Size   int64            `json:"size"`
	Plain  int64            `json:"plain_size,omitempty"`
	Schema int              `json:"schema"`
	Counts map[string]int64 `json:"counts"`
	Head   string           `json:"audit_head"`
	Hash   string           `json:"audit_hash"`
	Mark   string           `json:"change_mark,omitempty"`
	SHA256 string           `json:"sha256,omitempty"`
}

// recordPath is the .json beside a backup, plain or compressed.
func recordPath(backup string) string {
	return strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(backup, manifestExt), ".zst"), ".db") + ".json"
}

// writeRecord writes the .json through a temporary name. It is written
// before the backup takes its name, so that no backup is ever without one.
func writeRecord(info data.BackupInfo) error {
	r := record{
		Label: info.Label, Taken: info.Taken.UTC(), Size: info.Size, Plain: info.Plain, Schema: info.Schema, Counts: info.Counts,
		Head: info.Head.String(), Hash: fmt.Sprintf("%x", info.Head.Hash), Mark: info.Mark, SHA256: info.SHA256,
	}
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	path := recordPath(info.Path)
	if err := os.WriteFile(path+".tmp", b, 0o600); err != nil {
		os.Remove(path + ".tmp")
		return data.Wrap(data.EInternal, err, "无法写入备份记录 %s：%v", path, err)
	}
	return os.Rename(path+".tmp", path)
}

// Backups lists the backups in the backup folder, newest first, from the
// records beside them (a backup without a record is described afresh).
func (s *Store) Backups(ctx context.Context) ([]data.BackupInfo, error) {
	dir, err := s.BackupDir(ctx)
	if err != nil {
		return nil, err
	}
	return ListBackups(ctx, dir)
}

// ListBackups lists the backups in dir, newest first: the compressed
// copies of this version and the plain ones of earlier versions.
func ListBackups(ctx context.Context, dir string) ([]data.BackupInfo, error) {
	var paths []string
	for _, pattern := range []string{"huiwu-*.db", "huiwu-*.db.zst", "huiwu-*" + manifestExt} {
		p, err := filepath.Glob(filepath.Join(dir, pattern))
		if err != nil {
			return nil, err
		}
		paths = append(paths, p...)
	}
	var out []data.BackupInfo
	for _, p := range paths {
		info, err := readRecord(p)
		if err != nil {
			if info, err = describeBackup(ctx, p); err != nil {
				continue // not a readable backup: listed by nobody, removed by nobody
			}
			if fi, err := os.Stat(p); err == nil {
				info.Taken, info.Size = fi.ModTime(), fi.Size()
			}
		}
		out = append(out, info)
	}
	slices.SortFunc(out, func(a, b data.BackupInfo) int { return b.Taken.Compare(a.Taken) })
	return out, nil
}

func readRecord(path string) (data.BackupInfo, error) {
	b, err := os.ReadFile(recordPath(path))
	if err != nil {
		return data.BackupInfo{}, err
	}
	var r record
	if err := json.Unmarshal(b, &r); err != nil {
		return data.BackupInfo{}, err
	}
	info := data.BackupInfo{Path: path, Label: r.Label, Taken: r.Taken, Size: r.Size, Plain: r.Plain, Schema: r.Schema, Counts: r.Counts, Mark: r.Mark, SHA256: r.SHA256, Shared: chunked(path)}
	if info.Plain == 0 {
		info.Plain = info.Size // a plain copy of an earlier version
	}
	seq, _, _ := strings.Cut(r.Head, ":")
	info.Head.Seq, _ = strconv.ParseInt(seq, 10, 64)
	fmt.Sscanf(r.Hash, "%x", &info.Head.Hash)
	return info, nil
}

// retention is the policy in force.
func (s *Store) retention(ctx context.Context) (data.Retention, error) {
	v, err := s.Setting(ctx, SettingBackupKeep)
	if err != nil {
		return data.DefaultRetention, err
	}
	return data.ParseRetention(v)
}

// prune removes the automatic backups the retention policy no longer keeps
// (data.Retention.Expired), each with its record.
func (s *Store) prune(ctx context.Context, dir string) error {
	keep, err := s.retention(ctx)
	if err != nil {
		return err
	}
	all, err := ListBackups(ctx, dir)
	if err != nil {
		return err
	}
	for _, b := range keep.Expired(all, s.Now()) {
		os.Remove(b.Path)
		os.Remove(recordPath(b.Path))
	}
	// File times are the real clock's, whatever clock the store runs on.
	return sweepChunks(dir, time.Now())
}

// BackupDue reports whether an automatic backup should be taken now: not
// when the newest backup holds the data as it is (same change mark), nor
// when it is younger than minAge (0: any age).
func (s *Store) BackupDue(ctx context.Context, minAge time.Duration) (bool, error) {
	dir, err := s.BackupDir(ctx)
	if err != nil {
		return false, err
	}
	all, err := ListBackups(ctx, dir)
	if err != nil || len(all) == 0 {
		return err == nil, err
	}
	mark, err := s.ChangeMark(ctx)
	if err != nil {
		return false, err
	}
	if mark != "" && all[0].Mark == mark {
		return false, nil
	}
	return minAge == 0 || s.Now().Sub(all[0].Taken) >= minAge, nil
}

// AutoBackup takes a backup labelled label into the backup folder when
// BackupDue says so, and reports whether it did. The exit backup (minAge 0)
// and the daily one while the program runs (a day) both come through here;
// a manual backup does not, and always copies.
func (s *Store) AutoBackup(ctx context.Context, label string, minAge time.Duration, progress func(float64)) (bool, error) {
	due, err := s.BackupDue(ctx, minAge)
	if err != nil || !due {
		return false, err
	}
	dir, err := s.BackupDir(ctx)
	if err != nil {
		return false, err
	}
	_, err = s.BackupWithProgress(ctx, dir, label, progress)
	return err == nil, err
}
