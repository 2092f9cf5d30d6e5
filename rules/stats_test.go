package rules

import (
	"testing"

	"huiwu/data"
)

// 六十一: leave counts only when approved or filed; anything else missing a
// held meeting is an absence without leave; unheld meetings are left out.
func TestAttendanceStats六十一(t *testing.T) {
	held := data.Meeting{ID: 1, Status: data.StatusHeld}
	part := func(id int64, st data.AttendStatus) data.Participant {
		return data.Participant{PersonID: id, Name: string(rune('甲' + id)), Role: data.AttendMember, Status: st, UnitOrder: -1}
	}
	rec := data.MeetingRecord{Meeting: held, Participants: []data.Participant{
		part(1, data.AttendPresent), part(2, data.AttendLate), part(3, data.AttendLeave), part(4, data.AttendLeave),
		part(5, data.AttendSubstitute), part(6, data.AttendAbsent), part(7, data.NotSignedIn),
		{PersonID: 8, Role: data.AttendStaff},
	}, Leaves: []data.LeaveRequest{
		{PersonID: 3, Status: data.LeaveApproved}, {PersonID: 4, Status: data.LeaveRejected}, {PersonID: 5, Status: data.LeaveFiled},
	}}
	unheld := data.MeetingRecord{Meeting: data.Meeting{ID: 2, Status: data.StatusNotified}, Participants: rec.Participants}
	st := AttendanceStats([]data.MeetingRecord{rec, unheld, {Meeting: data.Meeting{Status: data.StatusCancelled}}})
	if st.Meetings != 1 || st.Pending != 1 || st.Cancelled != 1 || len(st.People) != 7 {
		t.Fatalf("stats %+v", st)
	}
	want := map[int64]Tally{
		1: {Due: 1, Attended: 1}, 2: {Due: 1, Attended: 1, Late: 1}, 3: {Due: 1, Leave: 1}, 4: {Due: 1, Unexcused: 1},
		5: {Due: 1, Leave: 1, Substitute: 1}, 6: {Due: 1, Unexcused: 1}, 7: {Due: 1, Unexcused: 1},
	}
	for _, p := range st.People {
		if p.Tally != want[p.PersonID] {
			t.Errorf("person %d: %+v, want %+v", p.PersonID, p.Tally, want[p.PersonID])
		}
	}
	if len(st.Absences) != 3 || st.Absences[0].Why != "请假未获批准" || st.Absences[2].Why != "未签到" {
		t.Fatalf("absences %+v", st.Absences)
	}
	if len(st.Units) != 1 || st.Units[0].Due != 7 || st.Units[0].Unexcused != 3 {
		t.Fatalf("units %+v", st.Units)
	}
}

// The 按单位 line of those with no unit (the 四十一 invitees) is named, on
// the screen and in the workbook alike.
func TestUnitTallyLabel(t *testing.T) {
	if got := (UnitTally{UnitName: "溧阳市财政局"}).Label(); got != "溧阳市财政局" {
		t.Fatalf("unit line %q", got)
	}
	if got := (UnitTally{}).Label(); got != "（无单位：人大代表、政协委员、市民代表等）" {
		t.Fatalf("no-unit line %q", got)
	}
}
