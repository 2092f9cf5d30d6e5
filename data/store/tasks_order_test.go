package store

import (
	"fmt"
	"slices"
	"testing"

	"huiwu/data"
	"huiwu/rules"
)

// The 督办 list's order is rules.TaskOrder; the store sorts by its SQL
// translation so that the list can read a page. On tasks of every rank —
// overdue, due today, open, closed on the same day and on others, due on
// the same day — the SQL order is rules.SortTasks's, and every page is the
// head of it: row N of a page is the task row N was before paging.
// Today is 2026-11-28.
func TestTaskOrderInSQLIsTheRule(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	unit := r.unit("水利局").ID
	add := func(i int, assigned, due string) data.Task {
		t.Helper()
		k, err := s.SaveTask(ctx, data.Task{Source: data.SourceNPC, Title: fmt.Sprintf("事项%d", i), LeadUnitID: unit, Assigned: dayOf(assigned), Due: dayOf(due)})
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	dues := []string{"2026-11-27", "2026-11-28", "2026-12-31", "2026-10-01", "2026-11-27", "2026-12-01", "2025-06-30", "2026-11-29"}
	for i := range 24 {
		k := add(i, "2025-01-02", dues[i%len(dues)])
		switch i % 4 {
		case 1: // closed, two on each day
			if _, err := s.CloseTask(ctx, k.ID, k.Version, dayOf(fmt.Sprintf("2026-0%d-15", 1+i%8/2)), "已办结"); err != nil {
				t.Fatal(err)
			}
		case 2: // 办理中
			if err := s.AddTaskNote(ctx, data.TaskNote{TaskID: k.ID, Kind: "feedback", Day: dayOf("2026-02-01"), Text: "已部署"}); err != nil {
				t.Fatal(err)
			}
		}
	}
	all, err := s.Tasks(ctx, data.TaskFilter{})
	if err != nil {
		t.Fatal(err)
	}
	ids := func(ts []data.Task) []int64 {
		var out []int64
		for _, k := range ts {
			out = append(out, k.ID)
		}
		return out
	}
	want := slices.Clone(all)
	slices.Reverse(want) // from another order, so that the sort has work to do
	rules.SortTasks(want, s.Today())
	if len(all) != 24 || !slices.Equal(ids(all), ids(want)) {
		t.Fatalf("SQL order %v,\nrules.SortTasks %v", ids(all), ids(want))
	}
	ranks := map[int]int{}
	for _, k := range all {
		ranks[rules.TaskRankOf(k, s.Today())]++
	}
	if ranks[0] != 12 || ranks[1] != 6 || ranks[2] != 6 {
		t.Fatalf("ranks %v: the data should hold overdue, open and closed tasks", ranks)
	}
	for _, limit := range []int{1, 5, 13, 24, 30} {
		page, total, err := s.TasksPage(ctx, data.TaskFilter{}, limit)
		if err != nil {
			t.Fatal(err)
		}
		n := min(limit, 24)
		if total != 24 || !slices.Equal(ids(page), ids(all[:n])) {
			t.Errorf("page of %d: %v of %d, want %v", limit, ids(page), total, ids(all[:n]))
		}
		if page[n-1].Title != all[n-1].Title || page[n-1].Status != all[n-1].Status {
			t.Errorf("row %d of the page of %d: %+v, want %+v", n, limit, page[n-1], all[n-1])
		}
	}
	// A filtered page counts the filter's tasks, not the table's.
	page, total, err := s.TasksPage(ctx, data.TaskFilter{OverdueOnly: true}, 3)
	if err != nil || total != 12 || len(page) != 3 || !slices.Equal(ids(page), ids(all[:3])) {
		t.Fatalf("overdue page %v of %d (%v), want %v of 12", ids(page), total, err, ids(all[:3]))
	}
	one, err := s.Tasks(ctx, data.TaskFilter{ID: all[5].ID})
	if err != nil || len(one) != 1 || one[0].ID != all[5].ID {
		t.Fatalf("task by id: %v %v", one, err)
	}
}
