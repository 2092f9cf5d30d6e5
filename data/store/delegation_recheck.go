package store

import (
	"time"

	"huiwu/data"
	"huiwu/rules"
)

// recheckChairsTx applies the chair rules again (rules.RecheckChairs) to the
// meetings not yet held between from and to when the delegations change
// from before to after: a note that changes is written with its audit entry,
// and every change is returned in words for the secretary.
func (s *Store) recheckChairsTx(tx *Tx, before, after []data.Delegation, from, to time.Time) ([]string, error) {
	rows, err := tx.Query("SELECT "+meetingCols+` FROM meetings m JOIN people p ON p.id = m.chair_id
		WHERE m.status IN ('planning', 'notified') AND m.starts_at >= ? AND m.starts_at < ? ORDER BY m.starts_at, m.id`,
		from.Format(clockLayout), to.AddDate(0, 0, 1).Format(clockLayout))
	if err != nil {
		return nil, err
	}
	var ms []data.Meeting
	for rows.Next() {
		m, err := scanMeeting(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		ms = append(ms, m)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	planned := make([]rules.PlannedChair, 0, len(ms))
	for _, m := range ms {
		chair, err := personTx(tx, m.ChairID)
		if err != nil {
			return nil, err
		}
		planned = append(planned, rules.PlannedChair{Meeting: m, Chair: chair})
	}
	var says []string
	for _, c := range rules.RecheckChairs(planned, before, after) {
		says = append(says, c.Says)
		if c.Note == c.Meeting.DelegationNote {
			continue
		}
		if _, err := tx.Exec("UPDATE meetings SET delegation_note = ?, version = version + 1, updated_at = ? WHERE id = ?", c.Note, tx.stamp(), c.Meeting.ID); err != nil {
			return nil, err
		}
		if err := s.audit(tx, "meeting.delegation_recheck", "meeting", c.Meeting.ID, map[string]any{
			"clause": "四十二", "from": c.Meeting.DelegationNote, "to": c.Note, "says": c.Says,
		}); err != nil {
			return nil, err
		}
	}
	return says, nil
}

// replaced is the delegations after d is saved in place of its old self.
func replaced(existing []data.Delegation, d data.Delegation) []data.Delegation {
	out := []data.Delegation{d}
	for _, e := range existing {
		if e.ID != d.ID {
			out = append(out, e)
		}
	}
	return out
}

// span is the days both periods cover, the first to the last.
func span(a, b data.Delegation) (time.Time, time.Time) {
	from, to := a.From, a.To
	if !b.From.IsZero() && b.From.Before(from) {
		from = b.From
	}
	if b.To.After(to) {
		to = b.To
	}
	return from, to
}
