package store

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"time"

	"huiwu/data"
	"huiwu/rules"
)

// clockLayout is how a meeting's start and end are stored: wall-clock time,
// no zone, so that sorting the text sorts the times.
const clockLayout = "2006-01-02 15:04"

const meetingCols = `m.id, m.title, m.kind, m.number, m.starts_at, m.ends_at, m.place, m.chair_id, p.name,
	m.delegation_note, m.status, m.cancel_reason, m.remarks, ifnull(m.unit_id, 0), m.version,
	(SELECT count(*) FROM participants x WHERE x.meeting_id = m.id AND x.role <> 'staff'),
	ifnull(m.plan_id, 0), ifnull(m.reviewer_id, 0), ifnull((SELECT name FROM people r WHERE r.id = m.reviewer_id), ''), m.reviewed_at,
	ifnull(m.approver_id, 0), ifnull((SELECT name FROM people a WHERE a.id = m.approver_id), ''), m.approved_at, m.written_approval,
	m.notified_on, m.actual_start, m.actual_end, m.actual_count, m.notice_number`

func scanMeeting(sc interface{ Scan(...any) error }) (data.Meeting, error) {
	var m data.Meeting
	var start, end, reviewed, approved, notified, actualStart, actualEnd string
	err := sc.Scan(&m.ID, &m.Title, &m.Kind, &m.Number, &start, &end, &m.Place, &m.ChairID, &m.ChairName,
		&m.DelegationNote, &m.Status, &m.CancelReason, &m.Remarks, &m.UnitID, &m.Version, &m.HeadCount,
		&m.PlanID, &m.ReviewerID, &m.ReviewerName, &reviewed, &m.ApproverID, &m.ApproverName, &approved, &m.WrittenApproval,
		&notified, &actualStart, &actualEnd, &m.Actual.Count, &m.NoticeNumber)
	if err != nil {
		return m, err
	}
	if m.NotifiedOn, err = storedDay(notified, "会议", m.ID); err != nil {
		return m, err
	}
	if m.Actual.Start, err = storedClock(actualStart, m.ID); err != nil {
		return m, err
	}
	if m.Actual.End, err = storedClock(actualEnd, m.ID); err != nil {
		return m, err
	}
	for _, t := range []struct {
		dst *time.Time
		s   string
	}{{&m.ReviewedAt, reviewed}, {&m.ApprovedAt, approved}} {
		if t.s == "" {
			continue
		}
		if *t.dst, err = time.Parse(stampLayout, t.s); err != nil {
			return m, data.Wrap(data.EDamaged, err, "会议（编号 %d）的审批时间「%s」无效", m.ID, t.s)
		}
	}
	if m.Start, err = time.Parse(clockLayout, start); err != nil {
		return m, data.Wrap(data.EDamaged, err, "会议（编号 %d）的开始时间「%s」无效", m.ID, start)
	}
	if m.End, err = time.Parse(clockLayout, end); err != nil {
		return m, data.Wrap(data.EDamaged, err, "会议（编号 %d）的结束时间「%s」无效", m.ID, end)
	}
	return m, nil
}

// Meetings lists the meetings that pass f, earliest first.
func (s *Store) Meetings(ctx context.Context, f data.MeetingFilter) ([]data.Meeting, error) {
	where, args := meetingWhere(f)
	var out []data.Meeting
	err := s.docRead(ctx, func(tx *Tx) (err error) {
		out, err = meetingsTx(tx, where+" ORDER BY m.starts_at, m.id", args...)
		return err
	})
	return out, err
}

// MeetingsAround reads the meetings the filter selects around day: up to
// before of those starting before it (the latest) and up to after from it
// on, in order, and how many the filter selects in all. The 会议 list opens
// on today's meeting with the past above it; it reads what its window
// shows, not the year's 500.
func (s *Store) MeetingsAround(ctx context.Context, f data.MeetingFilter, day time.Time, before, after int) ([]data.Meeting, int, error) {
	where, args := meetingWhere(f)
	at := day.Format(clockLayout)
	var out []data.Meeting
	var total int
	err := s.docRead(ctx, func(tx *Tx) error {
		if err := tx.QueryRow("SELECT count(*) FROM meetings m WHERE "+where, args...).Scan(&total); err != nil {
			return err
		}
		past, err := meetingsTx(tx, where+" AND m.starts_at < ? ORDER BY m.starts_at DESC, m.id DESC LIMIT ?", append(slices.Clone(args), at, before)...)
		if err != nil {
			return err
		}
		slices.Reverse(past)
		coming, err := meetingsTx(tx, where+" AND m.starts_at >= ? ORDER BY m.starts_at, m.id LIMIT ?", append(slices.Clone(args), at, after)...)
		out = append(past, coming...)
		return err
	})
	return out, total, err
}

// meetingWhere is the filter as a condition on meetings m.
func meetingWhere(f data.MeetingFilter) (string, []any) {
	q := "1=1"
	var args []any
	if f.Year != 0 {
		q += " AND m.starts_at >= ? AND m.starts_at < ?"
		args = append(args, time.Date(f.Year, 1, 1, 0, 0, 0, 0, time.UTC).Format(clockLayout), time.Date(f.Year+1, 1, 1, 0, 0, 0, 0, time.UTC).Format(clockLayout))
	}
	if f.Kind != "" {
		q += " AND m.kind = ?"
		args = append(args, f.Kind)
	}
	if f.Status != "" {
		q += " AND m.status = ?"
		args = append(args, f.Status)
	}
	if !f.From.IsZero() {
		q += " AND m.starts_at >= ?"
		args = append(args, f.From.Format(data.DateLayout))
	}
	if !f.To.IsZero() {
		q += " AND m.starts_at < ?"
		args = append(args, f.To.AddDate(0, 0, 1).Format(data.DateLayout))
	}
	return q, args
}

// meetingsTx reads the meetings of a condition (with its ORDER BY).
func meetingsTx(tx *Tx, where string, args ...any) ([]data.Meeting, error) {
	rows, err := tx.Query("SELECT "+meetingCols+" FROM meetings m JOIN people p ON p.id = m.chair_id WHERE "+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []data.Meeting
	for rows.Next() {
		m, err := scanMeeting(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// Meeting reads one meeting with its overrides, in a read transaction: a
// write one (Store.tx) would wait for the check after opening and commit
// nothing, and the meeting page reads it on every open.
func (s *Store) Meeting(ctx context.Context, id int64) (data.Meeting, error) {
	var m data.Meeting
	err := s.docRead(ctx, func(tx *Tx) error {
		var err error
		m, err = meetingTx(tx, id)
		return err
	})
	return m, err
}

func meetingTx(tx *Tx, id int64) (data.Meeting, error) {
	m, err := scanMeeting(tx.QueryRow("SELECT "+meetingCols+" FROM meetings m JOIN people p ON p.id = m.chair_id WHERE m.id = ?", id))
	if err == sql.ErrNoRows {
		return m, data.Errorf(data.ENotFound, "会议（编号 %d）已不存在", id)
	} else if err != nil {
		return m, err
	}
	m.Overrides, err = overridesIn(tx, "meeting_overrides", "meeting_id", id, "会议")
	return m, err
}

// SaveMeeting creates m (ID 0) or updates it if nobody saved it in between.
// The chair is checked against 四十 to 四十三 and 六, a numbered kind gets its
// next number, and a new meeting is filled with its default participants
// (四十, 四十一). A broken rule refuses the save, naming the clause, unless
// m carries an override with a reason for that clause. The returned strings
// warn of a leader or room already booked at that time.
func (s *Store) SaveMeeting(ctx context.Context, m data.Meeting) (data.Meeting, []string, error) {
	return s.saveMeeting(ctx, m, 0)
}

// CopyMeeting saves m as a new meeting in preparation whose participants
// are those of meeting fromID (roles and topics, not their sign-in), in
// place of the kind's defaults: a monthly meeting is mostly last month's.
func (s *Store) CopyMeeting(ctx context.Context, fromID int64, m data.Meeting) (data.Meeting, []string, error) {
	m.ID, m.Version, m.Status, m.CancelReason, m.Overrides = 0, 0, data.StatusPlanning, "", nil
	return s.saveMeeting(ctx, m, fromID)
}

func (s *Store) saveMeeting(ctx context.Context, m data.Meeting, copyFrom int64) (data.Meeting, []string, error) {
	m.Normalize()
	if err := m.Validate(); err != nil {
		return m, nil, err
	}
	cfg, err := s.meetingSettings(ctx)
	if err != nil {
		return m, nil, err
	}
	var warnings []string
	err = s.tx(ctx, func(tx *Tx) error {
		var err error
		warnings, err = s.saveMeetingTx(tx, &m, cfg, copyFrom)
		return err
	})
	return m, warnings, err
}

// saveMeetingTx checks a normalised, valid m against the rules and writes it
// inside tx; it returns the booking conflicts.
func (s *Store) saveMeetingTx(tx *Tx, m *data.Meeting, cfg meetingConfig, copyFrom int64) ([]string, error) {
	chair, err := personTx(tx, m.ChairID)
	if err != nil {
		return nil, err
	}
	delegations, err := delegationsTx(tx)
	if err != nil {
		return nil, err
	}
	note, finding := rules.CanChair(rules.ChairCheck{Kind: m.Kind, Chair: chair, Day: m.Day(), Delegations: delegations})
	if m.DelegationNote == "" || strings.HasPrefix(m.DelegationNote, "受") {
		m.DelegationNote = note
	}
	var findings []rules.Finding
	if finding != nil {
		findings = append(findings, rules.Finding{Field: "主持人", Breach: *finding})
	}
	if m.ID != 0 {
		ps, err := participantsTx(tx, m.ID)
		if err != nil {
			return nil, err
		}
		for _, f := range rules.CheckInvitees(m.Kind, ps) {
			findings = append(findings, rules.Finding{Field: "邀请列席", Breach: f})
		}
	}
	plan, err := s.planFindings(tx, *m)
	if err != nil {
		return nil, err
	}
	findings = append(findings, plan...)
	overrides, err := overridesTx(tx, m.ID, m.Overrides)
	if err != nil {
		return nil, err
	}
	if err := rules.MeetingRefusal(findings, overrides); err != nil {
		return nil, err
	}
	if err := s.writeMeeting(tx, m, cfg, copyFrom); err != nil {
		return nil, err
	}
	if err := s.recordOverrides(tx, m, nil); err != nil {
		return nil, err
	}
	return conflictsTx(tx, *m)
}

// overridesTx is what a change may go ahead despite: the overrides kept
// with the meeting and those the change carries.
func overridesTx(tx *Tx, meetingID int64, carried []data.Override) ([]data.Override, error) {
	if meetingID == 0 {
		return carried, nil
	}
	m, err := meetingTx(tx, meetingID)
	if err != nil {
		return nil, err
	}
	return append(m.Overrides, carried...), nil
}

func (s *Store) writeMeeting(tx *Tx, m *data.Meeting, cfg meetingConfig, copyFrom int64) error {
	now := tx.stamp()
	var unit, plan any
	if m.UnitID != 0 {
		unit = m.UnitID
	}
	if m.PlanID != 0 {
		plan = m.PlanID
	}
	start, end := m.Start.Format(clockLayout), m.End.Format(clockLayout)
	if m.ID == 0 {
		if m.Number == 0 {
			existing, err := numbersTx(tx, m.Kind)
			if err != nil {
				return err
			}
			m.Number = rules.NextNumber(m.Kind, m.Start, cfg.numbering, existing)
		}
		res, err := tx.Exec(`INSERT INTO meetings (title, kind, number, starts_at, ends_at, place, chair_id, delegation_note, status, cancel_reason, remarks, unit_id, plan_id, written_approval, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			m.Title, m.Kind, m.Number, start, end, m.Place, m.ChairID, m.DelegationNote, m.Status, m.CancelReason, m.Remarks, unit, plan, m.WrittenApproval, now, now)
		if err != nil {
			return err
		}
		if m.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		m.Version = 1
		if err := s.audit(tx, "meeting.create", "meeting", m.ID, m); err != nil {
			return err
		}
		if copyFrom != 0 {
			return s.copyParticipants(tx, m, copyFrom)
		}
		return s.addDefaults(tx, m, cfg)
	}
	var was data.MeetingStatus
	if err := tx.QueryRow("SELECT status FROM meetings WHERE id = ?", m.ID).Scan(&was); err == sql.ErrNoRows {
		return data.Errorf(data.ENotFound, "会议（编号 %d）已不存在", m.ID)
	} else if err != nil {
		return err
	}
	stored := *m
	stored.Status = was
	if err := rules.NextStatus(stored, m.Status); err != nil {
		return err
	}
	res, err := tx.Exec(`UPDATE meetings SET title = ?, kind = ?, number = ?, starts_at = ?, ends_at = ?, place = ?, chair_id = ?, delegation_note = ?,
		status = ?, cancel_reason = ?, remarks = ?, unit_id = ?, plan_id = ?, written_approval = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?`,
		m.Title, m.Kind, m.Number, start, end, m.Place, m.ChairID, m.DelegationNote, m.Status, m.CancelReason, m.Remarks, unit, plan, m.WrittenApproval, now, m.ID, m.Version)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil {
		return err
	} else if n != 1 {
		return conflict("会议", m.Title)
	}
	m.Version++
	if err := s.audit(tx, "meeting.update", "meeting", m.ID, m); err != nil {
		return err
	}
	if was != m.Status {
		return s.audit(tx, "meeting.status", "meeting", m.ID, map[string]any{"from": was, "to": m.Status, "reason": m.CancelReason})
	}
	return nil
}

// recordOverrides writes, in the transaction of the change they let
// through, the overrides m carries that are not recorded yet and those
// given beside it, each audited; m keeps them all.
func (s *Store) recordOverrides(tx *Tx, m *data.Meeting, more []data.Override) error {
	if err := data.ValidateOverrides(more); err != nil {
		return err
	}
	m.Overrides = append(m.Overrides, more...)
	for i, o := range m.Overrides {
		if !o.At.IsZero() {
			continue // recorded earlier
		}
		o.Actor, o.At = s.actor(), tx.Now().UTC().Truncate(time.Second)
		_, err := tx.Exec(`INSERT INTO meeting_overrides (meeting_id, clause, reason, actor, at) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (meeting_id, clause) DO UPDATE SET reason = excluded.reason, actor = excluded.actor, at = excluded.at`,
			m.ID, o.Clause.Numeral(), o.Reason, o.Actor, o.At.Format("2006-01-02T15:04:05Z"))
		if err != nil {
			return err
		}
		if err := s.audit(tx, "meeting.override", "meeting", m.ID, map[string]string{"clause": o.Clause.Numeral(), "reason": o.Reason}); err != nil {
			return err
		}
		m.Overrides[i] = o
	}
	return nil
}

func numbersTx(tx *Tx, kind data.MeetingKind) ([]data.Meeting, error) {
	rows, err := tx.Query("SELECT number, starts_at FROM meetings WHERE kind = ?", kind)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []data.Meeting
	for rows.Next() {
		m := data.Meeting{Kind: kind}
		var start string
		if err := rows.Scan(&m.Number, &start); err != nil {
			return nil, err
		}
		if m.Start, err = time.Parse(clockLayout, start); err != nil {
			return nil, data.Wrap(data.EDamaged, err, "会议开始时间「%s」无效", start)
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

func parseClock(s string) (time.Time, error) {
	t, err := time.Parse(clockLayout, s)
	if err != nil {
		return t, data.Wrap(data.EDamaged, err, "会议时间「%s」无效", s)
	}
	return t, nil
}
