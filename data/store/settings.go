package store

import (
	"context"
	"database/sql"
	"strconv"

	"huiwu/data"
)

// Setting reads one setting; "" when unset.
func (s *Store) Setting(ctx context.Context, key string) (string, error) {
	var v string
	err := s.db.QueryRowContext(ctx, "SELECT value FROM settings WHERE key = ?", key).Scan(&v)
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
	return s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.Exec("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value); err != nil {
			return err
		}
		return s.audit(tx, "setting.set", "setting", 0, map[string]string{"key": key, "value": value})
	})
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
