package store

import (
	"context"
	"database/sql"
	"time"

	"huiwu/data"
	"huiwu/rules"
)

// AddParticipant adds a person to a meeting in a role, or changes the role
// of one already there. Invitees beyond the limit of 四十一 are refused,
// naming the clause, unless the meeting has an override for it or the
// change carries one (written with it, in the same transaction).
func (s *Store) AddParticipant(ctx context.Context, p data.Participant, overrides ...data.Override) error {
	p.Topic = data.Clean(p.Topic)
	if err := p.Validate(); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *Tx) error {
		m, err := meetingTx(tx, p.MeetingID)
		if err != nil {
			return err
		}
		if err := rules.MayChangeParticipants(m); err != nil {
			return err
		}
		person, err := personTx(tx, p.PersonID)
		if err != nil {
			return err
		}
		if err := rules.MayJoin(m, person); err != nil {
			return err
		}
		_, err = tx.Exec(`INSERT INTO participants (meeting_id, person_id, role, topic) VALUES (?, ?, ?, ?)
			ON CONFLICT (meeting_id, person_id) DO UPDATE SET role = excluded.role, topic = excluded.topic, version = version + 1`,
			p.MeetingID, p.PersonID, p.Role, p.Topic)
		if err != nil {
			return err
		}
		ps, err := participantsTx(tx, p.MeetingID)
		if err != nil {
			return err
		}
		var findings []rules.Finding
		for _, f := range rules.CheckInvitees(m.Kind, ps) {
			findings = append(findings, rules.Finding{Field: "邀请列席", Breach: f})
		}
		plan, err := s.planFindings(tx, m)
		if err != nil {
			return err
		}
		findings = append(findings, plan...)
		if err := rules.MeetingRefusal(findings, append(m.Overrides, overrides...)); err != nil {
			return err
		}
		if err := s.recordOverrides(tx, &m, overrides); err != nil {
			return err
		}
		return s.audit(tx, "meeting.participant.add", "meeting", p.MeetingID, map[string]any{"person": person.Name, "person_id": p.PersonID, "role": p.Role, "topic": p.Topic})
	})
}

// RemoveParticipant takes a person off a meeting that has not been held.
func (s *Store) RemoveParticipant(ctx context.Context, meetingID, personID int64) error {
	return s.tx(ctx, func(tx *Tx) error {
		m, err := meetingTx(tx, meetingID)
		if err != nil {
			return err
		}
		if err := rules.MayRemoveParticipant(m); err != nil {
			return err
		}
		var name string
		if err := tx.QueryRow("SELECT p.name FROM participants x JOIN people p ON p.id = x.person_id WHERE x.meeting_id = ? AND x.person_id = ?", meetingID, personID).Scan(&name); err == sql.ErrNoRows {
			return data.Errorf(data.ENotFound, "该人员已不在参会名单中")
		} else if err != nil {
			return err
		}
		if _, err := tx.Exec("DELETE FROM participants WHERE meeting_id = ? AND person_id = ?", meetingID, personID); err != nil {
			return err
		}
		return s.audit(tx, "meeting.participant.remove", "meeting", meetingID, map[string]any{"person": name, "person_id": personID})
	})
}

// SetAttendance records a participant's sign-in status. 出席 without a time
// is an arrival now: 迟到 when past the start (plus the grace setting). ""
// clears the status (undo). Every change is audited with the old value.
func (s *Store) SetAttendance(ctx context.Context, p data.Participant) (data.Participant, error) {
	p.SubstituteName, p.SubstitutePost = data.Clean(p.SubstituteName), data.Clean(p.SubstitutePost)
	cfg, err := s.meetingSettings(ctx)
	if err != nil {
		return p, err
	}
	var out data.Participant
	err = s.tx(ctx, func(tx *Tx) error {
		m, err := meetingTx(tx, p.MeetingID)
		if err != nil {
			return err
		}
		if err := rules.MaySignIn(m); err != nil {
			return err
		}
		ps, err := participantsTx(tx, p.MeetingID)
		if err != nil {
			return err
		}
		var was data.Participant
		for _, q := range ps {
			if q.PersonID == p.PersonID {
				was = q
			}
		}
		if was.PersonID == 0 {
			return data.Errorf(data.ENotFound, "该人员不在本次会议的参会名单中")
		}
		q := was
		q.Status, q.At, q.SubstituteName, q.SubstitutePost = p.Status, p.At, p.SubstituteName, p.SubstitutePost
		switch {
		case q.Status == data.NotSignedIn:
			q.At, q.SubstituteName, q.SubstitutePost = time.Time{}, "", ""
		case q.At.IsZero():
			q.At = tx.Now().UTC().Truncate(time.Second)
			if q.Status == data.AttendPresent {
				q.Status = rules.ArrivalStatus(m.Start, wallClock(tx.Now()), cfg.grace)
			}
		}
		if q.Status != data.AttendSubstitute {
			q.SubstituteName, q.SubstitutePost = "", ""
		}
		if err := q.Validate(); err != nil {
			return err
		}
		at := ""
		if !q.At.IsZero() {
			at = q.At.UTC().Format(stampLayout)
		}
		if _, err := tx.Exec("UPDATE participants SET status = ?, status_at = ?, substitute_name = ?, substitute_post = ?, version = version + 1 WHERE meeting_id = ? AND person_id = ?",
			q.Status, at, q.SubstituteName, q.SubstitutePost, q.MeetingID, q.PersonID); err != nil {
			return err
		}
		q.Version++
		out = q
		return s.audit(tx, "attendance.set", "meeting", q.MeetingID, map[string]any{
			"person": q.Name, "person_id": q.PersonID, "from": was.Status, "to": q.Status, "at": at, "substitute": q.SubstituteName,
		})
	})
	return out, err
}

// wallClock reads the local time of t as a wall-clock time in UTC, the way
// meeting times are kept (data.WallClock).
func wallClock(t time.Time) time.Time { return data.WallClock(t) }

// copyParticipants gives the new meeting m the participants of fromID.
func (s *Store) copyParticipants(tx *Tx, m *data.Meeting, fromID int64) error {
	if _, err := meetingTx(tx, fromID); err != nil {
		return err
	}
	res, err := tx.Exec("INSERT INTO participants (meeting_id, person_id, role, topic) SELECT ?, person_id, role, topic FROM participants WHERE meeting_id = ?", m.ID, fromID)
	if err != nil {
		return err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	return s.audit(tx, "meeting.copy", "meeting", m.ID, map[string]any{"from": fromID, "participants": n})
}

// SetSeating records the secretary's hand order of precedence for the
// seating chart: the people listed get seats 1, 2, 3 … in that order, and
// everyone else goes back to protocol order.
func (s *Store) SetSeating(ctx context.Context, meetingID int64, order []int64) error {
	return s.tx(ctx, func(tx *Tx) error {
		if _, err := meetingTx(tx, meetingID); err != nil {
			return err
		}
		if _, err := tx.Exec("UPDATE participants SET seat = 0 WHERE meeting_id = ?", meetingID); err != nil {
			return err
		}
		for i, id := range order {
			res, err := tx.Exec("UPDATE participants SET seat = ?, version = version + 1 WHERE meeting_id = ? AND person_id = ?", i+1, meetingID, id)
			if err != nil {
				return err
			}
			if n, err := res.RowsAffected(); err != nil {
				return err
			} else if n != 1 {
				return data.Errorf(data.ENotFound, "人员（编号 %d）不在本次会议的参会名单中", id)
			}
		}
		return s.audit(tx, "meeting.seating", "meeting", meetingID, map[string]any{"order": order})
	})
}
