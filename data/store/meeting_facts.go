package store

import (
	"context"
	"time"

	"huiwu/data"
	"huiwu/rules"
)

// storedClock reads a stored wall-clock time (” is the zero time).
func storedClock(s string, meetingID int64) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(clockLayout, s)
	if err != nil {
		return t, data.Wrap(data.EDamaged, err, "会议（编号 %d）的实际时间「%s」无效", meetingID, s)
	}
	return t, nil
}

func clockText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(clockLayout)
}

// InviteeConsults lists the 会商 recorded on a meeting's invitees (四十一).
func (s *Store) InviteeConsults(ctx context.Context, meetingID int64) ([]data.InviteeConsult, error) {
	out, err := inviteeConsultsTx(s.conn(), meetingID)
	if err != nil {
		return nil, classify(err, "读取会商记录")
	}
	return out, nil
}

func inviteeConsultsTx(tx rowsQuerier, meetingID int64) ([]data.InviteeConsult, error) {
	rows, err := tx.Query("SELECT body, contact, consulted FROM invitee_consults WHERE meeting_id = ? ORDER BY body DESC", meetingID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []data.InviteeConsult
	for rows.Next() {
		c := data.InviteeConsult{MeetingID: meetingID}
		var on string
		if err := rows.Scan(&c.Body, &c.Contact, &on); err != nil {
			return nil, err
		}
		if c.On, err = storedDay(on, "会商记录", meetingID); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// RecordInviteeConsult records (or corrects) the 会商 with the 人大办公室 or
// 政协办公室 on a meeting's invitees, with its audit entry; the list is final
// at the notice, so a meeting no longer in preparation refuses it.
func (s *Store) RecordInviteeConsult(ctx context.Context, c data.InviteeConsult) error {
	c.Normalize()
	if err := c.Validate(); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *Tx) error {
		m, err := meetingTx(tx, c.MeetingID)
		if err != nil {
			return err
		}
		if err := rules.AgendaOpen(m); err != nil {
			return err
		}
		if _, err := tx.Exec(`INSERT INTO invitee_consults (meeting_id, body, contact, consulted, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (meeting_id, body) DO UPDATE SET contact = excluded.contact, consulted = excluded.consulted, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by`,
			c.MeetingID, c.Body, c.Contact, dayText(c.On), tx.stamp(), s.Actor); err != nil {
			return err
		}
		return s.audit(tx, "meeting.invitee_consult", "meeting", c.MeetingID, map[string]any{"clause": "四十一", "body": c.Body.Name(), "contact": c.Contact, "on": dayText(c.On)})
	})
}

// inviteeFindings is what 四十一 finds in a meeting's invitee list when it
// becomes final, at the notice sent today.
func inviteeFindings(tx *Tx, m data.Meeting, today time.Time) ([]rules.Finding, error) {
	ps, err := participantsTx(tx, m.ID)
	if err != nil {
		return nil, err
	}
	consults, err := inviteeConsultsTx(tx, m.ID)
	if err != nil {
		return nil, err
	}
	var out []rules.Finding
	for _, b := range rules.InviteeListFinal(m.Kind, ps, consults, today) {
		out = append(out, rules.Finding{Field: "邀请列席", Breach: b})
	}
	return out, nil
}

// dateOnlyUTC is t's calendar day at midnight, as dates are stored.
func dateOnlyUTC(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// RecordActual records a meeting's actual start, end and head count (四十五)
// with its audit entry.
func (s *Store) RecordActual(ctx context.Context, meetingID, version int64, a data.MeetingActual) (data.Meeting, error) {
	var m data.Meeting
	err := s.tx(ctx, func(tx *Tx) error {
		var err error
		if m, err = meetingTx(tx, meetingID); err != nil {
			return err
		}
		if m.Version != version {
			return conflict("会议", m.Title)
		}
		if err := rules.CheckActual(m, a); err != nil {
			return err
		}
		if _, err := tx.Exec("UPDATE meetings SET actual_start = ?, actual_end = ?, actual_count = ?, version = version + 1, updated_at = ? WHERE id = ?",
			clockText(a.Start), clockText(a.End), a.Count, tx.stamp(), meetingID); err != nil {
			return err
		}
		m.Actual, m.Version = a, m.Version+1
		return s.audit(tx, "meeting.actual", "meeting", meetingID, map[string]any{
			"clause": "四十五", "start": clockText(a.Start), "end": clockText(a.End), "count": a.Count,
			"planned_minutes": m.Minutes(), "planned_heads": m.HeadCount,
		})
	})
	return m, err
}
