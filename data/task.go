package data

import (
	"context"
	"slices"
	"time"
)

// TaskSource is where a supervised task (督办事项) comes from (三十, 三十六).
type TaskSource string

// The sources of tasks.
const (
	SourceMinutes     TaskSource = "minutes"     // 会议议定事项
	SourceInstruction TaskSource = "instruction" // 领导批示
	SourceNPC         TaskSource = "npc"         // 人大代表建议
	SourceCPPCC       TaskSource = "cppcc"       // 政协委员提案
)

// TaskSources lists the sources in the order forms offer them.
var TaskSources = []TaskSource{SourceMinutes, SourceInstruction, SourceNPC, SourceCPPCC}

// TaskSourceName is a source as shown and printed.
func TaskSourceName(s TaskSource) string {
	return map[TaskSource]string{SourceMinutes: "会议议定事项", SourceInstruction: "领导批示", SourceNPC: "人大代表建议", SourceCPPCC: "政协委员提案"}[s]
}

// TaskStatus is the stored state of a task; 逾期 is not stored but seen
// against today (Task.State).
type TaskStatus string

// The stored statuses.
const (
	TaskOpen  TaskStatus = "open"  // 待办
	TaskDoing TaskStatus = "doing" // 办理中 (feedback received)
	TaskDone  TaskStatus = "done"  // 已办结
)

// Task is one supervised matter: what is to be done, by which lead unit
// with which helping units (三十七), by when, and how it ended.
type Task struct {
	ID            int64
	Source        TaskSource
	MinutesID     int64  // the 纪要 a 议定事项 comes from; 0 otherwise
	MinutesIssue  string // filled in by the store on reads
	LeaderID      int64  // the leader who wrote the 批示, or the responsible leader
	LeaderName    string // filled in by the store on reads
	Title         string
	Detail        string
	Reference     string // 批示 text, 建议/提案 number …
	LeadUnitID    int64
	LeadUnitName  string // filled in by the store on reads
	HelpUnitIDs   []int64
	HelpUnitNames []string // filled in by the store on reads
	Assigned, Due time.Time
	Status        TaskStatus
	ClosedOn      time.Time
	Result        string
	LastNote      time.Time // the newest feedback or reminder, filled in on reads
	Reminders     int       // how many 催办 were logged, filled in on reads
	Version       int64
}

// Overdue tells whether t is past its due date on today and not done.
func (t Task) Overdue(today time.Time) bool {
	return t.Status != TaskDone && dayOf(today).After(dayOf(t.Due))
}

// Late tells whether a done task was closed after its due date.
func (t Task) Late() bool { return t.Status == TaskDone && dayOf(t.ClosedOn).After(dayOf(t.Due)) }

// State is the status as shown on today: 待办, 办理中, 已办结 or 逾期.
func (t Task) State(today time.Time) string {
	switch {
	case t.Overdue(today):
		return "逾期"
	case t.Status == TaskDone:
		return "已办结"
	case t.Status == TaskDoing:
		return "办理中"
	}
	return "待办"
}

func dayOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Task field limits, in characters.
const (
	MaxTaskTitle  = 200
	MaxTaskDetail = 2000
	MaxTaskNote   = 1000
)

// Normalize cleans the text fields of t.
func (t *Task) Normalize() {
	t.Title, t.Detail, t.Reference, t.Result = Clean(t.Title), Clean(t.Detail), Clean(t.Reference), Clean(t.Result)
}

// Validate checks what a secretary enters. 三十七: a task has a lead unit;
// the helping units are others. 三十六: it has a due date after it was
// assigned.
func (t Task) Validate() error {
	var v validator
	if !slices.Contains(TaskSources, t.Source) {
		v.add("来源", "请选择来源")
	}
	v.text("督办事项", t.Title, true, MaxTaskTitle)
	if len([]rune(t.Detail)) > MaxTaskDetail {
		v.add("内容", "不能超过 %d 个字", MaxTaskDetail)
	}
	v.text("依据", t.Reference, false, MaxTitle)
	if t.LeadUnitID == 0 {
		v.add("牵头单位", "请选择牵头单位（第三十七条）")
	}
	if slices.Contains(t.HelpUnitIDs, t.LeadUnitID) && t.LeadUnitID != 0 {
		v.add("协办单位", "牵头单位不必再列为协办单位")
	}
	if t.Source == SourceMinutes && t.MinutesID == 0 {
		v.add("纪要", "会议议定事项须注明出自哪期纪要")
	}
	if t.Source == SourceInstruction && t.LeaderID == 0 {
		v.add("批示领导", "请选择作出批示的领导")
	}
	switch {
	case t.Assigned.IsZero():
		v.add("交办日期", "不能为空")
	case t.Due.IsZero():
		v.add("办结时限", "不能为空")
	case t.Due.Before(t.Assigned):
		v.add("办结时限", "不能早于交办日期")
	}
	return v.err("督办事项")
}

// TaskNote is a feedback entry (反馈) or a logged reminder (催办).
type TaskNote struct {
	ID     int64
	TaskID int64
	Kind   string // "feedback" or "reminder"
	Day    time.Time
	Text   string
	At     time.Time
	By     string
}

// TaskFilter selects tasks; zero values select all. From and To bound the
// due date.
type TaskFilter struct {
	UnitID      int64 // lead or helping
	LeaderID    int64
	MinutesID   int64 // the 议定事项 of one 纪要 (a meeting page's 督办)
	Source      TaskSource
	From, To    time.Time
	OverdueOnly bool
	// Year keeps the tasks due in that year (the 督办 list's 「范围」 of one
	// year); 0 is every year. It narrows From and To, not replaces them.
	Year int
	// ClosedSince, when set, keeps every task not yet done, whatever its
	// due date — an overdue task of an earlier year must still lead the
	// list — and of the done ones only those closed on or after that day.
	// The 督办 list's default scope 「未办结及本年办结」 sets it to 1 January
	// of the current year, so that opening the list does not read a
	// decade's closed tasks.
	ClosedSince time.Time
	// ID keeps the one task (the 工作台 opens a task by its number).
	ID int64
}

// MinutesRef is a signed 纪要 as the task form's picker offers it: its
// number and meeting.
type MinutesRef struct {
	ID           int64
	Year, Issue  int
	MeetingTitle string
}

// IssueText is the number as printed: 〔2026〕第3期.
func (m MinutesRef) IssueText() string { return Minutes{Year: m.Year, Issue: m.Issue}.IssueText() }

// TaskService is what the 督办 screen needs.
type TaskService interface {
	// Tasks lists tasks, overdue first, then by due date.
	Tasks(ctx context.Context, f TaskFilter) ([]Task, error)
	// Task is one task, whatever its state or due date: a meeting page's
	// 督办 row or a desk line opens it by its id.
	Task(ctx context.Context, id int64) (Task, error)
	// TasksPage reads the first limit tasks in the same order (all when
	// limit is 0) and how many the filter selects in all: the 督办 list
	// reads what its window shows and more on demand, not the whole scope.
	TasksPage(ctx context.Context, f TaskFilter, limit int) ([]Task, int, error)
	SaveTask(ctx context.Context, t Task) (Task, error) // ID 0 creates
	DeleteTask(ctx context.Context, id, version int64) error
	TaskNotes(ctx context.Context, id int64) ([]TaskNote, error)
	// AddTaskNote records a feedback (a 待办 task becomes 办理中) or a 催办.
	AddTaskNote(ctx context.Context, n TaskNote) error
	// CloseTask records the result; a closed task is kept as it ended.
	CloseTask(ctx context.Context, id, version int64, day time.Time, result string) (Task, error)
	// Today is the store's clock, so that 逾期 is judged on one day.
	Today() time.Time
	// SignedMinutes lists the signed 纪要 a 议定事项 may come from (四十六),
	// newest meeting first, with only what the form's picker shows: a
	// decade holds thousands, and the form needs neither their settings nor
	// their texts. Here and not in MinutesService because only the 督办
	// form asks.
	SignedMinutes(ctx context.Context) ([]MinutesRef, error)
}
