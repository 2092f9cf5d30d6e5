package xlsx

import (
	"fmt"
	"io"
	"time"

	"huiwu/data"
	"huiwu/export/labels"
	"huiwu/rules"
)

// StatsBook is what the 出勤统计 workbook of the period From–To prints: the
// attendance statistics, the 外出请假 whose days meet the period (in any
// order: the sheet lists them in protocol order), the day the book is made
// (for 逾期未销假), and the audit head.
type StatsBook struct {
	Stats    rules.Stats
	Trips    []data.LeaveRequest
	From, To time.Time
	Today    time.Time
	Head     string
}

// Stats writes the 出勤统计 of a period: per person and per unit, the
// meetings due, attended, late, on leave, absent without leave and sent a
// substitute; a sheet listing each absence without approved leave for the
// 通报 the office publishes with the 纪委监委 (六十一); the lean-meeting
// figures (四十五); and the period's 外出请假 with their 销假 (六十一).
func Stats(w io.Writer, b StatsBook) error {
	tables := statsTables(b)
	if b.Head != "" {
		for i := range tables {
			tables[i].footer = append(tables[i].footer, "审计头："+b.Head)
		}
	}
	return writeBook(w, tables, b.Head)
}

func statsTables(b StatsBook) []table {
	st := b.Stats
	period := fmt.Sprintf("统计期间：%s至%s　　已召开会议%d次（未召开%d次、已取消%d次不计）",
		dateCN(b.From), dateCN(b.To), st.Meetings, st.Pending, st.Cancelled)
	heads := []col{{"应参会", 9}, {"出席", 8}, {"迟到", 8}, {"请假", 8}, {"无故缺席", 10}, {"代会", 8}}
	people := table{
		name: "按人员", title: "会议出勤统计（按人员）", sub: period,
		cols: append([]col{{"序号", 6}, {"姓名", 10}, {"单位", 30}, {"职务", 18}}, heads...),
	}
	for i, p := range st.People {
		people.rows = append(people.rows, append([]any{i + 1, p.Name, p.UnitName, p.Post}, tallyCells(p.Tally)...))
	}
	units := table{
		name: "按单位", title: "会议出勤统计（按单位）", sub: period,
		cols: append([]col{{"序号", 6}, {"单位", 34}}, heads...),
	}
	for i, u := range st.Units {
		units.rows = append(units.rows, append([]any{i + 1, u.Label()}, tallyCells(u.Tally)...))
	}
	absences := table{
		name: "缺席通报", title: "未经批准缺席会议情况", sub: period,
		cols: []col{{"序号", 6}, {"日期", 12}, {"会议", 34}, {"姓名", 10}, {"单位及职务", 34}, {"情况", 20}},
	}
	for i, a := range st.Absences {
		absences.rows = append(absences.rows, []any{i + 1, a.Meeting.Start.Format(data.DateLayout), labels.SheetTitle(a.Meeting), a.Name, labels.UnitPost(a.UnitName, a.Post), a.Why})
	}
	absences.footer = []string{fmt.Sprintf("共%d人次", len(st.Absences))}
	return []table{people, units, absences, leanTable(st.Lean, period), tripTable(b)}
}

// leanTable compares, month by month and for the year, the planned length
// and head count of the meetings held with what was recorded at them (四十五).
func leanTable(lines []rules.LeanLine, period string) table {
	t := table{
		name: "精简会议", title: "会议精简情况（第四十五条）", sub: period,
		cols: []col{
			{"期间", 14},
			{"已召开", 8},
			{"已登记实际", 10},
			{"计划时长（分钟）", 14},
			{"实际时长（分钟）", 14},
			{"计划人数", 10},
			{"实到人数", 10},
			{"场均计划时长", 12},
			{"场均实际时长", 12},
			{"场均计划人数", 12},
			{"场均实到人数", 12},
		},
	}
	for _, l := range lines {
		t.rows = append(t.rows, []any{
			l.Label, l.Held, l.Recorded, l.PlannedMinutes, l.ActualMinutes, l.PlannedHeads, l.ActualHeads,
			l.AvgPlannedMinutes(), l.AvgActualMinutes(), l.AvgPlannedHeads(), l.AvgActualHeads(),
		})
	}
	t.footer = []string{"计划人数不含工作人员；时长和人数只比较已登记实际开会情况的会议"}
	return t
}

func tallyCells(t rules.Tally) []any {
	return []any{t.Due, t.Attended, t.Late, t.Leave, t.Unexcused, t.Substitute}
}

func dateCN(t time.Time) string { return fmt.Sprintf("%d年%d月%d日", t.Year(), t.Month(), t.Day()) }
