package store

import (
	"testing"
	"time"

	"huiwu/data"
	"huiwu/data/demo"
	"huiwu/rules"
)

// The demonstration year loads whole, by the same rules as the screens,
// and gives every export something real: held meetings with leave decided
// and absences, one cancelled, some still to come.
func TestDemoYearLoads(t *testing.T) {
	s := withDemo(t)
	b := demo.Meetings(1, demo.Roster(1))
	if err := s.LoadMeetings(ctx, b); err != nil {
		t.Fatal(err)
	}
	ms, err := s.Meetings(ctx, data.MeetingFilter{Year: 2026})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[data.MeetingKind]int{}
	statuses := map[data.MeetingStatus]int{}
	for _, m := range ms {
		kinds[m.Kind]++
		statuses[m.Status]++
	}
	if len(ms) != len(b.Meetings) || kinds[data.MeetingExecutive] != 12 || kinds[data.MeetingPlenary] != 2 || kinds[data.MeetingMayorOffice] < 45 || kinds[data.MeetingDepartment] != 3 {
		t.Fatalf("kinds %v", kinds)
	}
	if statuses[data.StatusCancelled] != 1 || statuses[data.StatusHeld] == 0 || statuses[data.StatusArchived] == 0 || statuses[data.StatusPlanning]+statuses[data.StatusNotified] == 0 {
		t.Fatalf("statuses %v", statuses)
	}
	rs, err := s.Records(ctx, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	st := rules.AttendanceStats(rs)
	var leave, late int
	for _, p := range st.People {
		leave += p.Leave
		late += p.Late
	}
	if st.Meetings < 80 || leave < 10 || late < 40 || len(st.Absences) == 0 {
		t.Fatalf("stats: %d meetings, %d leave, %d late, %d absences", st.Meetings, leave, late, len(st.Absences))
	}
	for _, m := range ms {
		if m.Kind == data.MeetingExecutive && m.Start.Month() == 9 && m.DelegationNote == "" {
			t.Fatal("September's executive meeting is not chaired 受市长委托")
		}
	}
	// All or nothing: loading again refuses (a department's second meeting
	// of the year, 四十四) and adds nothing.
	if err := s.LoadMeetings(ctx, b); err == nil {
		t.Fatal("second load accepted")
	}
	again, _ := s.Meetings(ctx, data.MeetingFilter{})
	if len(again) != len(ms) {
		t.Fatalf("a failed load left %d meetings", len(again)-len(ms))
	}
	r, err := s.VerifyAudit(ctx)
	if err != nil || !r.OK() {
		t.Fatalf("audit %v %+v", err, r)
	}
}
