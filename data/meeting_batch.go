package data

import "time"

// MeetingBatch is a run of meetings loaded at once (the demonstration
// year), referring to people and units by name.
type MeetingBatch struct {
	Plan     []PlanEntry // the annual meeting plan (四十四)
	Meetings []BatchMeeting
}

// BatchMeeting is one meeting of a batch: the meeting's own fields, its
// chair and convening unit by name, who is invited, the leave asked for
// and how the sign-in went.
type BatchMeeting struct {
	Meeting
	Chair string
	Unit  string // the convening unit of a 部门系统会议
	Plan  string // the title of its entry in the year's plan
	// Reviewer and Approver name the 副市长 and 市长 who let an unplanned
	// city-wide conference go ahead (四十四).
	Reviewer, Approver string
	Members            []string // added as 出席 beyond the kind's defaults
	Invited            []string // invited to 列席 (人大代表, 政协委员 …)
	Leaves             []BatchLeave
	// Attendance is each participant's status by name; participants not
	// named are 出席 at a held meeting and unmarked otherwise.
	Attendance map[string]AttendStatus
}

// BatchLeave is a leave request and the decisions taken on its route, in
// order (fewer decisions than steps leave it pending).
type BatchLeave struct {
	Person                     string
	Reason                     string
	LeavesTown                 bool
	Substitute, SubstitutePost string
	Filed                      time.Time
	Decisions                  []bool
}
