package rules

import (
	"testing"
	"time"

	"huiwu/data"
)

func d(s string) time.Time {
	t, err := time.Parse(data.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

// 三十六 to 三十八: the 督办 list puts overdue tasks first, then open ones
// by due date, then the closed.
func TestSortTasksOverdueFirst(t *testing.T) {
	today := d("2026-11-28")
	ts := []data.Task{
		{ID: 1, Due: d("2026-12-10"), Status: data.TaskOpen},
		{ID: 2, Due: d("2026-11-01"), Status: data.TaskDone, ClosedOn: d("2026-10-30")},
		{ID: 3, Due: d("2026-11-20"), Status: data.TaskDoing},
		{ID: 4, Due: d("2026-11-27"), Status: data.TaskOpen},
		{ID: 5, Due: d("2026-11-28"), Status: data.TaskOpen}, // due today: not yet overdue
	}
	SortTasks(ts, today)
	var got []int64
	for _, x := range ts {
		got = append(got, x.ID)
	}
	want := []int64{3, 4, 5, 1, 2}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("order %v, want %v", got, want)
		}
	}
	if ts[0].State(today) != "逾期" || ts[2].State(today) != "待办" || ts[4].State(today) != "已办结" {
		t.Fatalf("states %s %s %s", ts[0].State(today), ts[2].State(today), ts[4].State(today))
	}
}

// 三十, 三十八: the 通报 counts per lead unit the tasks due in the period —
// on time, late, overdue now, not yet due — units with overdue tasks first.
func TestTaskReport三十八(t *testing.T) {
	today := d("2026-11-28")
	ts := []data.Task{
		{LeadUnitID: 1, LeadUnitName: "发改委", Due: d("2026-11-10"), Status: data.TaskDone, ClosedOn: d("2026-11-09")},
		{LeadUnitID: 1, LeadUnitName: "发改委", Due: d("2026-11-10"), Status: data.TaskDone, ClosedOn: d("2026-11-12")},
		{LeadUnitID: 2, LeadUnitName: "水利局", Due: d("2026-11-20"), Status: data.TaskDoing},
		{LeadUnitID: 2, LeadUnitName: "水利局", Due: d("2026-11-30"), Status: data.TaskOpen},
		{LeadUnitID: 1, LeadUnitName: "发改委", Due: d("2026-10-31"), Status: data.TaskOpen}, // outside the period
	}
	r := TaskReport(ts, d("2026-11-01"), d("2026-11-30"), today)
	if len(r) != 2 || r[0].Unit != "水利局" || r[0].Overdue != 1 || r[0].Open != 1 || r[0].Assigned != 2 {
		t.Fatalf("report %+v", r)
	}
	if r[1].Assigned != 2 || r[1].OnTime != 1 || r[1].Late != 1 || r[1].Overdue != 0 {
		t.Fatalf("发改委 %+v", r[1])
	}
}
