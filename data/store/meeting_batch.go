package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"huiwu/data"
	"huiwu/rules"
)

// LoadMeetings writes a batch of meetings in one transaction, all or
// nothing: each meeting checked by the same rules as SaveMeeting, its
// invitees added, its leave filed, routed and decided, and its sign-in
// recorded — every step audited as it would be by hand.
func (s *Store) LoadMeetings(ctx context.Context, b data.MeetingBatch) error {
	cfg, err := s.meetingSettings(ctx)
	if err != nil {
		return err
	}
	return s.tx(ctx, func(tx *Tx) error {
		people, err := peopleTx(tx)
		if err != nil {
			return err
		}
		byName := map[string]int64{}
		for _, p := range people {
			if _, dup := byName[p.Name]; dup {
				byName[p.Name] = -1 // ambiguous: refused if used
				continue
			}
			byName[p.Name] = p.ID
		}
		id := func(name, what string) (int64, error) {
			switch n := byName[name]; {
			case n == 0:
				return 0, data.Errorf(data.EInvalid, "%s「%s」不在名册中", what, name)
			case n < 0:
				return 0, data.Errorf(data.EInvalid, "%s「%s」在名册中有重名，无法确定是谁", what, name)
			default:
				return n, nil
			}
		}
		plan := map[string]int64{}
		for _, e := range b.Plan {
			e.Normalize()
			if err := e.Validate(); err != nil {
				return err
			}
			now := tx.stamp()
			res, err := tx.Exec("INSERT INTO meeting_plan (year, title, month, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)", e.Year, e.Title, e.Month, e.Note, now, now)
			if err != nil {
				return err
			}
			if e.ID, err = res.LastInsertId(); err != nil {
				return err
			}
			if err := s.audit(tx, "plan.create", "plan", e.ID, e); err != nil {
				return err
			}
			plan[fmt.Sprint(e.Year, e.Title)] = e.ID
		}
		var before int64
		if err := tx.QueryRow("SELECT COALESCE(MAX(id), 0) FROM meetings").Scan(&before); err != nil {
			return err
		}
		for i, bm := range b.Meetings {
			if bm.Plan != "" {
				if bm.PlanID = plan[fmt.Sprint(bm.Start.Year(), bm.Plan)]; bm.PlanID == 0 {
					return data.Errorf(data.EInvalid, "会议「%s」引用的年度计划「%s」不在批量数据中", bm.Title, bm.Plan)
				}
			}
			if err := s.loadMeeting(tx, bm, cfg, id); err != nil {
				return data.Wrap(data.ErrorCode(err), err, "第 %d 个会议「%s」：%s", i+1, bm.Title, data.ErrorMessage(err))
			}
		}
		return s.numberNotices(tx, before)
	})
}

// numberNotices gives the notices of the meetings loaded after id
// their 发文字号, in the order they were issued, as 发出通知 gives them one
// at a time (the batch's meetings come in no particular order).
func (s *Store) numberNotices(tx *Tx, after int64) error {
	rows, err := tx.Query("SELECT id, notified_on FROM meetings WHERE id > ? AND notified_on != '' AND notice_number = '' ORDER BY notified_on, starts_at, id", after)
	if err != nil {
		return err
	}
	type issued struct {
		id  int64
		day string
	}
	var all []issued
	for rows.Next() {
		var n issued
		if err := rows.Scan(&n.id, &n.day); err != nil {
			rows.Close()
			return err
		}
		all = append(all, n)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return err
	}
	for _, n := range all {
		day, err := time.Parse(data.DateLayout, n.day)
		if err != nil {
			return err
		}
		number, err := s.nextNoticeNumber(tx, day.Year())
		if err != nil {
			return err
		}
		if _, err := tx.Exec("UPDATE meetings SET notice_number = ?, version = version + 1 WHERE id = ?", number, n.id); err != nil {
			return err
		}
		if err := s.audit(tx, "meeting.notice_number", "meeting", n.id, map[string]any{"notice_number": number}); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) loadMeeting(tx *Tx, bm data.BatchMeeting, cfg meetingConfig, id func(string, string) (int64, error)) error {
	m := bm.Meeting
	var err error
	if m.ChairID, err = id(bm.Chair, "主持人"); err != nil {
		return err
	}
	if bm.Unit != "" {
		if err := tx.QueryRow("SELECT id FROM units WHERE name = ?", bm.Unit).Scan(&m.UnitID); err != nil {
			return data.Errorf(data.EInvalid, "召开单位「%s」不在名册中", bm.Unit)
		}
	}
	m.Normalize()
	if err := m.Validate(); err != nil {
		return err
	}
	// A meeting is written in preparation, its approvals, leave and sign-in
	// recorded, and then moved on, the way it happens by hand.
	final := m.Status
	if final != data.StatusCancelled {
		m.Status = data.StatusPlanning
	}
	if _, err := s.saveMeetingTx(tx, &m, cfg, 0); err != nil {
		return err
	}
	for _, a := range []struct{ name, col string }{{bm.Reviewer, "reviewer"}, {bm.Approver, "approver"}} {
		if a.name == "" {
			continue
		}
		pid, err := id(a.name, "审批人")
		if err != nil {
			return err
		}
		stamp := m.Start.AddDate(0, 0, -10).Format(stampLayout)
		col := map[string]string{"reviewer": "reviewer_id = ?, reviewed_at = ?", "approver": "approver_id = ?, approved_at = ?"}[a.col]
		if _, err := tx.Exec("UPDATE meetings SET "+col+" WHERE id = ?", pid, stamp, m.ID); err != nil {
			return err
		}
		if err := s.audit(tx, "meeting."+map[string]string{"reviewer": "review", "approver": "approve"}[a.col], "meeting", m.ID, map[string]any{"person": a.name, "person_id": pid, "at": stamp}); err != nil {
			return err
		}
	}
	add := func(names []string, role data.AttendRole) error {
		for _, n := range names {
			pid, err := id(n, "参会人员")
			if err != nil {
				return err
			}
			if _, err := tx.Exec("INSERT INTO participants (meeting_id, person_id, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", m.ID, pid, role); err != nil {
				return err
			}
			if err := s.audit(tx, "meeting.participant.add", "meeting", m.ID, map[string]any{"person": n, "person_id": pid, "role": role}); err != nil {
				return err
			}
		}
		return nil
	}
	if err := add(bm.Members, data.AttendMember); err != nil {
		return err
	}
	if err := add(bm.Invited, data.AttendInvited); err != nil {
		return err
	}
	ps, err := participantsTx(tx, m.ID)
	if err != nil {
		return err
	}
	if err := rules.InviteeLimit(m.Kind, ps); err != nil {
		return err
	}
	onLeave := map[int64]bool{}
	for _, bl := range bm.Leaves {
		pid, err := id(bl.Person, "请假人")
		if err != nil {
			return err
		}
		l := data.LeaveRequest{MeetingID: m.ID, PersonID: pid, Reason: bl.Reason, LeavesTown: bl.LeavesTown, SubstituteName: bl.Substitute, SubstitutePost: bl.SubstitutePost}
		l.Normalize()
		if err := l.Validate(); err != nil {
			return err
		}
		if err := s.requestLeaveTx(tx, &l, bl.Filed.UTC()); err != nil {
			return err
		}
		for i, ok := range bl.Decisions {
			opinion := "同意"
			if !ok {
				opinion = "会议重要，请安排出席"
			}
			if _, err := s.decideLeaveTx(tx, l.ID, ok, opinion, bl.Filed.UTC().Add(time.Duration(i+1)*3*time.Hour)); err != nil {
				return err
			}
		}
		onLeave[pid] = true
	}
	if final == m.Status {
		return nil
	}
	if final == data.StatusHeld || final == data.StatusArchived {
		if err := s.loadAttendance(tx, m, bm.Attendance, onLeave, id); err != nil {
			return err
		}
	}
	next := m
	next.Status = final
	plan, err := s.planFindings(tx, next)
	if err != nil {
		return err
	}
	if err := rules.MeetingRefusal(plan, m.Overrides); err != nil {
		return err
	}
	// A meeting past its preparation had its notice issued three days
	// before it; numberNotices gives the notices their 发文字号.
	var notified string
	if final != data.StatusCancelled {
		notified = dayText(dateOnlyUTC(m.Start).AddDate(0, 0, -3))
	}
	if _, err := tx.Exec("UPDATE meetings SET status = ?, notified_on = ?, version = version + 1 WHERE id = ?", final, notified, m.ID); err != nil {
		return err
	}
	return s.audit(tx, "meeting.status", "meeting", m.ID, map[string]any{"from": m.Status, "to": final, "notified_on": notified})
}

// loadAttendance records the sign-in of a held meeting: 出席 five minutes
// before the start, 迟到 a quarter of an hour after it, and the statuses
// named; people whose leave took effect keep it.
func (s *Store) loadAttendance(tx *Tx, m data.Meeting, named map[string]data.AttendStatus, onLeave map[int64]bool, id func(string, string) (int64, error)) error {
	status := map[int64]data.AttendStatus{}
	for n, st := range named {
		pid, err := id(n, "签到人员")
		if err != nil {
			return err
		}
		status[pid] = st
	}
	ps, err := participantsTx(tx, m.ID)
	if err != nil {
		return err
	}
	for _, p := range ps {
		st, ok := status[p.PersonID]
		if !ok {
			if onLeave[p.PersonID] && p.Status != data.NotSignedIn {
				continue // the approved leave already marked them
			}
			st = data.AttendPresent
		}
		at := m.Start.Add(-5 * time.Minute)
		if st == data.AttendLate {
			at = m.Start.Add(15 * time.Minute)
		}
		// Meeting times are wall clock; sign-in times are instants.
		at = time.Date(at.Year(), at.Month(), at.Day(), at.Hour(), at.Minute(), 0, 0, time.Local)
		stamp := at.UTC().Format(stampLayout)
		if st == data.NotSignedIn {
			stamp = ""
		}
		if _, err := tx.Exec("UPDATE participants SET status = ?, status_at = ?, version = version + 1 WHERE meeting_id = ? AND person_id = ?", st, stamp, m.ID, p.PersonID); err != nil {
			return err
		}
		if err := s.audit(tx, "attendance.set", "meeting", m.ID, map[string]any{"person": p.Name, "person_id": p.PersonID, "from": p.Status, "to": st, "at": stamp}); err != nil {
			return err
		}
	}
	return nil
}
