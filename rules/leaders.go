package rules

import (
	"time"

	"huiwu/data"
)

// CanBeDelegate applies clause 六 (市长负责制): when the 市长 is away he may
// delegate the 常务副市长 or another 副市长 to preside. Anyone else, or a
// leader no longer active, cannot take the delegation.
func CanBeDelegate(p data.Person) error {
	return mustBeServingViceMayor(p, c6, "不能受市长委托主持工作（第六条）")
}

// mustBeServingViceMayor is the test clauses 六 and 八 share: an active
// 常务副市长 or 副市长. what says what the person may not do otherwise,
// under clause c.
func mustBeServingViceMayor(p data.Person, c data.Clause, what string) error {
	if !p.Active {
		return refuse(c, "%s 已不在任，%s", p.Name, what)
	}
	if !p.HasRole(data.RoleExecutiveVice) && !p.HasRole(data.RoleViceMayor) {
		return refuse(c, "%s 不是常务副市长或副市长，%s", p.Name, what)
	}
	return nil
}

// DelegationOn returns the delegation in force on day, if any (clause 六):
// while it runs, what the 市长 would chair or sign goes to the delegate and
// the record says 受市长委托.
func DelegationOn(ds []data.Delegation, day time.Time) (data.Delegation, bool) {
	d0 := time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, time.UTC)
	for _, d := range ds {
		if !d0.Before(d.From) && !d0.After(d.To) {
			return d, true
		}
	}
	return data.Delegation{}, false
}

// OverlappingDelegation returns an existing delegation (other than d itself)
// whose period overlaps d's: the 市长 delegates to one person at a time.
func OverlappingDelegation(existing []data.Delegation, d data.Delegation) (data.Delegation, bool) {
	for _, e := range existing {
		if e.ID != d.ID && !d.To.Before(e.From) && !e.To.Before(d.From) {
			return e, true
		}
	}
	return data.Delegation{}, false
}

// DelegationFits refuses a delegation d whose period overlaps another of
// existing (六: one delegate at a time), naming the latest-starting one it
// overlaps, whatever the order existing comes in.
func DelegationFits(existing []data.Delegation, d data.Delegation) error {
	var other data.Delegation
	clash := false
	for _, e := range existing {
		if o, ok := OverlappingDelegation([]data.Delegation{e}, d); ok && (!clash || o.From.After(other.From) || o.From.Equal(other.From) && o.ID > other.ID) {
			other, clash = o, true
		}
	}
	if !clash {
		return nil
	}
	return refuse(c6, "与已有委托（%s，%s 至 %s）时间重叠；同一时间只能委托一人（第六条）",
		other.DelegateName, other.From.Format(data.DateLayout), other.To.Format(data.DateLayout))
}

// CanOversee applies clause 八 (分工): units are overseen (分管) by the
// 常务副市长 or a 副市长.
func CanOversee(p data.Person) error {
	return mustBeServingViceMayor(p, c8, "不能分管单位（第八条）")
}

// MayorMatter is a kind of matter a 副市长 must report to the 市长 (clause 八).
type MayorMatter string

// The matters of clause 八 that go to the 市长 whatever the 分工.
const (
	MatterNewPolicy     MayorMatter = "new_policy"     // 新的政策
	MatterBigInvestment MayorMatter = "big_investment" // 较大投资
	MatterBorrowing     MayorMatter = "borrowing"      // 对外举债
	MatterEmergency     MayorMatter = "emergency"      // 突发事件、重大事故
	MatterFinance       MayorMatter = "finance"        // 财政资金
	MatterNewBody       MayorMatter = "new_body"       // 新设机构
)

// Route is where a matter goes and why, in words fit for the record.
type Route struct {
	LeaderID int64
	Reason   string
}

// RouteInput is everything RouteMatter needs: the unit the matter comes
// from, its clause-八 flags, the 分工, the people, and the day (for 六).
type RouteInput struct {
	UnitID      int64
	Matters     []MayorMatter
	Oversights  []data.Oversight
	People      []data.Person
	Delegations []data.Delegation
	Day         time.Time
}

// RouteMatter applies clauses 八 and 六: a matter goes to the 副市长 who
// oversees its unit, unless it carries a report-to-mayor flag or no one
// oversees the unit, in which case it goes to the 市长 — or, while a
// delegation runs, to the delegate 受市长委托.
func RouteMatter(in RouteInput) (Route, error) {
	byID := make(map[int64]data.Person, len(in.People))
	var mayor data.Person
	for _, p := range in.People {
		byID[p.ID] = p
		if p.Active && p.HasRole(data.RoleMayor) {
			mayor = p
		}
	}
	if len(in.Matters) == 0 {
		for _, o := range in.Oversights {
			if o.UnitID == in.UnitID {
				if leader, ok := byID[o.LeaderID]; ok && leader.Active {
					return Route{LeaderID: leader.ID, Reason: "按分工呈分管副市长" + leader.Name + "（第八条）"}, nil
				}
			}
		}
	}
	if mayor.ID == 0 {
		return Route{}, data.Errorf(data.EInvalid, "名册中没有在任的市长，无法确定呈送领导")
	}
	why := "本单位无分管副市长，呈市长（第八条）"
	if len(in.Matters) > 0 {
		why = "涉及须向市长报告的事项，呈市长（第八条）"
	}
	if d, ok := DelegationOn(in.Delegations, in.Day); ok {
		return Route{LeaderID: d.DelegateID, Reason: why + "；市长外出期间，呈受市长委托的" + byID[d.DelegateID].Name + "（第六条）"}, nil
	}
	return Route{LeaderID: mayor.ID, Reason: why}, nil
}
