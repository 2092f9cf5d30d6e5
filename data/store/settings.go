package store

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strconv"

	"huiwu/data"
)

// Setting reads one setting; "" when unset.
func (s *Store) Setting(ctx context.Context, key string) (string, error) {
	var v string
	err := s.conn().QueryRowContext(ctx, "SELECT value FROM settings WHERE key = ?", key).Scan(&v)
	if err == sql.ErrNoRows {
		return "", nil
	}
	if err != nil {
		return "", classify(err, "读取设置")
	}
	return v, nil
}

// SetSetting writes one setting and records the change in the audit log.
func (s *Store) SetSetting(ctx context.Context, key, value string) error {
	return s.tx(ctx, func(tx *Tx) error { return s.setSetting(tx, key, value) })
}

func (s *Store) setSetting(tx *Tx, key, value string) error {
	if _, err := tx.Exec("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value); err != nil {
		return err
	}
	return s.audit(tx, "setting.set", "setting", 0, map[string]string{"key": key, "value": value})
}

func (s *Store) intSetting(ctx context.Context, key string, def int) (int, error) {
	v, err := s.Setting(ctx, key)
	if err != nil || v == "" {
		return def, err
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		return def, data.Errorf(data.EInvalid, "设置 %s 的值「%s」不是正整数", key, v)
	}
	return n, nil
}

// BackupSettings returns the backup folder in force and the retention
// policy.
func (s *Store) BackupSettings(ctx context.Context) (string, data.Retention, error) {
	dir, err := s.BackupDir(ctx)
	if err != nil {
		return "", data.DefaultRetention, err
	}
	keep, err := s.retention(ctx)
	return dir, keep, err
}

// SetBackupSettings checks and saves the backup folder and retention
// policy. The folder must be absolute and writable now (a USB drive that is
// not plugged in is refused, not silently skipped at the next backup).
func (s *Store) SetBackupSettings(ctx context.Context, dir string, keep data.Retention) error {
	var problems []data.Problem
	if err := keep.Validate(); err != nil {
		problems = append(problems, data.ProblemsOf(err)...)
	}
	dir = data.Clean(dir)
	if dir != "" {
		if !filepath.IsAbs(dir) {
			problems = append(problems, data.Problem{Field: "备份文件夹", Message: "应为完整路径，如 D:\\会务备份"})
		} else if err := writable(dir); err != nil {
			problems = append(problems, data.Problem{Field: "备份文件夹", Message: "无法写入：" + err.Error()})
		}
	}
	if len(problems) > 0 {
		return &data.Error{Code: data.EInvalid, Message: "备份设置未保存", Problems: problems}
	}
	return s.tx(ctx, func(tx *Tx) error {
		if err := s.setSetting(tx, SettingBackupDir, dir); err != nil {
			return err
		}
		return s.setSetting(tx, SettingBackupKeep, keep.String())
	})
}

// writable creates dir if needed and proves a file can be written in it.
func writable(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, ".huiwu-write-test-*")
	if err != nil {
		return err
	}
	name := f.Name()
	f.Close()
	return os.Remove(name)
}
