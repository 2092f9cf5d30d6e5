package xlsx

import (
	"fmt"
	"strings"

	"huiwu/data"
	"huiwu/rules"
)

// tripTable is the 外出请假 sheet of the 出勤统计 (六十一, first sentence): one
// row per trip of the period, people in protocol order and each person's
// trips by first day, the person's count for the period on the first of
// them; the footer tallies them as the 统计 page does.
func tripTable(b StatsBook) table {
	t := table{
		name: "外出请假", title: "外出请假情况（第六十一条）",
		sub: fmt.Sprintf("统计期间：%s至%s（外出日期与期间相交的外出请假）", dateCN(b.From), dateCN(b.To)),
		cols: []col{
			{"序号", 6},
			{"姓名", 10},
			{"单位", 24},
			{"职务", 16},
			{"本期次数", 8},
			{"外出起止", 24},
			{"目的地", 16},
			{"事由", 24},
			{"审批", 30},
			{"销假", 18},
		},
	}
	trips := rules.TripsInOrder(b.Trips)
	count := map[int64]int{}
	for _, l := range trips {
		count[l.PersonID]++
	}
	for i, l := range trips {
		var n any = ""
		if i == 0 || trips[i-1].PersonID != l.PersonID {
			n = count[l.PersonID]
		}
		t.rows = append(t.rows, []any{i + 1, l.PersonName, l.UnitName, l.Post, n, tripDays(l), l.Destination, l.Reason, Approval(l), returned(l, b)})
	}
	c := rules.TripStats(trips, b.Today)
	t.footer = []string{fmt.Sprintf("共%d人次（%d人）：已批准或报备%d人次，待审批%d人次，未获批准%d人次；未提前请假%d人次，逾期未销假%d人次",
		c.Asked, len(count), c.Approved, c.Pending, c.Rejected, c.NotAhead, c.Unreturned)}
	return t
}

// tripDays is a trip's days away: one date, or first 至 last.
func tripDays(l data.LeaveRequest) string {
	if l.To.Equal(l.From) {
		return l.From.Format(data.DateLayout)
	}
	return l.From.Format(data.DateLayout) + "至" + l.To.Format(data.DateLayout)
}

// returned is a trip's 销假: the day reported back (逾期 when after its last
// day); for an approved trip not yet back, what it still needs as of the
// book's day (外出中, 逾期未销假); nothing for one pending or refused.
func returned(l data.LeaveRequest, b StatsBook) string {
	switch {
	case !l.ReturnedOn.IsZero():
		s := l.ReturnedOn.Format(data.DateLayout)
		if l.ReturnedOn.After(l.To) {
			s += "（逾期）"
		}
		return s
	case l.Status == data.LeaveApproved || l.Status == data.LeaveFiled:
		needs, _, _ := rules.TripNeeds(l, b.Today)
		return strings.Join(needs, "；")
	}
	return ""
}
