package store

import (
	"testing"

	"huiwu/data"
	"huiwu/rules"
)

// 四十五: the actual start, end and head count are recorded at the meeting,
// audited, refused before the notice, and summed in the statistics.
func TestRecordActualAndLeanFigures四十五(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	m, _, err := s.SaveMeeting(ctx, executive(r.with(data.RoleMayor, 0), "2026-12-03 09:00"))
	if err != nil {
		t.Fatal(err)
	}
	a := data.MeetingActual{Start: at("2026-12-03 09:05"), End: at("2026-12-03 11:05"), Count: 14}
	if _, err := s.RecordActual(ctx, m.ID, m.Version, a); data.ErrorCode(err) != data.EInvalid || !containsClause(err, 45) {
		t.Fatalf("recorded before the notice: %v", err)
	}
	for _, to := range []data.MeetingStatus{data.StatusNotified, data.StatusHeld} {
		if m, err = s.SetMeetingStatus(ctx, m.ID, m.Version, to, ""); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.RecordActual(ctx, m.ID, m.Version-1, a); data.ErrorCode(err) != data.EConflict {
		t.Fatalf("stale version: %v", err)
	}
	if m, err = s.RecordActual(ctx, m.ID, m.Version, a); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Meeting(ctx, m.ID)
	if got.Actual != a || got.Version != m.Version {
		t.Fatalf("actual %+v version %d", got.Actual, got.Version)
	}
	if n := auditCount(t, s, "meeting.actual"); n != 1 {
		t.Fatalf("%d audited", n)
	}
	rs, err := s.Records(ctx, dayOf("2026-12-01"), dayOf("2026-12-31"))
	if err != nil {
		t.Fatal(err)
	}
	lean := rules.AttendanceStats(rs).Lean
	want := rules.LeanLine{Label: "2026年12月", Held: 1, Recorded: 1, PlannedMinutes: 150, ActualMinutes: 120, PlannedHeads: 16, ActualHeads: 14}
	if len(lean) != 2 || lean[0] != want || lean[1].Label != "2026年全年" {
		t.Fatalf("lean %+v", lean)
	}
}

func containsClause(err error, c data.Clause) bool {
	re, ok := data.RuleRefusal(err)
	return ok && len(re.Clauses) == 1 && re.Clauses[0] == c
}
