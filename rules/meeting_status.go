package rules

import (
	"slices"

	"huiwu/data"
)

// meetingMoves is the meeting's state machine: 筹备 → 已通知 → 已召开 →
// 已归档, and 筹备 or 已通知 → 已取消; a notice may be withdrawn (已通知 →
// 筹备) before the meeting is held. The forward step of each status comes
// first: it is the one the meeting page offers as its next step.
var meetingMoves = map[data.MeetingStatus][]data.MeetingStatus{
	data.StatusPlanning: {data.StatusNotified, data.StatusCancelled},
	data.StatusNotified: {data.StatusHeld, data.StatusPlanning, data.StatusCancelled},
	data.StatusHeld:     {data.StatusArchived},
}

// MeetingMoves lists the statuses meeting m may be moved to from where it
// stands, the forward step first; none once archived or cancelled.
func MeetingMoves(m data.Meeting) []data.MeetingStatus {
	return slices.Clone(meetingMoves[m.Status])
}

// ForwardMove is m's next step forward (筹备 → 已通知 → 已召开 → 已归档), if
// it has one.
func ForwardMove(m data.Meeting) (data.MeetingStatus, bool) {
	moves := meetingMoves[m.Status]
	if len(moves) == 0 || moves[0] == data.StatusCancelled {
		return "", false
	}
	return moves[0], true
}

// MayCancel tells whether m may still be cancelled (筹备 or 已通知).
func MayCancel(m data.Meeting) bool {
	return slices.Contains(meetingMoves[m.Status], data.StatusCancelled)
}

// governing is the clause that governs m's kind (四十 to 四十四), the one its
// workflow's refusals rest on.
func governing(m data.Meeting) data.Clause { return RuleOf(m.Kind).Clause }

// NextStatus refuses a move of meeting m to status to that the state
// machine (MeetingMoves) does not allow; staying put is allowed.
func NextStatus(m data.Meeting, to data.MeetingStatus) error {
	if m.Status == to || slices.Contains(meetingMoves[m.Status], to) {
		return nil
	}
	return refuse(governing(m), "会议状态不能从「%s」改为「%s」", StatusName(m.Status), StatusName(to))
}

// StatusChange is what moving a meeting does: its new status and the cancel
// reason it keeps ("" unless cancelled).
type StatusChange struct {
	From, To     data.MeetingStatus
	CancelReason string
}

// Detail is the audit detail of the change.
func (c StatusChange) Detail() map[string]any {
	return map[string]any{"from": c.From, "to": c.To, "reason": c.CancelReason}
}

// MoveMeeting decides a move of meeting m to status to: refused when the
// state machine forbids it or when a cancellation gives no reason (the
// record keeps why a meeting did not take place). reason is clean text.
func MoveMeeting(m data.Meeting, to data.MeetingStatus, reason string) (StatusChange, error) {
	if err := NextStatus(m, to); err != nil {
		return StatusChange{}, err
	}
	if to != data.StatusCancelled {
		return StatusChange{From: m.Status, To: to}, nil
	}
	if reason == "" {
		return StatusChange{}, refuseField(governing(m), "会议未取消", "取消原因", "不能为空")
	}
	return StatusChange{From: m.Status, To: to, CancelReason: reason}, nil
}

// refuseField refuses under clause c what a form lacks in one field: the
// problem is shown under that field, the message above the form.
func refuseField(c data.Clause, message, field, problem string) *data.RuleError {
	return &data.RuleError{
		Err:     &data.Error{Code: data.EInvalid, Message: message, Problems: []data.Problem{{Field: field, Message: problem}}},
		Clauses: []data.Clause{c},
	}
}

// MayDelete refuses to delete a meeting past preparation: its record stays,
// and it is cancelled with a reason instead.
func MayDelete(m data.Meeting) error {
	if m.Status == data.StatusPlanning {
		return nil
	}
	return &data.RuleError{
		Err:     data.Errorf(data.EReferenced, "会议「%s」%s，不能删除；请改为取消并写明原因", m.Title, already(StatusName(m.Status))),
		Clauses: []data.Clause{governing(m)},
	}
}

// closed tells whether m is archived or cancelled: its record is final.
func closed(m data.Meeting) bool {
	return m.Status == data.StatusArchived || m.Status == data.StatusCancelled
}

// MayChangeParticipants refuses to add to or change the participants of
// an archived or cancelled meeting.
func MayChangeParticipants(m data.Meeting) error {
	if closed(m) {
		return refuse(governing(m), "会议「%s」%s，不能再调整参会人员", m.Title, already(StatusName(m.Status)))
	}
	return nil
}

// MayJoin refuses a person no longer in office as a participant.
func MayJoin(m data.Meeting, p data.Person) error {
	if !p.Active {
		return refuse(governing(m), "%s 已不在任，不能加入参会人员", p.Name)
	}
	return nil
}

// MayRemoveParticipant refuses to take anyone off a meeting once it has
// been held (or cancelled): the list is then the record of who was due.
func MayRemoveParticipant(m data.Meeting) error {
	if m.Status == data.StatusPlanning || m.Status == data.StatusNotified {
		return nil
	}
	return refuse(governing(m), "会议「%s」%s，参会名单不能再删减", m.Title, already(StatusName(m.Status)))
}

// MaySignIn refuses sign-in changes on an archived or cancelled meeting.
func MaySignIn(m data.Meeting) error {
	if closed(m) {
		return refuse(governing(m), "会议「%s」%s，不能再签到", m.Title, already(StatusName(m.Status)))
	}
	return nil
}

// chairFor reports whether p may be offered as a chair of some kind of
// meeting (四十 to 四十四): a leader, the office's heads, or a unit's head
// (who chairs the department's own system-wide meeting).
func chairFor(p data.Person) bool {
	return p.Rank > 0 || isOfficeHead(p) || p.HasRole(data.RoleUnitHead)
}

// ChairCandidates are the people in office a meeting form offers as
// chair, in the order given; CanChair then checks the one chosen against
// the meeting's kind.
func ChairCandidates(people []data.Person) []data.Person {
	var out []data.Person
	for _, p := range people {
		if p.Active && chairFor(p) {
			out = append(out, p)
		}
	}
	return out
}

// DefaultChair is the chair a new meeting starts with: the 市长 in office
// (the last one listed, should there be several), if any.
func DefaultChair(people []data.Person) (data.Person, bool) {
	var mayor data.Person
	for _, p := range people {
		if p.Active && isMayor(p) {
			mayor = p
		}
	}
	return mayor, mayor.ID != 0
}
