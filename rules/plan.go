package rules

import (
	"fmt"

	"huiwu/data"
)

// CheckDepartmentMeeting applies 四十四: a department holds at most one
// system-wide meeting a year. others are the meetings already recorded
// (cancelled ones do not count; m itself is skipped by ID).
func CheckDepartmentMeeting(m data.Meeting, unitName string, others []data.Meeting) *Breach {
	if m.Kind != data.MeetingDepartment || m.Status == data.StatusCancelled {
		return nil
	}
	for _, o := range others {
		if o.ID != m.ID && o.Kind == data.MeetingDepartment && o.UnitID == m.UnitID &&
			o.Status != data.StatusCancelled && o.Start.Year() == m.Start.Year() {
			return &Breach{Clause: c44, Message: fmt.Sprintf("%s %d 年已召开或安排部门系统会议「%s」（%s），一个部门一年至多召开一次",
				unitName, m.Start.Year(), o.Title, o.Start.Format(data.DateLayout))}
		}
	}
	return nil
}

// PlanCheck is what CheckCityWide needs: whether the conference is in the
// year's meeting plan, and who reviewed and approved it if not.
type PlanCheck struct {
	Planned    bool
	PlanYear   int          // the year of the plan entry it is in
	Reviewer   *data.Person // the responsible 副市长, nil when not recorded
	Approver   *data.Person // the 市长, nil when not recorded
	Delegation []data.Delegation
}

// CheckCityWide applies 四十四 to a city-wide conference in the
// government's name: it belongs in the annual meeting plan; an unplanned
// one needs the responsible 副市长's review and the 市长's approval (or his
// delegate's, 六) recorded before it is notified. A meeting still in
// preparation is not refused: the approvals may come later.
func CheckCityWide(m data.Meeting, in PlanCheck) *Breach {
	if in.Planned && in.PlanYear != m.Start.Year() {
		return &Breach{Clause: c44, Message: fmt.Sprintf("所选计划是 %d 年的，会议在 %d 年", in.PlanYear, m.Start.Year())}
	}
	if m.Kind != data.MeetingCityWide || in.Planned || m.Status == data.StatusPlanning || m.Status == data.StatusCancelled {
		return nil
	}
	switch {
	case in.Reviewer == nil:
		return &Breach{Clause: c44, Message: "未列入年度会议计划的全市性会议，须经分管副市长审核、市长批准后方可发通知；尚未记录副市长审核"}
	case !isVice(*in.Reviewer):
		return &Breach{Clause: c44, Message: in.Reviewer.Name + " 不是副市长，不能作为计划外会议的审核人"}
	case in.Approver == nil:
		return &Breach{Clause: c44, Message: "未列入年度会议计划的全市性会议，须经市长批准后方可发通知；尚未记录市长批准"}
	}
	if isMayor(*in.Approver) {
		return nil
	}
	if d, ok := DelegationOn(in.Delegation, m.Day()); ok && d.DelegateID == in.Approver.ID {
		return nil
	}
	return &Breach{Clause: c44, Message: in.Approver.Name + " 不是市长（也未受市长委托），不能批准计划外会议"}
}

// MayApproveUnplanned applies 四十四 (with 六) to who records the approval
// of an unplanned conference: the review by a 副市长 in office, the
// approval (approve) by the 市长 in office or, while a delegation runs on
// the meeting's day, by his delegate.
func MayApproveUnplanned(approve bool, m data.Meeting, p data.Person, ds []data.Delegation) error {
	if !approve {
		if !p.Active || !isVice(p) {
			return refuse(c44, "%s 不是在任的副市长，不能审核计划外会议（第四十四条）", p.Name)
		}
		return nil
	}
	d, delegated := DelegationOn(ds, m.Day())
	if !p.Active || !(isMayor(p) || delegated && d.DelegateID == p.ID) {
		return refuse(c44, "%s 不是市长（也未受市长委托），不能批准计划外会议（第四十四条）", p.Name)
	}
	return nil
}

// UnplannedApprovers are the people in office a form offers for the review
// (a 副市长) or the approval (the 市长, or a 副市长 who may be his delegate)
// of an unplanned conference, in the order given; MayApproveUnplanned then
// checks the one chosen on the meeting's day.
func UnplannedApprovers(approve bool, people []data.Person) []data.Person {
	var out []data.Person
	for _, p := range people {
		if p.Active && (isVice(p) || approve && isMayor(p)) {
			out = append(out, p)
		}
	}
	return out
}

// CheckTownHeads applies 四十四: a department's system-wide meeting that
// invites the heads of 镇（区、街道） needs a written request approved by the
// government, recorded by its reference (批准文号).
func CheckTownHeads(m data.Meeting, townHeads []string, approval string) *Breach {
	if m.Kind != data.MeetingDepartment || len(townHeads) == 0 || approval != "" || m.Status == data.StatusCancelled {
		return nil
	}
	return &Breach{Clause: c44, Message: fmt.Sprintf("部门系统会议邀请镇（区、街道）负责人（%s 等 %d 人）须有经市政府批准的书面请示，尚未登记批准文号",
		townHeads[0], len(townHeads))}
}

// CheckLeadersAtDepartment applies 四十四: the government's leaders attend
// a department's meeting only with approval, recorded like the town heads'
// (批准文号).
func CheckLeadersAtDepartment(m data.Meeting, leaders []string, approval string) *Breach {
	if m.Kind != data.MeetingDepartment || len(leaders) == 0 || approval != "" || m.Status == data.StatusCancelled {
		return nil
	}
	return &Breach{Clause: c44, Message: fmt.Sprintf("市政府领导（%s 等 %d 人）出席部门会议须经批准，尚未登记批准文号", leaders[0], len(leaders))}
}
