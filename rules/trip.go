package rules

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"huiwu/data"
)

// 外出请假 (六十一, first sentence): the government's leaders and the main
// heads of 镇（区、街道） and departments ask the 市长 before leaving town;
// every such leave is filed with the office, and the office checks
// attendance and leave (请销假) with the 纪委监委.

// TripAsker tells whether p (of a unit of kind k) is one the clause makes
// ask leave before leaving town: a leader, or the main head of a town or a
// department.
func TripAsker(p data.Person, k data.UnitKind) bool {
	return IsLeader(p) || p.HasRole(data.RoleUnitHead) && (k == data.KindDepartment || k == data.KindTown)
}

// RouteTrip routes a 外出请假 (in.Person leaving town on in.Day, no meeting):
// to the 市长, or to his delegate while a delegation runs (六); the 市长's
// own is filed only. Anyone else is not asked by this clause and is refused.
func RouteTrip(in LeaveInput) ([]Step, error) {
	if !TripAsker(in.Person, in.UnitKind) {
		return nil, refuseField(c61, "外出请假未登记", "请假人",
			fmt.Sprintf("%s 不是市政府领导或镇（区、街道）、部门主要负责人，外出无须向市长请假（第六十一条）", in.Person.Name))
	}
	in.LeavesTown, in.Kind = true, ""
	return RouteLeave(in)
}

// TripLate tells whether a trip was asked only on or after its first day:
// the clause asks for leave beforehand (提前).
func TripLate(l data.LeaveRequest) bool { return !dateOf(l.FiledAt).Before(l.From) }

// MayReturn decides the 销假 of trip l on day: an approved (or filed-only)
// trip, once, not before it began.
func MayReturn(l data.LeaveRequest, day time.Time) error {
	switch {
	case !l.IsTrip():
		return refuse(c61, "请假（编号 %d）不是外出请假，无须销假", l.ID)
	case !l.ReturnedOn.IsZero():
		return refuse(c61, "%s 已于 %s 销假", l.PersonName, l.ReturnedOn.Format(data.DateLayout))
	case l.Status != data.LeaveApproved && l.Status != data.LeaveFiled:
		return refuse(c61, "%s 的外出请假尚未获批准，不能销假", l.PersonName)
	case day.IsZero():
		return refuseField(c61, "销假未登记", "返回日期", "不能为空")
	case dateOf(day).Before(l.From):
		return refuseField(c61, "销假未登记", "返回日期", "不能早于离开日期 "+l.From.Format(data.DateLayout))
	}
	return nil
}

// TripOverdue tells whether trip l should have been reported back (销假) by
// today: approved or filed, its last day past, no return recorded.
func TripOverdue(l data.LeaveRequest, today time.Time) bool {
	return l.IsTrip() && l.ReturnedOn.IsZero() && (l.Status == data.LeaveApproved || l.Status == data.LeaveFiled) &&
		dateOf(today).After(l.To)
}

// TripNeeds is what a trip still needs on today, for the desk, with the
// day that matters and whether it is past: the approval before it begins,
// the 销假 once it ends; nil when nothing (settled, or rejected).
func TripNeeds(l data.LeaveRequest, today time.Time) (needs []string, day time.Time, late bool) {
	switch {
	case !l.IsTrip() || !l.ReturnedOn.IsZero():
		return nil, time.Time{}, false
	case l.Status == data.LeavePending:
		return []string{"外出请假待市长审批"}, l.From, !dateOf(today).Before(l.From)
	case TripOverdue(l, today):
		return []string{"逾期未销假"}, l.To, true
	case l.Status == data.LeaveApproved || l.Status == data.LeaveFiled:
		if dateOf(today).Before(l.From) {
			return nil, time.Time{}, false
		}
		return []string{"外出中，返回后销假"}, l.To, false
	}
	return nil, time.Time{}, false
}

// TripTally counts the trips of a period for the 请销假 statistics:
// asked, approved (or filed), still pending, refused, asked only on the
// day or after (未提前), and not reported back after their end (逾期未销假).
type TripTally struct {
	Asked, Approved, Pending, Rejected, NotAhead, Unreturned int
}

// TripStats tallies trips as of today.
func TripStats(trips []data.LeaveRequest, today time.Time) TripTally {
	var t TripTally
	for _, l := range trips {
		if !l.IsTrip() {
			continue
		}
		t.Asked++
		switch l.Status {
		case data.LeaveApproved, data.LeaveFiled:
			t.Approved++
		case data.LeavePending:
			t.Pending++
		case data.LeaveRejected:
			t.Rejected++
		}
		if TripLate(l) {
			t.NotAhead++
		}
		if TripOverdue(l, today) {
			t.Unreturned++
		}
	}
	return t
}

// TripsInOrder is a period's trips as the office lists them (the 出勤统计's
// 外出请假 sheet): people in protocol order (礼宾顺序, SortPeople), each
// person's trips together, by first day, then as filed.
func TripsInOrder(trips []data.LeaveRequest) []data.LeaveRequest {
	ts := slices.Clone(trips)
	// The person first, so that two people of one name stay apart.
	slices.SortFunc(ts, func(a, b data.LeaveRequest) int {
		return cmp.Or(cmp.Compare(a.PersonID, b.PersonID), a.From.Compare(b.From), cmp.Compare(a.ID, b.ID))
	})
	return inProtocolOrder(ts, func(l data.LeaveRequest) (string, int, int) { return l.PersonName, l.Rank, l.UnitOrder })
}
