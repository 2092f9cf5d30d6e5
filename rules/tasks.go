package rules

import (
	"slices"
	"time"

	"huiwu/data"
)

// SortTasks orders the 督办 list (三十六 to 三十八): overdue tasks first, the
// longest overdue at the top; then open tasks by due date; closed ones last,
// newest closure first.
func SortTasks(ts []data.Task, today time.Time) {
	rank := func(t data.Task) int {
		switch {
		case t.Overdue(today):
			return 0
		case t.Status != data.TaskDone:
			return 1
		}
		return 2
	}
	slices.SortStableFunc(ts, func(a, b data.Task) int {
		ra, rb := rank(a), rank(b)
		switch {
		case ra != rb:
			return ra - rb
		case ra == 2:
			return b.ClosedOn.Compare(a.ClosedOn)
		case !a.Due.Equal(b.Due):
			return a.Due.Compare(b.Due)
		}
		return int(a.ID - b.ID)
	})
}

// UnitReport is one lead unit's line of the 督办通报 (三十八): tasks due in
// the period, how many were finished by their due date, finished late, and
// still overdue on the report's day.
type UnitReport struct {
	UnitID                          int64
	Unit                            string
	Assigned, OnTime, Late, Overdue int
	Open                            int // not yet due and not done
}

// TaskReport counts the tasks due from–to (whole days) per lead unit, the
// units with overdue tasks first, for the office's 通报 (三十, 三十八).
func TaskReport(ts []data.Task, from, to, today time.Time) []UnitReport {
	byUnit := map[int64]*UnitReport{}
	var order []int64
	for _, t := range ts {
		if t.Due.Before(from) || t.Due.After(to) {
			continue
		}
		r := byUnit[t.LeadUnitID]
		if r == nil {
			r = &UnitReport{UnitID: t.LeadUnitID, Unit: t.LeadUnitName}
			byUnit[t.LeadUnitID] = r
			order = append(order, t.LeadUnitID)
		}
		r.Assigned++
		switch {
		case t.Status == data.TaskDone && t.Late():
			r.Late++
		case t.Status == data.TaskDone:
			r.OnTime++
		case t.Overdue(today):
			r.Overdue++
		default:
			r.Open++
		}
	}
	out := make([]UnitReport, 0, len(order))
	for _, id := range order {
		out = append(out, *byUnit[id])
	}
	slices.SortStableFunc(out, func(a, b UnitReport) int {
		if a.Overdue != b.Overdue {
			return b.Overdue - a.Overdue
		}
		return b.Assigned - a.Assigned
	})
	return out
}
