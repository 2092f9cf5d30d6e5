package data

import (
	"slices"
	"time"
)

// AttendRole is how a person takes part in a meeting.
type AttendRole string

// The participant roles, in the order sign-in sheets group them.
const (
	AttendMember   AttendRole = "member"   // 出席
	AttendObserver AttendRole = "observer" // 列席
	AttendInvited  AttendRole = "invited"  // 邀请列席（人大代表、政协委员、市民代表）
	AttendStaff    AttendRole = "staff"    // 工作人员
)

// AttendRoles lists the roles in sheet order.
var AttendRoles = []AttendRole{AttendMember, AttendObserver, AttendInvited, AttendStaff}

// AttendStatus is what the sign-in recorded for a participant.
type AttendStatus string

// The attendance statuses; "" is not yet signed in.
const (
	NotSignedIn      AttendStatus = ""           // 未到
	AttendPresent    AttendStatus = "present"    // 出席
	AttendLate       AttendStatus = "late"       // 迟到
	AttendLeave      AttendStatus = "leave"      // 请假
	AttendAbsent     AttendStatus = "absent"     // 缺席
	AttendSubstitute AttendStatus = "substitute" // 代会
)

// AttendStatuses lists every status a sign-in may set.
var AttendStatuses = []AttendStatus{AttendPresent, AttendLate, AttendLeave, AttendAbsent, AttendSubstitute}

// Participant is one person's place in a meeting.
type Participant struct {
	MeetingID int64
	PersonID  int64
	Role      AttendRole
	Topic     string // the topic a 列席 unit attends for; "" for the whole meeting
	Status    AttendStatus
	At        time.Time // when the status was recorded (arrival time for 出席/迟到)
	// SubstituteName and SubstitutePost name who attends in the person's
	// stead (代会).
	SubstituteName, SubstitutePost string
	Seat                           int // seat number on the seating chart; 0 = by rank
	// Filled in by the store on reads.
	Name, UnitName, Post string
	Rank                 int
	Roles                []Role
	UnitOrder            int // the unit's display order; -1 for no unit
	Version              int64
}

// Person returns the participant as a roster person, for the protocol-order
// and routing rules.
func (p Participant) Person() Person {
	return Person{ID: p.PersonID, Name: p.Name, UnitName: p.UnitName, Post: p.Post, Rank: p.Rank, Roles: p.Roles, Active: true}
}

// Validate checks the fields a participant save supplies.
func (p Participant) Validate() error {
	var v validator
	if p.PersonID == 0 {
		v.add("人员", "请选择人员")
	}
	if !slices.Contains(AttendRoles, p.Role) {
		v.add("参会身份", "请选择参会身份")
	}
	v.text("议题", p.Topic, false, MaxTitle)
	if p.Status != NotSignedIn && !slices.Contains(AttendStatuses, p.Status) {
		v.add("出勤", "未知状态「%s」", p.Status)
	}
	v.text("代会人", p.SubstituteName, p.Status == AttendSubstitute, MaxPersonName)
	v.text("代会人职务", p.SubstitutePost, false, MaxPost)
	return v.err("参会人员")
}

// LeaveStatus is where a leave request stands.
type LeaveStatus string

// The leave statuses.
const (
	LeavePending  LeaveStatus = "pending"  // 待批
	LeaveApproved LeaveStatus = "approved" // 已批准
	LeaveRejected LeaveStatus = "rejected" // 未批准
	LeaveFiled    LeaveStatus = "filed"    // 仅报备（无须审批）
)

// LeaveRequest is a participant's request not to attend (六十一).
type LeaveRequest struct {
	ID         int64
	MeetingID  int64
	PersonID   int64
	PersonName string // filled in by the store
	UnitName   string // filled in by the store
	Post       string // filled in by the store
	// Rank and UnitOrder place the person in protocol order (rules.
	// SortPeople): a leader's rank, the unit's display order (-1 for no
	// unit); filled in by the store.
	Rank, UnitOrder int
	Reason          string
	LeavesTown      bool // the person will be out of town (离溧)
	// Substitute: whether someone attends in the person's stead and who.
	SubstituteName, SubstitutePost string
	Status                         LeaveStatus
	Steps                          []LeaveStep
	FiledAt                        time.Time // when the office recorded (报备) it
	FiledBy                        string
	Trip                           // 外出请假 with no meeting (MeetingID 0)
}

// LeaveStep is one approval on a leave request's route.
type LeaveStep struct {
	Seq          int
	ApproverID   int64
	ApproverName string
	Why          string      // the routing reason, naming the clause
	Decision     LeaveStatus // pending, approved or rejected
	Opinion      string
	DecidedAt    time.Time
}

// Normalize cleans the text fields.
func (l *LeaveRequest) Normalize() {
	l.Reason = Clean(l.Reason)
	l.SubstituteName, l.SubstitutePost = Clean(l.SubstituteName), Clean(l.SubstitutePost)
}

// Validate checks a normalised leave request's own fields.
func (l LeaveRequest) Validate() error {
	var v validator
	if l.PersonID == 0 {
		v.add("请假人", "请选择请假人")
	}
	v.text("事由", l.Reason, true, MaxReason)
	v.text("代会人", l.SubstituteName, false, MaxPersonName)
	v.text("代会人职务", l.SubstitutePost, false, MaxPost)
	if l.SubstituteName == "" && l.SubstitutePost != "" {
		v.add("代会人", "填写了代会人职务，请同时填写姓名")
	}
	return v.err("请假")
}

// Pending tells whether any step still waits for a decision.
func (l LeaveRequest) Pending() bool { return l.Status == LeavePending }

// MeetingRecord is a meeting with its participants and leave: what the
// sign-in sheet, the attendance record and the statistics are made from.
type MeetingRecord struct {
	Meeting      Meeting
	Participants []Participant
	Leaves       []LeaveRequest
}
