package rules

import (
	"slices"
	"time"

	"huiwu/data"
)

// LeaveInput is what RouteLeave needs: who asks, whether they leave town,
// the meeting (kind and chair), the roster and the mayor's delegations.
type LeaveInput struct {
	Person      data.Person
	UnitKind    data.UnitKind // the kind of the person's unit
	LeavesTown  bool
	Kind        data.MeetingKind
	Chair       data.Person
	Day         time.Time
	People      []data.Person
	Delegations []data.Delegation
}

// Step is one approver on a leave route and why.
type Step struct {
	ApproverID   int64
	ApproverName string
	Why          string
}

// RouteLeave applies 六十一 (with 六 for the mayor's absence):
//   - leaders and the main heads of towns and departments who leave town ask
//     the 市长;
//   - a unit head missing an important meeting chaired by a main leader asks
//     the 办公室主任, and the office submits it to the 市长;
//   - a leader missing a meeting asks the 市长;
//   - anyone else asks the 办公室主任.
//
// While a delegation runs, what goes to the 市长 goes to the delegate. The
// 市长's own absence needs no approval: it is filed only (no steps). Every
// leave is filed with the office whatever its route.
func RouteLeave(in LeaveInput) ([]Step, error) {
	var mayor, director data.Person
	for _, p := range in.People {
		if !p.Active {
			continue
		}
		if p.HasRole(data.RoleMayor) && mayor.ID == 0 {
			mayor = p
		}
		if p.HasRole(data.RoleOfficeDirector) && director.ID == 0 {
			director = p
		}
	}
	if isMayor(in.Person) {
		return nil, nil
	}
	toMayor := func(why string) (Step, error) {
		if d, ok := DelegationOn(in.Delegations, in.Day); ok && d.DelegateID != in.Person.ID {
			return Step{ApproverID: d.DelegateID, ApproverName: d.DelegateName, Why: why + "；市长外出，呈受市长委托的" + d.DelegateName + "（第六条）"}, nil
		}
		if mayor.ID == 0 {
			return Step{}, data.Errorf(data.EInvalid, "名册中没有在任的市长，无法确定请假审批人（第六十一条）")
		}
		return Step{ApproverID: mayor.ID, ApproverName: mayor.Name, Why: why}, nil
	}
	toDirector := func(why string) (Step, error) {
		if director.ID == 0 {
			return Step{}, data.Errorf(data.EInvalid, "名册中没有办公室主任，无法确定请假审批人（第六十一条）")
		}
		return Step{ApproverID: director.ID, ApproverName: director.Name, Why: why}, nil
	}
	mainHead := in.Person.HasRole(data.RoleUnitHead) && (in.UnitKind == data.KindDepartment || in.UnitKind == data.KindTown)
	leader := IsLeader(in.Person)
	switch {
	case in.LeavesTown && (leader || mainHead):
		s, err := toMayor("领导干部及部门、镇（区、街道）主要负责人离溧须向市长请假（第六十一条）")
		return []Step{s}, err
	case leader:
		s, err := toMayor("市政府领导请假，呈市长（第六十一条）")
		return []Step{s}, err
	case in.Person.HasRole(data.RoleUnitHead) && RuleOf(in.Kind).Important && mainLeader(in.Chair, in.Delegations, in.Day):
		a, err := toDirector("主要领导主持的重要会议，单位负责人向办公室主任请假（第六十一条）")
		if err != nil {
			return nil, err
		}
		b, err := toMayor("由办公室报市长审批（第六十一条）")
		return []Step{a, b}, err
	default:
		s, err := toDirector("向办公室请假（第六十一条）")
		return []Step{s}, err
	}
}

// mainLeader is the government's main leader: the 市长, or the one
// presiding in his stead on the day (a delegate chairs with the 市长's
// authority, 六).
func mainLeader(p data.Person, ds []data.Delegation, day time.Time) bool {
	if isMayor(p) {
		return true
	}
	d, ok := DelegationOn(ds, day)
	return ok && d.DelegateID == p.ID
}

// LeaveState derives a request's status from its steps: rejected as soon as
// one step is, approved when all are, filed only when there are none.
func LeaveState(steps []data.LeaveStep) data.LeaveStatus {
	if len(steps) == 0 {
		return data.LeaveFiled
	}
	for _, s := range steps {
		if s.Decision == data.LeaveRejected {
			return data.LeaveRejected
		}
	}
	for _, s := range steps {
		if s.Decision != data.LeaveApproved {
			return data.LeavePending
		}
	}
	return data.LeaveApproved
}

// NextStep is the first undecided step, which is the only one that may be
// decided now: the office submits to the 市长 only what it has passed.
func NextStep(steps []data.LeaveStep) (int, bool) {
	for i, s := range steps {
		if s.Decision == data.LeaveRejected {
			return 0, false
		}
		if s.Decision == data.LeavePending || s.Decision == "" {
			return i, true
		}
	}
	return 0, false
}

// LeaveOverdue flags a request still undecided when the meeting has begun
// (六十一: leave is approved before the meeting).
func LeaveOverdue(l data.LeaveRequest, start, now time.Time) bool {
	return l.Status == data.LeavePending && !now.Before(start)
}

// LeaveAttendance is the sign-in status an approved or filed leave gives
// its person: 代会 when a substitute attends, else 请假.
func LeaveAttendance(l data.LeaveRequest) (data.AttendStatus, bool) {
	if l.Status != data.LeaveApproved && l.Status != data.LeaveFiled {
		return data.NotSignedIn, false
	}
	if l.SubstituteName != "" {
		return data.AttendSubstitute, true
	}
	return data.AttendLeave, true
}

// MayRequestLeave applies 六十一 to a request for leave from meeting m by
// who (zero when the person is not on its list): only a participant asks
// leave, and not once the meeting is archived or cancelled.
func MayRequestLeave(m data.Meeting, who data.Participant) error {
	if closed(m) {
		return refuse(c61, "会议「%s」%s，不能再请假", m.Title, already(StatusName(m.Status)))
	}
	if who.PersonID == 0 {
		return refuseField(c61, "请假未登记", "请假人", "不在本次会议的参会名单中")
	}
	return nil
}

// LeaveDecision is what an approver's decision does to a request: the step
// it fills (an index into the steps), the decision written there, and the
// request's status after it.
type LeaveDecision struct {
	Step     int
	Decision data.LeaveStatus
	Status   data.LeaveStatus
}

// DecideLeave applies 六十一 to a decision on request l: it is the next
// undecided step's (NextStep), none once the request is settled, and a
// refusal states its opinion. opinion is clean text.
func DecideLeave(l data.LeaveRequest, approve bool, opinion string) (LeaveDecision, error) {
	i, open := NextStep(l.Steps)
	if !open {
		return LeaveDecision{}, refuse(c61, "%s 的请假已%s，无须再审批", l.PersonName, map[data.LeaveStatus]string{
			data.LeaveApproved: "批准", data.LeaveRejected: "不予批准", data.LeaveFiled: "报备",
		}[l.Status])
	}
	if !approve && opinion == "" {
		return LeaveDecision{}, refuseField(c61, "审批未记录", "审批意见", "不予批准时须写明意见")
	}
	d := LeaveDecision{Step: i, Decision: data.LeaveRejected}
	if approve {
		d.Decision = data.LeaveApproved
	}
	steps := slices.Clone(l.Steps)
	steps[i].Decision = d.Decision
	d.Status = LeaveState(steps)
	return d, nil
}
