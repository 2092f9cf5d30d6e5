package xlsx

import (
	"fmt"
	"io"
	"strings"
	"time"

	"huiwu/data"
	"huiwu/rules"
)

// TaskBook is what the 督办 workbooks list: the tasks due in a period (the
// 台账) and, for the 通报, the per-unit counts (三十, 三十六 to 三十八).
type TaskBook struct {
	From, To  time.Time
	Tasks     []data.Task // overdue first (rules.SortTasks)
	Today     time.Time
	AuditHead string
	// FollowUps are the decided topics of clause 二十三 still awaiting the
	// report to the 市委 or 市人大常委会, listed in the 通报.
	FollowUps []FollowUp
}

// FollowUp is a decided 二十三 topic whose report is not yet recorded.
type FollowUp struct {
	Title, Unit, Meeting, Outcome string
}

// PendingFollowUps picks the topics that still carry the 二十三 follow-up
// (rules.FollowUp23); meeting names a topic's meeting.
func PendingFollowUps(ts []data.Topic, meeting func(id int64) string) []FollowUp {
	var out []FollowUp
	for _, t := range ts {
		o := rules.TopicOutcome(t.Outcome)
		var f rules.TopicFlags
		for _, sub := range t.Flags.Subjects {
			f.Subjects = append(f.Subjects, rules.Subject23(sub))
		}
		if rules.FollowUp23(f, o.Decided(), t.FollowUpDone != "") == "" {
			continue
		}
		out = append(out, FollowUp{Title: t.Title, Unit: t.UnitName, Meeting: meeting(t.MeetingID), Outcome: rules.OutcomeName(o)})
	}
	return out
}

// Tasks writes the 督办台账: every task of the period with its source,
// units, due date, state on the day, last feedback and result.
func Tasks(w io.Writer, b TaskBook) error { return writeBook(w, []table{ledger(b)}, b.AuditHead) }

// TaskReport writes the 督办通报 of the period: per lead unit the tasks
// due, finished on time, finished late, overdue now and not yet due, then
// the overdue tasks named, and the 二十三 topics awaiting the report to the
// 市委 or 市人大常委会.
func TaskReport(w io.Writer, b TaskBook) error {
	return writeBook(w, []table{report(b), overdueList(b), followUps(b)}, b.AuditHead)
}

func sub(b TaskBook) string {
	return fmt.Sprintf("办结时限：%s至%s　　统计日期：%s　　审计头：%s", dateCN(b.From), dateCN(b.To), dateCN(b.Today), b.AuditHead)
}

func inPeriod(b TaskBook) []data.Task {
	var out []data.Task
	for _, t := range b.Tasks {
		if !t.Due.Before(b.From) && !t.Due.After(b.To) {
			out = append(out, t)
		}
	}
	return out
}

func ledger(b TaskBook) table {
	t := table{
		name: "督办台账", title: "督办台账", sub: sub(b),
		cols: []col{{"序号", 6}, {"来源", 12}, {"出处", 18}, {"督办事项", 40}, {"牵头单位", 22}, {"协办单位", 26}, {"交办日期", 12}, {"办结时限", 12}, {"状态", 8}, {"催办次数", 8}, {"办理结果", 30}},
	}
	ts := inPeriod(b)
	for i, x := range ts {
		origin := x.MinutesIssue
		if x.Source != data.SourceMinutes {
			origin = strings.TrimSpace(x.LeaderName + " " + x.Reference)
		}
		t.rows = append(t.rows, []any{
			i + 1, data.TaskSourceName(x.Source), origin, x.Title, x.LeadUnitName, strings.Join(x.HelpUnitNames, "、"),
			x.Assigned.Format(data.DateLayout), x.Due.Format(data.DateLayout), x.State(b.Today), x.Reminders, x.Result,
		})
	}
	t.footer = []string{fmt.Sprintf("共%d项", len(ts))}
	return t
}

func report(b TaskBook) table {
	t := table{
		name: "督办通报", title: "督办事项办理情况通报", sub: sub(b),
		cols: []col{{"序号", 6}, {"牵头单位", 26}, {"交办", 8}, {"按期办结", 10}, {"逾期办结", 10}, {"逾期未办结", 10}, {"未到期", 8}, {"按期办结率", 12}},
	}
	var all rules.UnitReport
	for i, r := range rules.TaskReport(b.Tasks, b.From, b.To, b.Today) {
		t.rows = append(t.rows, []any{i + 1, r.Unit, r.Assigned, r.OnTime, r.Late, r.Overdue, r.Open, rate(r)})
		all.Assigned, all.OnTime, all.Late, all.Overdue, all.Open = all.Assigned+r.Assigned, all.OnTime+r.OnTime, all.Late+r.Late, all.Overdue+r.Overdue, all.Open+r.Open
	}
	t.footer = []string{fmt.Sprintf("合计交办%d项，按期办结%d项，逾期办结%d项，逾期未办结%d项，未到期%d项。", all.Assigned, all.OnTime, all.Late, all.Overdue, all.Open)}
	return t
}

// rate is the share finished on time of those due by now.
func rate(r rules.UnitReport) string {
	due := r.Assigned - r.Open
	if due == 0 {
		return "—"
	}
	return fmt.Sprintf("%.0f%%", 100*float64(r.OnTime)/float64(due))
}

func overdueList(b TaskBook) table {
	t := table{
		name: "逾期事项", title: "逾期未办结事项", sub: sub(b),
		cols: []col{{"序号", 6}, {"督办事项", 40}, {"牵头单位", 22}, {"办结时限", 12}, {"逾期天数", 10}, {"催办次数", 8}, {"最近反馈", 12}},
	}
	n := 0
	for _, x := range inPeriod(b) {
		if !x.Overdue(b.Today) {
			continue
		}
		n++
		last := ""
		if !x.LastNote.IsZero() {
			last = x.LastNote.Format(data.DateLayout)
		}
		days := int(b.Today.Sub(x.Due).Hours() / 24)
		t.rows = append(t.rows, []any{n, x.Title, x.LeadUnitName, x.Due.Format(data.DateLayout), days, x.Reminders, last})
	}
	t.footer = []string{fmt.Sprintf("共%d项", n)}
	return t
}

func followUps(b TaskBook) table {
	t := table{
		name: "待报请决定", title: "待报请市委、市人大常委会决定事项（第二十三条）", sub: sub(b),
		cols: []col{{"序号", 6}, {"议题", 44}, {"申报单位", 24}, {"审议会议", 30}, {"审议结果", 12}},
	}
	for i, f := range b.FollowUps {
		t.rows = append(t.rows, []any{i + 1, f.Title, f.Unit, f.Meeting, f.Outcome})
	}
	t.footer = []string{fmt.Sprintf("共%d项", len(b.FollowUps))}
	return t
}
