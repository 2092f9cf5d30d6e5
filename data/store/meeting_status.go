package store

import (
	"context"
	"time"

	"huiwu/data"
	"huiwu/rules"
)

// SetMeetingStatus moves a meeting along 筹备 → 已通知 → 已召开 → 已归档, or
// cancels it with a reason; the change is audited, with the overrides it
// carries.
func (s *Store) SetMeetingStatus(ctx context.Context, id, version int64, to data.MeetingStatus, reason string, overrides ...data.Override) (data.Meeting, error) {
	var m data.Meeting
	err := s.tx(ctx, func(tx *Tx) error {
		var err error
		if m, err = meetingTx(tx, id); err != nil {
			return err
		}
		if m.Version != version {
			return conflict("会议", m.Title)
		}
		change, err := rules.MoveMeeting(m, to, data.Clean(reason))
		if err != nil {
			return err
		}
		// 四十四: an unplanned conference is notified only once approved.
		next := m
		next.Status = to
		plan, err := s.planFindings(tx, next)
		if err != nil {
			return err
		}
		// 四十一: the notice makes the invitee list final and closes the
		// declaration of topics on its day; withdrawing it reopens both.
		notified := m.NotifiedOn
		switch {
		case to == data.StatusNotified && m.Status != to:
			notified = dateOnlyUTC(tx.Now())
			invitees, err := inviteeFindings(tx, m, notified)
			if err != nil {
				return err
			}
			plan = append(plan, invitees...)
		case to == data.StatusPlanning:
			notified = time.Time{}
		}
		if err := rules.MeetingRefusal(plan, append(m.Overrides, overrides...)); err != nil {
			return err
		}
		if err := s.recordOverrides(tx, &m, overrides); err != nil {
			return err
		}
		detail := change.Detail()
		number := m.NoticeNumber
		if to == data.StatusNotified && number == "" {
			if number, err = s.nextNoticeNumber(tx, notified.Year()); err != nil {
				return err
			}
			detail["notice_number"] = number
		}
		if _, err := tx.Exec("UPDATE meetings SET status = ?, cancel_reason = ?, notified_on = ?, notice_number = ?, version = version + 1, updated_at = ? WHERE id = ?",
			change.To, change.CancelReason, dayText(notified), number, tx.stamp(), id); err != nil {
			return err
		}
		m.Status, m.CancelReason, m.NotifiedOn, m.NoticeNumber, m.Version = change.To, change.CancelReason, notified, number, m.Version+1
		return s.audit(tx, "meeting.status", "meeting", id, detail)
	})
	return m, err
}

// DeleteMeeting removes a meeting still in preparation with no sign-in or
// leave recorded; anything further along is cancelled instead, so that its
// record stays.
func (s *Store) DeleteMeeting(ctx context.Context, id, version int64) error {
	return s.tx(ctx, func(tx *Tx) error {
		m, err := meetingTx(tx, id)
		if err != nil {
			return err
		}
		if m.Version != version {
			return conflict("会议", m.Title)
		}
		if err := rules.MayDelete(m); err != nil {
			return err
		}
		if err := refusedIfUsed(tx, "会议「"+m.Title+"」", []usage{
			{"SELECT count(*) FROM participants WHERE meeting_id = ? AND status <> ''", "已有 %d 人签到或登记出勤"},
			{"SELECT count(*) FROM leave_requests WHERE meeting_id = ?", "已有 %d 条请假记录"},
			{"SELECT count(*) FROM topics WHERE meeting_id = ?", "已有 %d 个议题拟提交该会议"},
		}, id); err != nil {
			return err
		}
		if _, err := tx.Exec("DELETE FROM meetings WHERE id = ?", id); err != nil {
			return err
		}
		return s.audit(tx, "meeting.delete", "meeting", id, m)
	})
}
