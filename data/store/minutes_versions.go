package store

import (
	"context"
	"database/sql"
	"fmt"
	"unicode/utf8"

	"huiwu/data"
	"huiwu/rules"
)

// MinutesVersions lists every version of a 纪要's text, oldest first.
func (s *Store) MinutesVersions(ctx context.Context, id int64) ([]data.MinutesVersion, error) {
	var out []data.MinutesVersion
	err := s.docRead(ctx, func(tx *Tx) error {
		if _, err := minutesTx(tx, id); err != nil {
			return err
		}
		var err error
		out, err = versionsTx(tx, id)
		return err
	})
	return out, err
}

func versionsTx(tx *Tx, id int64) ([]data.MinutesVersion, error) {
	rows, err := tx.Query("SELECT n, kind, note, body, saved_at, saved_by FROM minutes_versions WHERE minutes_id = ? ORDER BY n", id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []data.MinutesVersion
	for rows.Next() {
		var v data.MinutesVersion
		var at string
		if err := rows.Scan(&v.N, &v.Kind, &v.Note, &v.Body, &at, &v.SavedBy); err != nil {
			return nil, err
		}
		if v.SavedAt, err = storedStamp(at, "纪要版本", id); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// latestTx is the newest version's number and text; 0 and "" for none.
func latestTx(tx *Tx, id int64) (int, string, error) {
	var n int
	var body string
	err := tx.QueryRow("SELECT n, body FROM minutes_versions WHERE minutes_id = ? ORDER BY n DESC LIMIT 1", id).Scan(&n, &body)
	if err == sql.ErrNoRows {
		return 0, "", nil
	}
	return n, body, err
}

// addVersion appends a version and audits it. The audit detail carries the
// text's length and the version's kind, not the text: the versions table
// keeps every text, and a correction keeps its reason in both.
func (s *Store) addVersion(tx *Tx, id int64, kind, note, body string) (data.MinutesVersion, error) {
	last, _, err := latestTx(tx, id)
	if err != nil {
		return data.MinutesVersion{}, err
	}
	v := data.MinutesVersion{N: last + 1, Kind: kind, Note: note, Body: body, SavedBy: s.actor()}
	stamp := tx.stamp()
	if v.SavedAt, err = storedStamp(stamp, "纪要版本", id); err != nil {
		return v, err
	}
	if _, err := tx.Exec("INSERT INTO minutes_versions (minutes_id, n, kind, note, body, saved_at, saved_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
		id, v.N, kind, note, body, stamp, s.actor()); err != nil {
		return v, err
	}
	if err := dropAutosave(tx, id); err != nil {
		return v, err
	}
	return v, s.audit(tx, "minutes.version", "minutes", id, map[string]any{
		"n": v.N, "kind": kind, "note": note, "chars": utf8.RuneCountInString(body),
	})
}

// SaveMinutesText saves the editor's text as a new version. basedOn is the
// version the editor opened: if someone saved since, the save is refused
// rather than overwrite their text. An unchanged text adds nothing. Once
// signed the 纪要 is locked; a save while the chain is under way clears the
// steps, because the reviewer approved another text.
func (s *Store) SaveMinutesText(ctx context.Context, id int64, body string, basedOn int) (data.MinutesVersion, error) {
	body = data.CleanMinutesText(body)
	if err := data.ValidateMinutesText(body); err != nil {
		return data.MinutesVersion{}, err
	}
	var v data.MinutesVersion
	err := s.tx(ctx, func(tx *Tx) error {
		n, err := minutesTx(tx, id)
		if err != nil {
			return err
		}
		reroute, err := rules.MinutesTextChange(n, false)
		if err != nil {
			return err
		}
		last, text, err := latestTx(tx, id)
		if err != nil {
			return err
		}
		if last != basedOn {
			return conflictWith("纪要", n.IssueText(), fmt.Sprintf("第 %d 版", last))
		}
		if text == body {
			v, err = versionTx(tx, id, last)
			return err
		}
		if v, err = s.addVersion(tx, id, data.VersionSave, "", body); err != nil {
			return err
		}
		return s.clearSigns(tx, n, reroute)
	})
	return v, err
}

func versionTx(tx *Tx, id int64, n int) (data.MinutesVersion, error) {
	vs, err := versionsTx(tx, id)
	if err != nil {
		return data.MinutesVersion{}, err
	}
	for _, v := range vs {
		if v.N == n {
			return v, nil
		}
	}
	return data.MinutesVersion{}, data.Errorf(data.ENotFound, "纪要（编号 %d）没有第 %d 版", id, n)
}

// RestoreMinutesVersion makes an old version's text the newest, as a new
// version: nothing in between is lost. Refused once signed.
func (s *Store) RestoreMinutesVersion(ctx context.Context, id int64, n int) (data.MinutesVersion, error) {
	var v data.MinutesVersion
	err := s.tx(ctx, func(tx *Tx) error {
		m, err := minutesTx(tx, id)
		if err != nil {
			return err
		}
		reroute, err := rules.MinutesTextChange(m, true)
		if err != nil {
			return err
		}
		old, err := versionTx(tx, id, n)
		if err != nil {
			return err
		}
		if v, err = s.addVersion(tx, id, data.VersionRestore, fmt.Sprintf("恢复自第 %d 版", n), old.Body); err != nil {
			return err
		}
		return s.clearSigns(tx, m, reroute)
	})
	return v, err
}

// CorrectMinutes adds a 更正 version to a signed 纪要, with its reason; the
// signed version stays in the log and in the versions.
func (s *Store) CorrectMinutes(ctx context.Context, id int64, body, reason string) (data.MinutesVersion, error) {
	body, reason = data.CleanMinutesText(body), data.Clean(reason)
	if err := data.ValidateMinutesText(body); err != nil {
		return data.MinutesVersion{}, err
	}
	if reason == "" || utf8.RuneCountInString(reason) > data.MaxCorrectReason {
		return data.MinutesVersion{}, &data.Error{
			Code: data.EInvalid, Message: "更正未保存",
			Problems: []data.Problem{{Field: "更正理由", Message: fmt.Sprintf("请写明更正理由（不超过 %d 个字）", data.MaxCorrectReason)}},
		}
	}
	var v data.MinutesVersion
	err := s.tx(ctx, func(tx *Tx) error {
		m, err := minutesTx(tx, id)
		if err != nil {
			return err
		}
		_, text, err := latestTx(tx, id)
		if err != nil {
			return err
		}
		clause, err := rules.CanCorrect(m, text, body)
		if err != nil {
			return err
		}
		if v, err = s.addVersion(tx, id, data.VersionCorrection, reason, body); err != nil {
			return err
		}
		return s.audit(tx, "minutes.correct", "minutes", id, map[string]any{"n": v.N, "reason": reason, "clause": clause})
	})
	return v, err
}

// Phrases lists the 常用语 the editor offers, in the order they were added.
func (s *Store) Phrases(ctx context.Context) ([]string, error) {
	var out []string
	err := s.docRead(ctx, func(tx *Tx) error {
		rows, err := tx.Query("SELECT text FROM minutes_phrases ORDER BY id")
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var p string
			if err := rows.Scan(&p); err != nil {
				return err
			}
			out = append(out, p)
		}
		return rows.Err()
	})
	return out, err
}

// AddPhrase adds a 常用语; one already there is refused as a duplicate.
func (s *Store) AddPhrase(ctx context.Context, text string) error {
	text = data.Clean(text)
	if text == "" || utf8.RuneCountInString(text) > data.MaxPhrase {
		return &data.Error{
			Code: data.EInvalid, Message: "常用语未保存",
			Problems: []data.Problem{{Field: "常用语", Message: fmt.Sprintf("不能为空，不超过 %d 个字", data.MaxPhrase)}},
		}
	}
	return s.tx(ctx, func(tx *Tx) error {
		var n int
		if err := tx.QueryRow("SELECT count(*) FROM minutes_phrases WHERE text = ?", text).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return data.Errorf(data.EDuplicate, "常用语「%s」已有", text)
		}
		res, err := tx.Exec("INSERT INTO minutes_phrases (text) VALUES (?)", text)
		if err != nil {
			return err
		}
		pid, err := res.LastInsertId()
		if err != nil {
			return err
		}
		return s.audit(tx, "minutes.phrase", "minutes_phrase", pid, map[string]string{"text": text})
	})
}
