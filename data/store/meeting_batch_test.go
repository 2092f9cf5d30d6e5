package store

import (
	"cmp"
	"slices"
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
	// Each notice issued carries its 发文字号, numbered 1, 2, 3 … in the
	// order the notices went out; a meeting still in preparation has none.
	issued := slices.Clone(ms)
	slices.SortStableFunc(issued, func(a, b data.Meeting) int {
		return cmp.Or(a.NotifiedOn.Compare(b.NotifiedOn), a.Start.Compare(b.Start), cmp.Compare(a.ID, b.ID))
	})
	seq := 0
	for _, m := range issued {
		if m.Status == data.StatusPlanning || m.Status == data.StatusCancelled {
			if m.NoticeNumber != "" || !m.NotifiedOn.IsZero() {
				t.Fatalf("%s (%s) has notice %q of %v", m.Title, m.Status, m.NoticeNumber, m.NotifiedOn)
			}
			continue
		}
		seq++
		if want := rules.NoticeNumber("溧政办", 2026, seq); m.NoticeNumber != want || !m.NotifiedOn.Equal(m.Start.Truncate(24*time.Hour).AddDate(0, 0, -3)) {
			t.Fatalf("notice %d: %s issued %v numbered %q, want %q three days before %v", seq, m.Title, m.NotifiedOn, m.NoticeNumber, want, m.Start)
		}
	}
	if seq < 60 {
		t.Fatalf("%d notices numbered", seq)
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
