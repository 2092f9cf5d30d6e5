package store

import (
	"context"
	"database/sql"
	"unicode/utf8"

	"huiwu/data"
	"huiwu/rules"
)

// AutosaveMinutes keeps the editor's unsaved text of a 纪要. It is a scratch
// copy, not a change to the record: the audit log records the versions a
// save makes, not every pause in typing. A signed 纪要 takes none.
func (s *Store) AutosaveMinutes(ctx context.Context, id int64, body string, basedOn int) error {
	if !utf8.ValidString(body) || utf8.RuneCountInString(body) > data.MaxMinutesBody {
		return data.Errorf(data.EInvalid, "草稿过长或含有无效字符，未能自动保存")
	}
	return s.tx(ctx, func(tx *Tx) error {
		n, err := minutesTx(tx, id)
		if err != nil {
			return err
		}
		if err := rules.MinutesEditable(n); err != nil {
			return err
		}
		_, err = tx.Exec(`INSERT INTO minutes_autosave (minutes_id, based_on, body, saved_at, saved_by) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (minutes_id) DO UPDATE SET based_on = excluded.based_on, body = excluded.body,
			saved_at = excluded.saved_at, saved_by = excluded.saved_by`, id, basedOn, body, tx.stamp(), s.actor())
		return err
	})
}

// MinutesAutosave gives back the unsaved text of a 纪要's editor, unless
// there is none or it equals the newest version.
func (s *Store) MinutesAutosave(ctx context.Context, id int64) (data.MinutesDraftCopy, bool, error) {
	var c data.MinutesDraftCopy
	var ok bool
	err := s.docRead(ctx, func(tx *Tx) error {
		var at string
		err := tx.QueryRow("SELECT based_on, body, saved_at, saved_by FROM minutes_autosave WHERE minutes_id = ?", id).Scan(&c.BasedOn, &c.Body, &at, &c.SavedBy)
		if err == sql.ErrNoRows {
			return nil
		}
		if err != nil {
			return err
		}
		if c.SavedAt, err = storedStamp(at, "纪要草稿", id); err != nil {
			return err
		}
		_, newest, err := latestTx(tx, id)
		ok = err == nil && data.CleanMinutesText(c.Body) != newest
		return err
	})
	return c, ok, err
}

// dropAutosave clears the scratch copy once a version is made from it.
func dropAutosave(tx *Tx, id int64) error {
	_, err := tx.Exec("DELETE FROM minutes_autosave WHERE minutes_id = ?", id)
	return err
}
