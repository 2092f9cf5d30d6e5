package store

import (
	"context"
	"crypto/rand"
	"encoding/hex"
)

// settingChangeMark holds a fresh random mark after every transaction that
// wrote anything, audited or not (the 纪要 autosave too). A backup records
// the mark it copied; when the live mark still equals the newest backup's,
// nothing was written since and the exit and daily copies are skipped.
//
// SQLite's own counters do not serve: PRAGMA data_version is per connection
// and forgotten on close, and the file change counter in the header (offset
// 24) is not moved by a WAL-mode commit that leaves page 1 alone (tried: an
// UPDATE of one row leaves it as it was). A counter would not serve either:
// after a restore of an older backup, as many new writes would bring it back
// to a newer backup's number with other data behind it; a random mark is
// never reached again.
const settingChangeMark = "data.change_mark"

// changesSoFar is the connection's count of rows written since it opened
// (triggers included); tx reads it before and after its work.
func changesSoFar(tx *Tx) (int64, error) {
	var n int64
	err := tx.QueryRow("SELECT total_changes()").Scan(&n)
	return n, err
}

// markIfChanged gives the data a new change mark when the transaction wrote
// a row since before.
func markIfChanged(tx *Tx, before int64) error {
	after, err := changesSoFar(tx)
	if err != nil || after == before {
		return err
	}
	b := make([]byte, 8)
	rand.Read(b)
	_, err = tx.Exec("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", settingChangeMark, hex.EncodeToString(b))
	return err
}

// ChangeMark is the data's current change mark ("" before its first write
// by this version).
func (s *Store) ChangeMark(ctx context.Context) (string, error) {
	return s.Setting(ctx, settingChangeMark)
}
