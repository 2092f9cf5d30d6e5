package rules

import (
	"fmt"
	"slices"
	"time"

	"huiwu/data"
)

// DefaultStandingObservers are the units whose heads attend every 常务会议
// as 列席 (四十一): 市政府办公室, 研究室, and the main heads of 人武, 发改,
// 司法, 审计, 信访. They are matched by short name and the list is a setting
// (meeting.standing_observers) with this default.
var DefaultStandingObservers = []string{"市政府办", "研究室", "人武部", "发改委", "司法局", "审计局", "信访局"}

// MembersInput is what DefaultParticipants draws on.
type MembersInput struct {
	Kind    data.MeetingKind
	ChairID int64
	People  []data.Person
	Units   []data.Unit
	// Standing names the 常务会议's standing 列席 units by short or full name.
	Standing []string
	// UnitID is the convening unit of a 部门系统会议.
	UnitID int64
}

// DefaultParticipants fills in who must attend from the meeting kind and the
// roster (四十 to 四十四): the chair always; for the plenary the leaders and
// every 工作部门 head (四十); for the executive meeting the leaders as 出席
// and the standing units' heads as 列席 (四十一), topic units being added per
// topic; for the 市长办公会议 the leaders (四十二); for a city-wide
// conference the leaders and the heads of departments, 直属单位 and towns
// (四十四); for a department's meeting its own head. The office's staff
// (工作人员) serve every government meeting.
func DefaultParticipants(in MembersInput) []data.Participant {
	kinds := map[int64]data.UnitKind{}
	names := map[int64][2]string{}
	for _, u := range in.Units {
		kinds[u.ID] = u.Kind
		names[u.ID] = [2]string{u.Name, u.ShortName}
	}
	standing := func(p data.Person) bool {
		n := names[p.UnitID]
		return p.HasRole(data.RoleUnitHead) && (slices.Contains(in.Standing, n[0]) || slices.Contains(in.Standing, n[1]))
	}
	office := func(p data.Person) bool {
		return p.HasRole(data.RoleOfficeDirector) || p.HasRole(data.RoleSecretaryGen)
	}
	var out []data.Participant
	seen := map[int64]bool{}
	add := func(p data.Person, role data.AttendRole) {
		if !seen[p.ID] {
			seen[p.ID] = true
			out = append(out, data.Participant{PersonID: p.ID, Role: role})
		}
	}
	for _, p := range in.People {
		if p.ID == in.ChairID {
			add(p, data.AttendMember)
		}
	}
	for _, p := range in.People {
		if !p.Active {
			continue
		}
		leader := IsLeader(p)
		head := p.HasRole(data.RoleUnitHead)
		switch in.Kind {
		case data.MeetingPlenary:
			if leader || (head && kinds[p.UnitID] == data.KindDepartment) {
				add(p, data.AttendMember)
			}
		case data.MeetingExecutive:
			switch {
			case leader:
				add(p, data.AttendMember)
			case standing(p) || office(p):
				add(p, data.AttendObserver)
			}
		case data.MeetingMayorOffice:
			switch {
			case leader:
				add(p, data.AttendMember)
			case office(p):
				add(p, data.AttendObserver)
			}
		case data.MeetingCityWide:
			k := kinds[p.UnitID]
			if leader || (head && (k == data.KindDepartment || k == data.KindAffiliated || k == data.KindTown)) {
				add(p, data.AttendMember)
			}
		case data.MeetingDepartment:
			if head && p.UnitID == in.UnitID {
				add(p, data.AttendMember)
			}
		}
		if p.HasRole(data.RoleStaff) && in.Kind != data.MeetingDepartment {
			add(p, data.AttendStaff)
		}
	}
	return out
}

// Booking is one meeting's claim on a time, a room and some people, as the
// conflict check sees it.
type Booking struct {
	MeetingID  int64
	Title      string
	Start, End time.Time
	Place      string
	People     []int64 // chair and participants other than staff
	Names      map[int64]string
}

// Conflicts warns when a leader or a room is already booked at the time of
// b by another meeting (not cancelled: the caller leaves those out). It
// warns rather than refuses: the secretary may be moving one of them.
func Conflicts(b Booking, others []Booking) []string {
	var out []string
	for _, o := range others {
		if o.MeetingID == b.MeetingID || !o.Start.Before(b.End) || !b.Start.Before(o.End) {
			continue
		}
		if o.Place != "" && o.Place == b.Place {
			out = append(out, fmt.Sprintf("%s 在 %s—%s 已安排「%s」", o.Place, o.Start.Format("01-02 15:04"), o.End.Format("15:04"), o.Title))
		}
		for _, id := range b.People {
			if slices.Contains(o.People, id) {
				out = append(out, fmt.Sprintf("%s 同时参加「%s」（%s—%s）", b.Names[id], o.Title, o.Start.Format("01-02 15:04"), o.End.Format("15:04")))
			}
		}
	}
	return out
}

// Numbering says how 第N次 is counted: per calendar year, or per term from
// the term's start date (a setting).
type Numbering struct {
	PerTerm   bool
	TermStart time.Time
}

// PeriodStart is the first day of the count m's number belongs to.
func (n Numbering) PeriodStart(start time.Time) time.Time {
	if n.PerTerm && !n.TermStart.IsZero() && !start.Before(n.TermStart) {
		return n.TermStart
	}
	return time.Date(start.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
}

// NextNumber is the number of a new meeting of a numbered kind: one more
// than the highest already used in its period (cancelled meetings keep their
// number, so a number is never given twice).
func NextNumber(kind data.MeetingKind, start time.Time, n Numbering, existing []data.Meeting) int {
	if !RuleOf(kind).Numbered {
		return 0
	}
	from := n.PeriodStart(start)
	max := 0
	for _, m := range existing {
		if m.Kind == kind && !m.Start.Before(from) && n.PeriodStart(m.Start).Equal(from) && m.Number > max {
			max = m.Number
		}
	}
	return max + 1
}

// Counts are a meeting's live attendance figures: 应到, 实到, 请假, 缺席.
type Counts struct {
	Due, Present, Late, Leave, Substitute, Absent, Pending int
}

// Count tallies participants, staff excluded. 实到 counts those present in
// person (on time or late); 请假 counts everyone on leave, with 代会 those of
// them who sent a substitute; 未到 (Pending) those not yet signed in.
func Count(ps []data.Participant) Counts {
	var c Counts
	for _, p := range ps {
		if p.Role == data.AttendStaff {
			continue
		}
		c.Due++
		switch p.Status {
		case data.AttendPresent:
			c.Present++
		case data.AttendLate:
			c.Present++
			c.Late++
		case data.AttendLeave:
			c.Leave++
		case data.AttendSubstitute:
			c.Leave++
			c.Substitute++
		case data.AttendAbsent:
			c.Absent++
		default:
			c.Pending++
		}
	}
	return c
}

// ArrivalStatus is 出席 for an arrival up to grace after the start and 迟到
// after it; the grace is a setting (default none).
func ArrivalStatus(start, at time.Time, grace time.Duration) data.AttendStatus {
	if at.After(start.Add(grace)) {
		return data.AttendLate
	}
	return data.AttendPresent
}
