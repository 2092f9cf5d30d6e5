package rules

import (
	"fmt"
	"time"

	"huiwu/data"
)

// Cadence is how often a meeting kind is expected to meet.
type Cadence string

// The cadences the work rules give (四十 to 四十三).
const (
	HalfYearly Cadence = "half_yearly" // about every six months
	Monthly    Cadence = "monthly"     // about monthly, extra when needed
	Weekly     Cadence = "weekly"      // about weekly
	AsNeeded   Cadence = "as_needed"   // as needed
)

// Expected is how many meetings of the cadence a whole year should hold.
func (c Cadence) Expected() int {
	switch c {
	case HalfYearly:
		return 2
	case Monthly:
		return 12
	case Weekly:
		return 50
	}
	return 0
}

// KindRule is what the work rules say of one meeting kind.
type KindRule struct {
	Kind    data.MeetingKind
	Clause  data.Clause // the clause that governs it
	Cadence Cadence
	// Numbered kinds count their meetings (第N次).
	Numbered bool
	// Important meetings are those whose absentees ask the 办公室主任 and,
	// through the office, the 市长 (六十一).
	Important bool
	// MaxNPC and MaxCPPCC limit the invited 人大代表 and 政协委员; 0 = none
	// may be invited as such, -1 = no limit.
	MaxNPC, MaxCPPCC int
	// Planned kinds belong in the annual meeting plan (四十四).
	Planned bool
}

var kindRules = map[data.MeetingKind]KindRule{
	// 四十: the 市长 convenes the plenary about every six months; other units'
	// heads, deputies, members and citizens may be invited to 列席.
	data.MeetingPlenary: {Kind: data.MeetingPlenary, Clause: c40, Cadence: HalfYearly, Numbered: true, Important: true, MaxNPC: -1, MaxCPPCC: -1},
	// 四十一: the executive meeting, about monthly; per topic 2–3 人大代表
	// and 2–3 政协委员 may be invited.
	data.MeetingExecutive: {Kind: data.MeetingExecutive, Clause: c41, Cadence: Monthly, Numbered: true, Important: true, MaxNPC: 3, MaxCPPCC: 3},
	// 四十二: the 市长办公会议 / 党组会议, about weekly.
	data.MeetingMayorOffice: {Kind: data.MeetingMayorOffice, Clause: c42, Cadence: Weekly, Numbered: true, Important: true},
	// 四十三: topical meetings, as needed.
	data.MeetingTopical: {Kind: data.MeetingTopical, Clause: c43, Cadence: AsNeeded, MaxNPC: -1, MaxCPPCC: -1},
	// 四十四: city-wide conferences belong in the annual plan.
	data.MeetingCityWide: {Kind: data.MeetingCityWide, Clause: c44, Cadence: AsNeeded, Important: true, Planned: true, MaxNPC: -1, MaxCPPCC: -1},
	// 四十四: a department holds at most one system-wide meeting a year.
	data.MeetingDepartment: {Kind: data.MeetingDepartment, Clause: c44, Cadence: AsNeeded, MaxNPC: -1, MaxCPPCC: -1},
}

// RuleOf returns the rule of kind k.
func RuleOf(k data.MeetingKind) KindRule { return kindRules[k] }

// isMayor etc. read the roster roles the rules turn on.
func isMayor(p data.Person) bool { return p.HasRole(data.RoleMayor) }

func isVice(p data.Person) bool {
	return p.HasRole(data.RoleExecutiveVice) || p.HasRole(data.RoleViceMayor)
}

func isOfficeHead(p data.Person) bool {
	return p.HasRole(data.RoleOfficeDirector) || p.HasRole(data.RoleOfficeDeputy) || p.HasRole(data.RoleSecretaryGen)
}

// IsLeader tells whether p is one of the government's leaders (市长, 副市长,
// 党组成员), who rank above every unit on sheets and route leave to the 市长.
func IsLeader(p data.Person) bool {
	return isMayor(p) || isVice(p) || p.HasRole(data.RolePartyMember)
}

// ChairCheck is what CanChair needs: the kind, the chosen chair, the day and
// the mayor's delegations (六).
type ChairCheck struct {
	Kind        data.MeetingKind
	Chair       data.Person
	Day         time.Time
	Delegations []data.Delegation
}

// CanChair applies 四十 to 四十三 with 六: the plenary and the executive
// meeting are chaired by the 市长, or while a delegation runs by his
// delegate (受市长委托); the 市长办公会议 by the 市长 or the 副市长 whose
// delegation is on record for that day (四十二); a topical meeting by the 市长, a 副市长, or the office's
// director or deputy on delegation. It returns the delegation note the
// record must carry ("" when none) or a finding.
func CanChair(in ChairCheck) (string, *Breach) {
	r := RuleOf(in.Kind)
	p := in.Chair
	if !p.Active {
		return "", &Breach{Clause: r.Clause, Message: fmt.Sprintf("%s 已不在任，不能主持会议", p.Name)}
	}
	d, delegated := DelegationOn(in.Delegations, in.Day)
	switch in.Kind {
	case data.MeetingPlenary, data.MeetingExecutive:
		if isMayor(p) {
			if delegated {
				return "", &Breach{Clause: c6, Message: fmt.Sprintf("当日市长已委托%s主持工作，会议应由受委托人主持", d.DelegateName)}
			}
			return "", nil
		}
		if delegated && d.DelegateID == p.ID {
			return "受市长委托（" + d.Reason + "）", nil
		}
		return "", &Breach{Clause: r.Clause, Message: fmt.Sprintf("%s由市长召集和主持，%s 不能主持（市长外出时须先登记委托）", KindName(in.Kind), p.Name)}
	case data.MeetingMayorOffice:
		if isMayor(p) {
			return "", nil
		}
		if isVice(p) {
			// 四十二: 「受市长委托」 only with a delegation on record that day.
			if delegated && d.DelegateID == p.ID {
				return "受市长委托（" + d.Reason + "）", nil
			}
			return "", &Breach{Clause: r.Clause, Message: fmt.Sprintf("%s 当日未登记市长委托，不能主持市长办公会议（请先登记委托）", p.Name)}
		}
		return "", &Breach{Clause: r.Clause, Message: fmt.Sprintf("市长办公会议由市长或其委托的副市长主持，%s 不能主持", p.Name)}
	case data.MeetingTopical:
		if isMayor(p) || isVice(p) {
			return "", nil
		}
		if isOfficeHead(p) {
			return "受市领导委托", nil
		}
		return "", &Breach{Clause: r.Clause, Message: fmt.Sprintf("专题会议由市长、副市长或受委托的办公室主任、副主任主持，%s 不能主持", p.Name)}
	case data.MeetingCityWide:
		if IsLeader(p) || isOfficeHead(p) {
			return "", nil
		}
		return "", &Breach{Clause: r.Clause, Message: fmt.Sprintf("以市政府名义召开的全市性会议应由市政府领导主持，%s 不能主持", p.Name)}
	}
	return "", nil // a department chairs its own system-wide meeting
}

// KindName is the Chinese name of a meeting kind, for messages, sheets and
// the command line.
func KindName(k data.MeetingKind) string {
	return map[data.MeetingKind]string{
		data.MeetingPlenary: "市政府全体会议", data.MeetingExecutive: "市政府常务会议", data.MeetingMayorOffice: "市长办公会议",
		data.MeetingTopical: "专题会议", data.MeetingCityWide: "全市性会议", data.MeetingDepartment: "部门系统会议",
	}[k]
}

// CheckInvitees applies the invitee limits of 四十一: per meeting at most
// MaxNPC 人大代表 and MaxCPPCC 政协委员 invited to 列席. The fewest, and the
// 会商 on the list, are checked when the list is final (InviteeListFinal).
func CheckInvitees(kind data.MeetingKind, ps []data.Participant) []Breach {
	r := RuleOf(kind)
	n := invitedCounts(ps)
	npc, cppcc := n[data.ConsultNPC], n[data.ConsultCPPCC]
	var out []Breach
	limit := func(n, max int, who string) {
		switch {
		case max == 0 && n > 0:
			out = append(out, Breach{Clause: r.Clause, Message: fmt.Sprintf("%s不邀请%s列席（已邀请 %d 人）", KindName(kind), who, n)})
		case max > 0 && n > max:
			out = append(out, Breach{Clause: r.Clause, Message: fmt.Sprintf("%s邀请%s列席至多 %d 人，现有 %d 人", KindName(kind), who, max, n)})
		}
	}
	limit(npc, r.MaxNPC, "人大代表")
	limit(cppcc, r.MaxCPPCC, "政协委员")
	return out
}

// InviteeLimit refuses, without override, the first breach of the invitee
// limits (CheckInvitees): a batch of meetings loaded from a file has no one
// to give a reason.
func InviteeLimit(kind data.MeetingKind, ps []data.Participant) error {
	if f := CheckInvitees(kind, ps); len(f) > 0 {
		return refuse(f[0].Clause, "%s", f[0].String())
	}
	return nil
}

// StatusName is the Chinese name of a status, for messages from the rules.
func StatusName(s data.MeetingStatus) string {
	return map[data.MeetingStatus]string{
		data.StatusPlanning: "筹备", data.StatusNotified: "已通知", data.StatusHeld: "已召开",
		data.StatusArchived: "已归档", data.StatusCancelled: "已取消",
	}[s]
}

// CadenceDue is how many meetings of kind its cadence expects over the days
// from–to (both included), rounded to the nearest whole meeting; 0 for a
// kind held as needed.
func CadenceDue(kind data.MeetingKind, from, to time.Time) int {
	days := to.Sub(from).Hours()/24 + 1
	if days <= 0 {
		return 0
	}
	return int(float64(RuleOf(kind).Cadence.Expected())*days/365 + 0.5)
}

// MeetingRefusal refuses a change to a meeting for the findings that no
// override, kept with the meeting or carried by the change, answers.
func MeetingRefusal(findings []Finding, overridden []data.Override) error {
	return Refusal("未保存：不符合工作规则（如确有必要，可填写越规理由后再保存，理由记入审计日志）", findings, overridden)
}
