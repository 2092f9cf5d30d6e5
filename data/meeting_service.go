package data

import (
	"context"
	"time"
)

// MeetingService is what the meeting screens need: meetings, their
// participants, sign-in and leave. The SQLite store implements it.
type MeetingService interface {
	MeetingFactService
	Meetings(ctx context.Context, f MeetingFilter) ([]Meeting, error)
	// MeetingsAround reads up to before meetings starting before day and up
	// to after from it on, in order, and how many the filter selects: the
	// 会议 list's window around today.
	MeetingsAround(ctx context.Context, f MeetingFilter, day time.Time, before, after int) ([]Meeting, int, error)
	Meeting(ctx context.Context, id int64) (Meeting, error)
	// SaveMeeting creates (ID 0) or updates; the strings warn of a leader
	// or room booked at the same time.
	SaveMeeting(ctx context.Context, m Meeting) (Meeting, []string, error)
	// SetMeetingStatus and AddParticipant carry the overrides a refusal
	// asked for (RuleError.Overridable); they are written with the change.
	SetMeetingStatus(ctx context.Context, id, version int64, to MeetingStatus, reason string, overrides ...Override) (Meeting, error)
	DeleteMeeting(ctx context.Context, id, version int64) error
	// CopyMeeting saves m as a new meeting with the participants (not their
	// sign-in) of meeting fromID instead of the defaults.
	CopyMeeting(ctx context.Context, fromID int64, m Meeting) (Meeting, []string, error)

	Participants(ctx context.Context, meetingID int64) ([]Participant, error)
	AddParticipant(ctx context.Context, p Participant, overrides ...Override) error
	RemoveParticipant(ctx context.Context, meetingID, personID int64) error
	SetAttendance(ctx context.Context, p Participant) (Participant, error)
	// SetSeating records a hand order of precedence for the seating chart.
	SetSeating(ctx context.Context, meetingID int64, order []int64) error

	Leaves(ctx context.Context, meetingID int64) ([]LeaveRequest, error)
	RequestLeave(ctx context.Context, l LeaveRequest) (LeaveRequest, error)
	DecideLeave(ctx context.Context, leaveID int64, approve bool, opinion string) (LeaveRequest, error)
	// RequestTrip files a 外出请假 with no meeting (六十一, first sentence),
	// decided with DecideLeave; ReturnTrip records its 销假; Trips lists
	// those whose days meet from–to.
	RequestTrip(ctx context.Context, l LeaveRequest) (LeaveRequest, error)
	ReturnTrip(ctx context.Context, leaveID int64, day time.Time) (LeaveRequest, error)
	Trips(ctx context.Context, from, to time.Time) ([]LeaveRequest, error)

	// Record reads one meeting whole; Records every meeting starting in the
	// period from–to (both days included), read in one transaction so that
	// the figures agree with each other.
	// PlanEntries, SavePlanEntry and DeletePlanEntry keep the annual
	// meeting plan; RecordApproval records the 副市长's review ("review") or
	// the 市长's approval ("approve") of an unplanned conference (四十四).
	PlanEntries(ctx context.Context, year int) ([]PlanEntry, error)
	SavePlanEntry(ctx context.Context, e PlanEntry) (PlanEntry, error)
	DeletePlanEntry(ctx context.Context, id, version int64) error
	RecordApproval(ctx context.Context, meetingID int64, step string, personID int64) (Meeting, error)
	// MeetingMatter is the unit whose remit a meeting's matter is recorded
	// within (the zero unit when none is); SetMeetingMatter records it (0
	// clears it), refused in the government's name unless a reason is
	// carried (四十四).
	MeetingMatter(ctx context.Context, meetingID int64) (Unit, error)
	SetMeetingMatter(ctx context.Context, meetingID, unitID int64, overrides ...Override) error

	// MeetingSettings and SaveMeetingSettings read and write the meeting
	// settings (standing 列席 units, numbering, late grace, 桌签).
	MeetingSettings(ctx context.Context) (MeetingSettings, error)
	SaveMeetingSettings(ctx context.Context, s MeetingSettings) error

	Record(ctx context.Context, id int64) (MeetingRecord, error)
	Records(ctx context.Context, from, to time.Time) ([]MeetingRecord, error)
}
