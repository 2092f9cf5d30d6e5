package rules

import (
	"cmp"
	"slices"
	"time"

	"huiwu/data"
)

// TaskKey is one key of the 督办 list's order (三十六 to 三十八).
type TaskKey int

// The keys of the order. TaskRank is 0 for an overdue task, 1 for another
// open one and 2 for a closed one (TaskRankOf).
const (
	TaskRank TaskKey = iota
	TaskClosedOn
	TaskDue
	TaskID
)

// TaskOrderKey is a key and its direction.
type TaskOrderKey struct {
	Key  TaskKey
	Desc bool
}

// TaskOrder is the 督办 list's order, the one definition of it: overdue
// tasks first, the longest overdue at the top; then open tasks by due date;
// closed ones last, newest closure first (an open task has no closure, so
// the key ties among open ones). SortTasks applies it in Go; the store
// translates the same keys into SQL, so that the list can read one page of
// the order instead of the whole scope.
var TaskOrder = []TaskOrderKey{{TaskRank, false}, {TaskClosedOn, true}, {TaskDue, false}, {TaskID, false}}

// TaskRankOf is t's TaskRank on today: overdue 0, open 1, closed 2.
func TaskRankOf(t data.Task, today time.Time) int {
	switch {
	case t.Overdue(today):
		return 0
	case t.Status != data.TaskDone:
		return 1
	}
	return 2
}

// SortTasks orders the 督办 list by TaskOrder.
func SortTasks(ts []data.Task, today time.Time) {
	slices.SortFunc(ts, func(a, b data.Task) int { return CompareTasks(a, b, today) })
}

// CompareTasks compares two tasks by TaskOrder.
func CompareTasks(a, b data.Task, today time.Time) int {
	for _, k := range TaskOrder {
		var c int
		switch k.Key {
		case TaskRank:
			c = TaskRankOf(a, today) - TaskRankOf(b, today)
		case TaskClosedOn:
			c = a.ClosedOn.Compare(b.ClosedOn)
		case TaskDue:
			c = a.Due.Compare(b.Due)
		case TaskID:
			c = cmp.Compare(a.ID, b.ID)
		}
		if k.Desc {
			c = -c
		}
		if c != 0 {
			return c
		}
	}
	return 0
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

// The clauses of supervision, declared here rather than in refusal.go's
// shared block: a 议定事项 becomes a task (三十六), assigned to a lead unit
// with helping units (三十七), followed up and closed on record (三十八).
const (
	cTaskSource data.Clause = 36
	cTaskAssign data.Clause = 37
	cTaskFollow data.Clause = 38
)

// TaskChange is what a change to a task does: its status before and after
// (the same when it stays), whether a closure is late, and the clause its
// audit entry cites.
type TaskChange struct {
	From, To data.TaskStatus
	Late     bool
	Clause   data.Clause
}

// TaskSave is what deciding a task's save needs: the task as entered, the
// stored one when it is an edit, and the 纪要 a 议定事项 comes from.
type TaskSave struct {
	Task    data.Task
	Old     *data.Task
	Minutes *data.Minutes
}

// DecideTaskSave decides entering or editing a task (三十六, 三十七): a
// 议定事项 comes from a signed 纪要 (四十六: an unsigned one decides nothing
// yet); a closed task is kept as it ended (三十八). A new task is 待办.
func DecideTaskSave(in TaskSave) (TaskChange, error) {
	if in.Task.Source == data.SourceMinutes && in.Minutes != nil && !in.Minutes.Locked() {
		r := refuse(cMinutes, "纪要 %s 尚未签发，其议定事项还不能交办督办（%s、%s）", in.Minutes.IssueText(), cMinutes, cTaskSource)
		r.Clauses = append(r.Clauses, cTaskSource)
		return TaskChange{}, r
	}
	if in.Old == nil {
		return TaskChange{To: data.TaskOpen, Clause: cTaskAssign}, nil
	}
	if in.Old.Status == data.TaskDone {
		return TaskChange{}, refuse(cTaskFollow, "督办事项「%s」已办结，不能再修改", in.Old.Title)
	}
	return TaskChange{From: in.Old.Status, To: in.Old.Status, Clause: cTaskAssign}, nil
}

// DecideTaskNote decides a 反馈 or 催办 on t (三十八): a closed task takes
// neither, and none is dated before the task was assigned; the lead unit's
// first feedback moves a 待办 task to 办理中.
func DecideTaskNote(t data.Task, n data.TaskNote) (TaskChange, error) {
	if t.Status == data.TaskDone {
		return TaskChange{}, refuse(cTaskFollow, "督办事项「%s」已办结", t.Title)
	}
	if n.Day.Before(t.Assigned) {
		return TaskChange{}, taskProblem("日期", "不能早于交办日期 "+t.Assigned.Format(data.DateLayout))
	}
	c := TaskChange{From: t.Status, To: t.Status, Clause: cTaskFollow}
	if n.Kind == "feedback" && t.Status == data.TaskOpen {
		c.To = data.TaskDoing
	}
	return c, nil
}

// DecideTaskClose decides closing t (办结) on day (三十八): once only, not
// before it was assigned; a closure after the due date is late in the 通报.
func DecideTaskClose(t data.Task, day time.Time) (TaskChange, error) {
	if t.Status == data.TaskDone {
		return TaskChange{}, refuse(cTaskFollow, "督办事项「%s」已于 %s 办结", t.Title, t.ClosedOn.Format(data.DateLayout))
	}
	if day.Before(t.Assigned) {
		return TaskChange{}, taskProblem("办结日期", "不能早于交办日期 "+t.Assigned.Format(data.DateLayout))
	}
	return TaskChange{From: t.Status, To: data.TaskDone, Late: day.After(t.Due), Clause: cTaskFollow}, nil
}

// taskProblem refuses a follow-up dated before the task was assigned, as a
// problem of the form's field (三十八: the record follows the assignment).
func taskProblem(field, problem string) error {
	return &data.RuleError{
		Err:     &data.Error{Code: data.EInvalid, Message: "督办记录未保存", Problems: []data.Problem{{Field: field, Message: problem}}},
		Clauses: []data.Clause{cTaskFollow},
	}
}
