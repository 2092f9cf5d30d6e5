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
	"time"

	"huiwu/data"
)

// Backup settings, kept in the settings table.
const (
	SettingBackupDir  = "backup.dir"  // folder for backups; default beside the data folder
	SettingBackupKeep = "backup.keep" // how many automatic backups to keep
	DefaultBackupKeep = 30
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
	return s.BackupTo(ctx, dir, "manual")
}

// BackupTo writes a consistent copy of the live database into dir with
// VACUUM INTO (safe while others write: it reads one snapshot), first under
// a temporary name, then renamed, so a half-written backup never looks
// whole. Beside it goes a .json record of its counts and audit head. Older
// automatic backups beyond the keep setting are then removed.
func (s *Store) BackupTo(ctx context.Context, dir, label string) (data.BackupInfo, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return data.BackupInfo{}, data.Wrap(data.EInternal, err, "无法创建备份文件夹 %s：%v", dir, err)
	}
	taken := s.Now()
	name := fmt.Sprintf("huiwu-%s-%s.db", taken.Format("20060102-150405.000"), label)
	final := filepath.Join(dir, strings.Replace(name, ".000", fmt.Sprintf(".%03d", taken.Nanosecond()/1e6), 1))
	tmp := final + ".tmp"
	os.Remove(tmp)
	if _, err := s.conn().ExecContext(ctx, "VACUUM INTO ?", tmp); err != nil {
		os.Remove(tmp)
		return data.BackupInfo{}, classify(err, "备份")
	}
	info, err := describe(ctx, tmp)
	if err != nil {
		os.Remove(tmp)
		return info, err
	}
	if err := syncFile(tmp); err != nil {
		os.Remove(tmp)
		return info, classify(err, "备份")
	}
	if err := os.Rename(tmp, final); err != nil {
		os.Remove(tmp)
		return info, data.Wrap(data.EInternal, err, "备份失败：%v", err)
	}
	info.Path, info.Label, info.Taken = final, label, taken
	if err := writeRecord(info); err != nil {
		return info, err
	}
	if err := s.prune(ctx, dir); err != nil {
		return info, err
	}
	return info, nil
}

// describe opens a database file read-only and reads its schema version,
// row counts per table and audit head.
func describe(ctx context.Context, path string) (data.BackupInfo, error) {
	info := data.BackupInfo{Path: path, Counts: map[string]int64{}}
	fi, err := os.Stat(path)
	if err != nil {
		return info, data.Wrap(data.EInternal, err, "无法读取 %s：%v", path, err)
	}
	info.Size = fi.Size()
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
	return info, nil
}

func userTables(ctx context.Context, db *sql.DB) ([]string, error) {
	rows, err := db.QueryContext(ctx, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
	if err != nil {
		return nil, classify(err, "读取表")
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, classify(err, "读取表")
		}
		out = append(out, n)
	}
	return out, rows.Err()
}

// record is the .json kept beside each backup.
type record struct {
	Label  string           `json:"label"`
	Taken  time.Time        `json:"taken"`
	Size   int64            `json:"size"`
	Schema int              `json:"schema"`
	Counts map[string]int64 `json:"counts"`
	Head   string           `json:"audit_head"`
	Hash   string           `json:"audit_hash"`
}

func writeRecord(info data.BackupInfo) error {
	r := record{Label: info.Label, Taken: info.Taken.UTC(), Size: info.Size, Schema: info.Schema, Counts: info.Counts, Head: info.Head.String(), Hash: fmt.Sprintf("%x", info.Head.Hash)}
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	path := strings.TrimSuffix(info.Path, ".db") + ".json"
	if err := os.WriteFile(path+".tmp", b, 0o600); err != nil {
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

// ListBackups lists the backups in dir, newest first.
func ListBackups(ctx context.Context, dir string) ([]data.BackupInfo, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "huiwu-*.db"))
	if err != nil {
		return nil, err
	}
	var out []data.BackupInfo
	for _, p := range paths {
		info, err := readRecord(p)
		if err != nil {
			if info, err = describe(ctx, p); err != nil {
				continue // not a readable backup: listed by nobody, removed by nobody
			}
			if fi, err := os.Stat(p); err == nil {
				info.Taken = fi.ModTime()
			}
		}
		out = append(out, info)
	}
	slices.SortFunc(out, func(a, b data.BackupInfo) int { return b.Taken.Compare(a.Taken) })
	return out, nil
}

func readRecord(path string) (data.BackupInfo, error) {
	b, err := os.ReadFile(strings.TrimSuffix(path, ".db") + ".json")
	if err != nil {
		return data.BackupInfo{}, err
	}
	var r record
	if err := json.Unmarshal(b, &r); err != nil {
		return data.BackupInfo{}, err
	}
	info := data.BackupInfo{Path: path, Label: r.Label, Taken: r.Taken, Size: r.Size, Schema: r.Schema, Counts: r.Counts}
	seq, _, _ := strings.Cut(r.Head, ":")
	info.Head.Seq, _ = strconv.ParseInt(seq, 10, 64)
	fmt.Sscanf(r.Hash, "%x", &info.Head.Hash)
	return info, nil
}

// prune removes automatic backups beyond the keep setting, oldest first.
// Manual and pre-migration backups are the user's to delete.
func (s *Store) prune(ctx context.Context, dir string) error {
	keep, err := s.intSetting(ctx, SettingBackupKeep, DefaultBackupKeep)
	if err != nil {
		return err
	}
	all, err := ListBackups(ctx, dir)
	if err != nil {
		return err
	}
	n := 0
	for _, b := range all {
		if b.Label != "auto" && b.Label != "exit" {
			continue
		}
		n++
		if n > keep {
			os.Remove(b.Path)
			os.Remove(strings.TrimSuffix(b.Path, ".db") + ".json")
		}
	}
	return nil
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// AutoBackup takes a backup labelled label into the backup folder unless one
// newer than maxAge exists already (maxAge 0: always). The exit backup and
// the daily one while the program runs both come through here.
func (s *Store) AutoBackup(ctx context.Context, label string, maxAge time.Duration) error {
	dir, err := s.BackupDir(ctx)
	if err != nil {
		return err
	}
	if maxAge > 0 {
		all, err := ListBackups(ctx, dir)
		if err != nil {
			return err
		}
		if len(all) > 0 && s.Now().Sub(all[0].Taken) < maxAge {
			return nil
		}
	}
	_, err = s.BackupTo(ctx, dir, label)
	return err
}
