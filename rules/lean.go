package rules

import (
	"fmt"

	"huiwu/data"
)

// CheckActual applies 四十五 to what is recorded at a meeting: the actual
// start and end on its day, the end after the start, and a head count of at
// least one, recorded once the notice is out and until it is archived.
func CheckActual(m data.Meeting, a data.MeetingActual) error {
	if m.Status != data.StatusNotified && m.Status != data.StatusHeld {
		if m.Status == data.StatusPlanning {
			return refuse(c45, "会议「%s」尚在筹备，通知发出后才能登记实际开会情况", m.Title)
		}
		return refuse(c45, "会议「%s」%s，不能再登记实际开会情况", m.Title, already(StatusName(m.Status)))
	}
	var ps []data.Problem
	if a.Start.IsZero() || !dateOnly(a.Start).Equal(m.Day()) {
		ps = append(ps, data.Problem{Field: "实际开始", Message: "应为会议当天（" + m.Day().Format(data.DateLayout) + "）的时间"})
	}
	if !a.End.After(a.Start) {
		ps = append(ps, data.Problem{Field: "实际结束", Message: "应晚于实际开始"})
	}
	if a.Count < 1 || a.Count > 9999 {
		ps = append(ps, data.Problem{Field: "实到人数", Message: "应在 1 到 9999 之间"})
	}
	if len(ps) > 0 {
		return &data.RuleError{Err: &data.Error{Code: data.EInvalid, Message: "实际开会情况未保存（" + c45.String() + "）", Problems: ps}, Clauses: []data.Clause{c45}}
	}
	return nil
}

// LeanLine is one period's lean-meeting figures (四十五): of the meetings
// held, how many have their actual figures recorded, and over those the
// planned and actual minutes and head counts, so that the two compare.
type LeanLine struct {
	Label          string // 2026年12月, or 2026年全年
	Held, Recorded int
	PlannedMinutes int
	ActualMinutes  int
	PlannedHeads   int
	ActualHeads    int
}

// AvgPlannedMinutes etc. are per recorded meeting, rounded; 0 when none.
func (l LeanLine) AvgPlannedMinutes() int { return avg(l.PlannedMinutes, l.Recorded) }

// AvgActualMinutes is the actual length per recorded meeting.
func (l LeanLine) AvgActualMinutes() int { return avg(l.ActualMinutes, l.Recorded) }

// AvgPlannedHeads is the planned head count per recorded meeting.
func (l LeanLine) AvgPlannedHeads() int { return avg(l.PlannedHeads, l.Recorded) }

// AvgActualHeads is the actual head count per recorded meeting.
func (l LeanLine) AvgActualHeads() int { return avg(l.ActualHeads, l.Recorded) }

func avg(sum, n int) int {
	if n == 0 {
		return 0
	}
	return (sum + n/2) / n
}

func (l *LeanLine) add(m data.Meeting) {
	l.Held++
	if !m.Actual.Recorded() {
		return
	}
	l.Recorded++
	l.PlannedMinutes += m.Minutes()
	l.ActualMinutes += m.Actual.Minutes()
	l.PlannedHeads += m.HeadCount
	l.ActualHeads += m.Actual.Count
}

// LeanFigures sums the lean-meeting figures of the held (or archived)
// meetings in rs by month, in order, and then by year: planned length and
// head count (staff left out) against what was recorded at the meeting.
func LeanFigures(rs []data.MeetingRecord) []LeanLine {
	var months, years []LeanLine
	find := func(ls *[]LeanLine, label string) *LeanLine {
		for i := range *ls {
			if (*ls)[i].Label == label {
				return &(*ls)[i]
			}
		}
		*ls = append(*ls, LeanLine{Label: label})
		return &(*ls)[len(*ls)-1]
	}
	for _, r := range rs {
		m := r.Meeting
		if m.Status != data.StatusHeld && m.Status != data.StatusArchived {
			continue
		}
		find(&months, fmt.Sprintf("%d年%d月", m.Start.Year(), m.Start.Month())).add(m)
		find(&years, fmt.Sprintf("%d年全年", m.Start.Year())).add(m)
	}
	return append(months, years...)
}
