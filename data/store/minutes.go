package store

import (
	"context"
	"database/sql"
	"time"

	"huiwu/data"
	"huiwu/rules"
)

// The store serves the 纪要 screens.
var _ data.MinutesService = (*Store)(nil)

const minutesCols = `n.id, n.meeting_id, m.title, m.kind, m.starts_at, n.year, n.issue, n.title, n.disclosure,
	n.classification, n.three_major, ifnull(n.lead_unit_id, 0), n.distribution, n.stage, n.signed_on, n.version,
	(SELECT count(*) FROM minutes_versions v WHERE v.minutes_id = n.id)`

const minutesFrom = " FROM minutes n JOIN meetings m ON m.id = n.meeting_id"

func scanMinutes(sc interface{ Scan(...any) error }) (data.Minutes, error) {
	var n data.Minutes
	var starts, signed string
	err := sc.Scan(&n.ID, &n.MeetingID, &n.MeetingTitle, &n.MeetingKind, &starts, &n.Year, &n.Issue, &n.Title, &n.Disclosure,
		&n.Classification, &n.ThreeMajor, &n.LeadUnitID, &n.Distribution, &n.Stage, &signed, &n.Version, &n.Versions)
	if err != nil {
		return n, err
	}
	if n.MeetingDay, err = storedDay(firstDay(starts), "会议", n.MeetingID); err != nil {
		return n, err
	}
	n.SignedOn, err = storedDay(signed, "纪要", n.ID)
	return n, err
}

// firstDay is the date part of a stored start time (2026-05-06 09:00).
func firstDay(s string) string {
	if len(s) >= len(data.DateLayout) {
		return s[:len(data.DateLayout)]
	}
	return s
}

func minutesTx(tx *Tx, id int64) (data.Minutes, error) {
	n, err := scanMinutes(tx.QueryRow("SELECT "+minutesCols+minutesFrom+" WHERE n.id = ?", id))
	if err == sql.ErrNoRows {
		return n, data.Errorf(data.ENotFound, "纪要（编号 %d）已不存在", id)
	}
	return n, err
}

// MinutesList lists the 纪要, newest meeting first.
func (s *Store) MinutesList(ctx context.Context, f data.MinutesFilter) ([]data.Minutes, error) {
	var out []data.Minutes
	err := s.docRead(ctx, func(tx *Tx) error {
		year := "(? = 0 OR n.year = ?)"
		if f.Unsigned {
			year = "(? = 0 OR n.year = ? OR n.stage <> 'signed')"
		}
		rows, err := tx.Query("SELECT "+minutesCols+minutesFrom+
			" WHERE "+year+" AND (? = '' OR n.stage = ?) ORDER BY m.starts_at DESC, n.id DESC",
			f.Year, f.Year, string(f.Stage), string(f.Stage))
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			n, err := scanMinutes(rows)
			if err != nil {
				return err
			}
			out = append(out, n)
		}
		return rows.Err()
	})
	return out, err
}

// MinutesOf reads one 纪要.
func (s *Store) MinutesOf(ctx context.Context, id int64) (data.Minutes, error) {
	var n data.Minutes
	err := s.docRead(ctx, func(tx *Tx) error {
		var err error
		n, err = minutesTx(tx, id)
		return err
	})
	return n, err
}

// MinutesForMeeting returns the ID of the meeting's 纪要, 0 when none.
func (s *Store) MinutesForMeeting(ctx context.Context, meetingID int64) (int64, error) {
	var id int64
	err := s.docRead(ctx, func(tx *Tx) error {
		err := tx.QueryRow("SELECT id FROM minutes WHERE meeting_id = ?", meetingID).Scan(&id)
		if err == sql.ErrNoRows {
			return nil
		}
		return err
	})
	return id, err
}

// SaveMinutes saves the settings of a 纪要 (公开属性, 密级, 三重一大, lead
// unit, 分送, title). The rules decide (rules.MinutesSettingsChange): a
// signed 纪要 is locked; a change that may change who signs clears the steps
// already recorded, audited, and the chain starts again.
func (s *Store) SaveMinutes(ctx context.Context, m data.Minutes) (data.Minutes, error) {
	m.Normalize()
	if err := m.Validate(); err != nil {
		return m, err
	}
	var out data.Minutes
	err := s.tx(ctx, func(tx *Tx) error {
		old, err := minutesTx(tx, m.ID)
		if err != nil {
			return err
		}
		if old.Version != m.Version {
			return conflict("纪要", old.IssueText())
		}
		reroute, err := rules.MinutesSettingsChange(old, m)
		if err != nil {
			return err
		}
		var lead any
		if m.LeadUnitID != 0 {
			lead = m.LeadUnitID
		}
		if _, err := tx.Exec(`UPDATE minutes SET title = ?, disclosure = ?, classification = ?, three_major = ?, lead_unit_id = ?,
			distribution = ?, version = version + 1 WHERE id = ?`,
			m.Title, m.Disclosure, m.Classification, m.ThreeMajor, lead, m.Distribution, m.ID); err != nil {
			return err
		}
		if err := s.audit(tx, "minutes.save", "minutes", m.ID, map[string]any{
			"title": m.Title, "disclosure": m.Disclosure, "classification": m.Classification,
			"three_major": m.ThreeMajor, "lead_unit": m.LeadUnitID, "distribution": m.Distribution,
		}); err != nil {
			return err
		}
		if err := s.clearSigns(tx, old, reroute); err != nil {
			return err
		}
		out, err = minutesTx(tx, m.ID)
		return err
	})
	return out, err
}

// DeleteMinutes deletes a 纪要 the rules let go (rules.MinutesDeletable:
// not a signed one, which is on record).
func (s *Store) DeleteMinutes(ctx context.Context, id, version int64) error {
	return s.tx(ctx, func(tx *Tx) error {
		n, err := minutesTx(tx, id)
		if err != nil {
			return err
		}
		if n.Version != version {
			return conflict("纪要", n.IssueText())
		}
		if err := rules.MinutesDeletable(n); err != nil {
			return err
		}
		if _, err := tx.Exec("DELETE FROM minutes WHERE id = ?", id); err != nil {
			return err
		}
		return s.audit(tx, "minutes.delete", "minutes", id, map[string]any{"meeting": n.MeetingID, "issue": n.IssueText()})
	})
}

// clearSigns drops the recorded steps of an unsigned 纪要 and puts it back to
// 起草, with why (as the rules decided) in the audit log; nothing when the
// rules keep the steps.
func (s *Store) clearSigns(tx *Tx, n data.Minutes, r rules.Reroute) error {
	if r.Why == "" {
		return nil
	}
	res, err := tx.Exec("DELETE FROM minutes_signs WHERE minutes_id = ?", n.ID)
	if err != nil {
		return err
	}
	cleared, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if cleared == 0 {
		return nil
	}
	if _, err := tx.Exec("UPDATE minutes SET stage = 'draft', version = version + 1 WHERE id = ?", n.ID); err != nil {
		return err
	}
	return s.audit(tx, "minutes.reroute", "minutes", n.ID, map[string]any{"cleared": cleared, "why": r.Why, "clause": r.Clause})
}

// storedStamp reads a stored timestamp (s.stamp's layout) strictly.
func storedStamp(v, what string, id int64) (time.Time, error) {
	t, err := time.Parse("2006-01-02T15:04:05Z", v)
	if err != nil {
		return t, data.Wrap(data.EDamaged, err, "%s（编号 %d）的时间「%s」无效", what, id, v)
	}
	return t, nil
}
