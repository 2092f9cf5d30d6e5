package store

import (
	"context"
	"database/sql"
	"time"

	"huiwu/data"
	"huiwu/rules"
)

// Leaves lists a meeting's leave requests with their routes, in the
// participants' order of filing.
func (s *Store) Leaves(ctx context.Context, meetingID int64) ([]data.LeaveRequest, error) {
	var out []data.LeaveRequest
	err := s.docRead(ctx, func(tx *Tx) error {
		var err error
		out, err = leavesTx(tx, "l.meeting_id = ?", meetingID)
		return err
	})
	return out, err
}

func leavesTx(tx *Tx, where string, args ...any) ([]data.LeaveRequest, error) {
	rows, err := tx.Query(`SELECT l.id, ifnull(l.meeting_id, 0), l.person_id, p.name, ifnull(u.name, ''), p.post, p.rank, ifnull(u.sort_order, -1), l.reason, l.leaves_town,
		l.substitute_name, l.substitute_post, l.status, l.filed_at, l.filed_by, l.destination, l.trip_from, l.trip_to, l.returned_on
		FROM leave_requests l JOIN people p ON p.id = l.person_id LEFT JOIN units u ON u.id = p.unit_id WHERE `+where+` ORDER BY l.id`, args...)
	if err != nil {
		return nil, err
	}
	var out []data.LeaveRequest
	for rows.Next() {
		var l data.LeaveRequest
		var filed, from, to, back string
		if err := rows.Scan(&l.ID, &l.MeetingID, &l.PersonID, &l.PersonName, &l.UnitName, &l.Post, &l.Rank, &l.UnitOrder, &l.Reason, &l.LeavesTown,
			&l.SubstituteName, &l.SubstitutePost, &l.Status, &filed, &l.FiledBy, &l.Destination, &from, &to, &back); err != nil {
			rows.Close()
			return nil, err
		}
		if l.FiledAt, err = time.Parse(stampLayout, filed); err != nil {
			rows.Close()
			return nil, data.Wrap(data.EDamaged, err, "请假（编号 %d）的报备时间「%s」无效", l.ID, filed)
		}
		if err := tripDays(&l, from, to, back); err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, l)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i := range out {
		if out[i].Steps, err = stepsTx(tx, out[i].ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func stepsTx(tx *Tx, leaveID int64) ([]data.LeaveStep, error) {
	rows, err := tx.Query(`SELECT s.seq, s.approver_id, p.name, s.why, s.decision, s.opinion, s.decided_at
		FROM leave_steps s JOIN people p ON p.id = s.approver_id WHERE s.leave_id = ? ORDER BY s.seq`, leaveID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []data.LeaveStep
	for rows.Next() {
		var st data.LeaveStep
		var at string
		if err := rows.Scan(&st.Seq, &st.ApproverID, &st.ApproverName, &st.Why, &st.Decision, &st.Opinion, &at); err != nil {
			return nil, err
		}
		if at != "" {
			if st.DecidedAt, err = time.Parse(stampLayout, at); err != nil {
				return nil, data.Wrap(data.EDamaged, err, "请假审批时间「%s」无效", at)
			}
		}
		out = append(out, st)
	}
	return out, rows.Err()
}

// RequestLeave files a participant's leave request with the office (报备)
// and routes it by 六十一: the route's steps are stored, each to be decided
// in turn. A request needing no approval (the 市长's own) is filed only and
// takes effect at once.
func (s *Store) RequestLeave(ctx context.Context, l data.LeaveRequest) (data.LeaveRequest, error) {
	l.Normalize()
	if err := l.Validate(); err != nil {
		return l, err
	}
	err := s.tx(ctx, func(tx *Tx) error { return s.requestLeaveTx(tx, &l, tx.Now().UTC().Truncate(time.Second)) })
	return l, err
}

// requestLeaveTx files and routes l inside tx as of filedAt.
func (s *Store) requestLeaveTx(tx *Tx, l *data.LeaveRequest, filedAt time.Time) error {
	m, err := meetingTx(tx, l.MeetingID)
	if err != nil {
		return err
	}
	ps, err := participantsTx(tx, l.MeetingID)
	if err != nil {
		return err
	}
	var who data.Participant
	for _, p := range ps {
		if p.PersonID == l.PersonID {
			who = p
		}
	}
	if err := rules.MayRequestLeave(m, who); err != nil {
		return err
	}
	var existing int64
	if err := tx.QueryRow("SELECT id FROM leave_requests WHERE meeting_id = ? AND person_id = ?", l.MeetingID, l.PersonID).Scan(&existing); err == nil {
		return data.Errorf(data.EDuplicate, "%s 已有本次会议的请假记录（编号 %d）", who.Name, existing)
	} else if err != sql.ErrNoRows {
		return err
	}
	steps, err := s.routeTx(tx, m, who, l.LeavesTown)
	if err != nil {
		return err
	}
	l.Status = rules.LeaveState(toLeaveSteps(steps))
	l.FiledAt, l.FiledBy = filedAt, s.actor()
	l.PersonName, l.UnitName, l.Post = who.Name, who.UnitName, who.Post
	res, err := tx.Exec(`INSERT INTO leave_requests (meeting_id, person_id, reason, leaves_town, substitute_name, substitute_post, status, filed_at, filed_by)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, l.MeetingID, l.PersonID, l.Reason, l.LeavesTown, l.SubstituteName, l.SubstitutePost, l.Status, l.FiledAt.Format(stampLayout), l.FiledBy)
	if err != nil {
		return err
	}
	if l.ID, err = res.LastInsertId(); err != nil {
		return err
	}
	l.Steps = toLeaveSteps(steps)
	for i, st := range l.Steps {
		if _, err := tx.Exec("INSERT INTO leave_steps (leave_id, seq, approver_id, why) VALUES (?, ?, ?, ?)", l.ID, i+1, st.ApproverID, st.Why); err != nil {
			return err
		}
	}
	if err := s.audit(tx, "leave.file", "leave", l.ID, map[string]any{
		"meeting_id": l.MeetingID, "person": who.Name, "reason": l.Reason, "leaves_town": l.LeavesTown,
		"substitute": l.SubstituteName, "route": l.Steps, "status": l.Status,
	}); err != nil {
		return err
	}
	return s.applyLeave(tx, *l, filedAt)
}

func toLeaveSteps(steps []rules.Step) []data.LeaveStep {
	out := make([]data.LeaveStep, len(steps))
	for i, s := range steps {
		out[i] = data.LeaveStep{Seq: i + 1, ApproverID: s.ApproverID, ApproverName: s.ApproverName, Why: s.Why, Decision: data.LeavePending}
	}
	return out
}

// routeTx gathers what RouteLeave needs for one participant of m.
func (s *Store) routeTx(tx *Tx, m data.Meeting, who data.Participant, leavesTown bool) ([]rules.Step, error) {
	people, err := peopleTx(tx)
	if err != nil {
		return nil, err
	}
	delegations, err := delegationsTx(tx)
	if err != nil {
		return nil, err
	}
	var unitKind data.UnitKind
	var chair, person data.Person
	for _, p := range people {
		if p.ID == m.ChairID {
			chair = p
		}
		if p.ID == who.PersonID {
			person = p
		}
	}
	if person.UnitID != 0 {
		if err := tx.QueryRow("SELECT kind FROM units WHERE id = ?", person.UnitID).Scan(&unitKind); err != nil {
			return nil, err
		}
	}
	return rules.RouteLeave(rules.LeaveInput{Person: person, UnitKind: unitKind, LeavesTown: leavesTown, Kind: m.Kind, Chair: chair, Day: m.Day(), People: people, Delegations: delegations})
}

// applyLeave marks an approved (or filed-only) leave on the sign-in: 请假,
// or 代会 with the substitute.
func (s *Store) applyLeave(tx *Tx, l data.LeaveRequest, now time.Time) error {
	st, ok := rules.LeaveAttendance(l)
	if !ok || l.IsTrip() {
		return nil // a trip has no sign-in to mark
	}
	sub, post := "", ""
	if st == data.AttendSubstitute {
		sub, post = l.SubstituteName, l.SubstitutePost
	}
	at := now.UTC().Format(stampLayout)
	if _, err := tx.Exec("UPDATE participants SET status = ?, status_at = ?, substitute_name = ?, substitute_post = ?, version = version + 1 WHERE meeting_id = ? AND person_id = ?",
		st, at, sub, post, l.MeetingID, l.PersonID); err != nil {
		return err
	}
	return s.audit(tx, "attendance.set", "meeting", l.MeetingID, map[string]any{"person": l.PersonName, "person_id": l.PersonID, "to": st, "at": at, "substitute": sub, "leave_id": l.ID})
}

// DecideLeave records the decision of the request's next approver (the
// office submits to the 市长 only what the director passed), with the
// approver, opinion and time in the audit log. A request approved by its
// last step marks the person 请假 or 代会 on the sign-in.
func (s *Store) DecideLeave(ctx context.Context, leaveID int64, approve bool, opinion string) (data.LeaveRequest, error) {
	opinion = data.Clean(opinion)
	var l data.LeaveRequest
	err := s.tx(ctx, func(tx *Tx) error {
		var err error
		l, err = s.decideLeaveTx(tx, leaveID, approve, opinion, tx.Now().UTC().Truncate(time.Second))
		return err
	})
	return l, err
}

// decideLeaveTx records the next step's decision inside tx as of at.
func (s *Store) decideLeaveTx(tx *Tx, leaveID int64, approve bool, opinion string, at time.Time) (data.LeaveRequest, error) {
	ls, err := leavesTx(tx, "l.id = ?", leaveID)
	if err != nil {
		return data.LeaveRequest{}, err
	}
	if len(ls) == 0 {
		return data.LeaveRequest{}, data.Errorf(data.ENotFound, "请假（编号 %d）已不存在", leaveID)
	}
	l := ls[0]
	d, err := rules.DecideLeave(l, approve, opinion)
	if err != nil {
		return l, err
	}
	decision := d.Decision
	step := &l.Steps[d.Step]
	step.Decision, step.Opinion, step.DecidedAt = decision, opinion, at
	if _, err := tx.Exec("UPDATE leave_steps SET decision = ?, opinion = ?, decided_at = ? WHERE leave_id = ? AND seq = ?",
		decision, opinion, at.Format(stampLayout), leaveID, step.Seq); err != nil {
		return l, err
	}
	l.Status = d.Status
	if _, err := tx.Exec("UPDATE leave_requests SET status = ? WHERE id = ?", l.Status, leaveID); err != nil {
		return l, err
	}
	if err := s.audit(tx, "leave.decide", "leave", leaveID, map[string]any{
		"person": l.PersonName, "step": step.Seq, "approver": step.ApproverName, "approver_id": step.ApproverID,
		"decision": decision, "opinion": opinion, "at": at.Format(stampLayout), "status": l.Status,
	}); err != nil {
		return l, err
	}
	return l, s.applyLeave(tx, l, at)
}
