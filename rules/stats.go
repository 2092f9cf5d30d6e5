package rules

import (
	"slices"

	"huiwu/data"
)

// Tally is one line of the attendance statistics the office publishes with
// the 纪委监委 (六十一): meetings due, attended, late, on approved leave,
// absent without leave, and sent a substitute.
type Tally struct {
	Due, Attended, Late, Leave, Unexcused, Substitute int
}

func (t *Tally) add(o Tally) {
	t.Due += o.Due
	t.Attended += o.Attended
	t.Late += o.Late
	t.Leave += o.Leave
	t.Unexcused += o.Unexcused
	t.Substitute += o.Substitute
}

// PersonTally is a person's line.
type PersonTally struct {
	PersonID             int64
	Name, UnitName, Post string
	Rank, UnitOrder      int
	Tally
}

// UnitTally is a unit's line: the sum of its people's.
type UnitTally struct {
	UnitName  string
	UnitOrder int
	Tally
}

// NoUnit names the 按单位 line of the people who belong to no unit of the
// roster: the deputies, members and citizens invited under 四十一.
const NoUnit = "（无单位：人大代表、政协委员、市民代表等）"

// Label is the line's name as the screen and the workbook print it: the
// unit's name, or NoUnit for those with none.
func (u UnitTally) Label() string {
	if u.UnitName == "" {
		return NoUnit
	}
	return u.UnitName
}

// Absence is one absence without approved leave, for the 通报.
type Absence struct {
	Meeting              data.Meeting
	Name, UnitName, Post string
	Why                  string // 缺席, 未签到, or the leave's state
}

// Stats are the attendance statistics of a period.
type Stats struct {
	Meetings  int
	People    []PersonTally
	Units     []UnitTally
	Absences  []Absence
	Pending   int // meetings in the period not yet held (left out)
	Cancelled int
	// Lean are the lean-meeting figures by month and year (四十五).
	Lean []LeanLine
}

// AttendanceStats tallies the held (or archived) meetings of a period. A
// participant other than staff is due; present or late counts as attended;
// 请假 or 代会 counts as leave only with an approved or filed request, and
// otherwise — like 缺席, or no sign-in at all — as absent without leave
// (六十一: every leave is approved and filed).
func AttendanceStats(records []data.MeetingRecord) Stats {
	st := Stats{Lean: LeanFigures(records)}
	people := map[int64]*PersonTally{}
	for _, r := range records {
		switch r.Meeting.Status {
		case data.StatusCancelled:
			st.Cancelled++
			continue
		case data.StatusPlanning, data.StatusNotified:
			st.Pending++
			continue
		}
		st.Meetings++
		leaves := map[int64]data.LeaveRequest{}
		for _, l := range r.Leaves {
			leaves[l.PersonID] = l
		}
		for _, p := range r.Participants {
			if p.Role == data.AttendStaff {
				continue
			}
			pt := people[p.PersonID]
			if pt == nil {
				pt = &PersonTally{PersonID: p.PersonID, Name: p.Name, UnitName: p.UnitName, Post: p.Post, Rank: p.Rank, UnitOrder: p.UnitOrder}
				people[p.PersonID] = pt
			}
			pt.Due++
			l, hasLeave := leaves[p.PersonID]
			excused := hasLeave && (l.Status == data.LeaveApproved || l.Status == data.LeaveFiled)
			why := ""
			switch p.Status {
			case data.AttendPresent:
				pt.Attended++
			case data.AttendLate:
				pt.Attended++
				pt.Late++
			case data.AttendLeave, data.AttendSubstitute:
				if p.Status == data.AttendSubstitute {
					pt.Substitute++
				}
				if excused {
					pt.Leave++
				} else {
					why = "未经批准的请假"
					if hasLeave {
						why = "请假" + map[data.LeaveStatus]string{data.LeavePending: "未审批", data.LeaveRejected: "未获批准"}[l.Status]
					}
				}
			case data.AttendAbsent:
				why = "缺席"
			default:
				why = "未签到"
			}
			if why != "" {
				pt.Unexcused++
				st.Absences = append(st.Absences, Absence{Meeting: r.Meeting, Name: p.Name, UnitName: p.UnitName, Post: p.Post, Why: why})
			}
		}
	}
	units := map[string]*UnitTally{}
	for _, pt := range people {
		st.People = append(st.People, *pt)
		u := units[pt.UnitName]
		if u == nil {
			u = &UnitTally{UnitName: pt.UnitName, UnitOrder: pt.UnitOrder}
			units[pt.UnitName] = u
		}
		u.add(pt.Tally)
	}
	st.People = sortTallies(st.People)
	for _, u := range units {
		st.Units = append(st.Units, *u)
	}
	slices.SortFunc(st.Units, func(a, b UnitTally) int {
		if a.UnitOrder != b.UnitOrder {
			return unitKey(a.UnitOrder) - unitKey(b.UnitOrder)
		}
		return NameCompare(a.UnitName, b.UnitName)
	})
	return st
}

// unitKey puts people of no unit (order -1) after every unit.
func unitKey(order int) int {
	if order < 0 {
		return 1 << 30
	}
	return order
}

// sortTallies puts the people lines in protocol order.
func sortTallies(ts []PersonTally) []PersonTally {
	return inProtocolOrder(ts, func(t PersonTally) (string, int, int) { return t.Name, t.Rank, t.UnitOrder })
}
