package store

import (
	"slices"
	"testing"

	"huiwu/data"
)

// The 督办 list's scope (issue 9): by default every task not done, of any
// year — an overdue one of 2024 first — and those closed this year; a task
// closed last year only under 全部 and under its year. Today is 2026-11-28.
func TestTaskScope(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	unit := r.unit("水利局").ID
	add := func(title, assigned, due string) data.Task {
		t.Helper()
		k, err := s.SaveTask(ctx, data.Task{Source: data.SourceNPC, Title: title, LeadUnitID: unit, Assigned: dayOf(assigned), Due: dayOf(due)})
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	closeOn := func(k data.Task, day string) {
		t.Helper()
		if _, err := s.CloseTask(ctx, k.ID, k.Version, dayOf(day), "已办结"); err != nil {
			t.Fatal(err)
		}
	}
	old := add("2024 年的逾期事项", "2024-01-10", "2024-03-31")
	lastYear := add("去年办结的事项", "2025-03-01", "2025-06-30")
	closeOn(lastYear, "2025-07-10")
	thisYear := add("去年到期、今年办结的事项", "2025-11-01", "2025-12-20")
	closeOn(thisYear, "2026-01-05")
	open := add("年底到期的事项", "2026-11-01", "2026-12-31")

	ids := func(f data.TaskFilter) []int64 {
		t.Helper()
		ts, err := s.Tasks(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		var out []int64
		for _, k := range ts {
			out = append(out, k.ID)
		}
		return out
	}
	current := dayOf("2026-01-01")
	for _, c := range []struct {
		name string
		f    data.TaskFilter
		want []int64
	}{
		// Overdue first, then open by due date, then closed newest first.
		{"未办结及本年办结", data.TaskFilter{ClosedSince: current}, []int64{old.ID, open.ID, thisYear.ID}},
		{"全部", data.TaskFilter{}, []int64{old.ID, open.ID, thisYear.ID, lastYear.ID}},
		{"2025", data.TaskFilter{Year: 2025}, []int64{thisYear.ID, lastYear.ID}},
		{"2024", data.TaskFilter{Year: 2024}, []int64{old.ID}},
		{"2023", data.TaskFilter{Year: 2023}, nil},
		{"default, overdue only", data.TaskFilter{ClosedSince: current, OverdueOnly: true}, []int64{old.ID}},
		{"default, by unit", data.TaskFilter{ClosedSince: current, UnitID: unit}, []int64{old.ID, open.ID, thisYear.ID}},
		{"default, another unit", data.TaskFilter{ClosedSince: current, UnitID: r.unit("财政局").ID}, nil},
		{"default, month of the old task", data.TaskFilter{ClosedSince: current, From: dayOf("2024-03-01"), To: dayOf("2024-03-31")}, []int64{old.ID}},
		{"default, month of last year's closed task", data.TaskFilter{ClosedSince: current, From: dayOf("2025-06-01"), To: dayOf("2025-06-30")}, nil},
		{"2025 and a month of 2025", data.TaskFilter{Year: 2025, From: dayOf("2025-06-01"), To: dayOf("2025-06-30")}, []int64{lastYear.ID}},
		{"2025 and a month of 2024", data.TaskFilter{Year: 2025, From: dayOf("2024-03-01"), To: dayOf("2024-03-31")}, nil},
	} {
		if got := ids(c.f); !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}

	// The form's picker: the signed 纪要 with their numbers.
	mayor := r.with(data.RoleMayor, 0)
	n, err := s.DraftMinutes(ctx, heldMeeting(t, s, executive(mayor, "2026-11-20 09:00")).ID)
	if err != nil {
		t.Fatal(err)
	}
	if refs, err := s.SignedMinutes(ctx); err != nil || len(refs) != 0 {
		t.Fatalf("a draft offered: %v %+v", err, refs)
	}
	if err := signAll(s, n.ID, mayor.ID, dayOf("2026-11-21")); err != nil {
		t.Fatal(err)
	}
	refs, err := s.SignedMinutes(ctx)
	if err != nil || len(refs) != 1 || refs[0].ID != n.ID || refs[0].IssueText() != "〔2026〕第1期" || refs[0].MeetingTitle == "" {
		t.Fatalf("signed 纪要: %v %+v", err, refs)
	}
}
