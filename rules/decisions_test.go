package rules

import (
	"slices"
	"testing"

	"huiwu/data"
)

// refusal returns err's rule refusal, failing unless it is one under
// clause c with message msg.
func refusal(t *testing.T, err error, c data.Clause, msg string) *data.RuleError {
	t.Helper()
	re, ok := data.RuleRefusal(err)
	if !ok || re.Err.Message != msg || !slices.Equal(re.Clauses, []data.Clause{c}) || re.Overridable {
		t.Fatalf("got %#v, want %s under %s", err, msg, c)
	}
	return re
}

// 六十一: only a participant asks leave, not once the meeting is closed;
// a decision is the next step's, none once settled, and a refusal says why.
func TestDecideLeave六十一(t *testing.T) {
	m := data.Meeting{Title: "第12次常务会议", Kind: data.MeetingExecutive, Status: data.StatusNotified}
	who := data.Participant{PersonID: 4}
	if err := MayRequestLeave(m, who); err != nil {
		t.Fatal(err)
	}
	re := refusal(t, MayRequestLeave(m, data.Participant{}), c61, "请假未登记")
	if re.Err.Problems[0] != (data.Problem{Field: "请假人", Message: "不在本次会议的参会名单中"}) {
		t.Fatalf("problems %+v", re.Err.Problems)
	}
	m.Status = data.StatusArchived
	refusal(t, MayRequestLeave(m, who), c61, "会议「第12次常务会议」已归档，不能再请假")

	two := data.LeaveRequest{PersonName: "陈局", Status: data.LeavePending, Steps: []data.LeaveStep{
		{Seq: 1, Decision: data.LeaveApproved}, {Seq: 2, Decision: data.LeavePending},
	}}
	tests := []struct {
		name    string
		l       data.LeaveRequest
		approve bool
		opinion string
		want    LeaveDecision
		msg     string
	}{
		{"last step approves", two, true, "", LeaveDecision{Step: 1, Decision: data.LeaveApproved, Status: data.LeaveApproved}, ""},
		{"last step refuses with opinion", two, false, "会议重要", LeaveDecision{Step: 1, Decision: data.LeaveRejected, Status: data.LeaveRejected}, ""},
		{"first of two approves", data.LeaveRequest{Steps: []data.LeaveStep{{Seq: 1}, {Seq: 2}}}, true, "", LeaveDecision{Step: 0, Decision: data.LeaveApproved, Status: data.LeavePending}, ""},
		{"refusal without opinion", two, false, "", LeaveDecision{}, "审批未记录"},
		{"settled", data.LeaveRequest{PersonName: "陈局", Status: data.LeaveRejected, Steps: []data.LeaveStep{{Seq: 1, Decision: data.LeaveRejected}}}, true, "", LeaveDecision{}, "陈局 的请假已不予批准，无须再审批"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DecideLeave(tt.l, tt.approve, tt.opinion)
			if got != tt.want {
				t.Fatalf("decision %+v, want %+v", got, tt.want)
			}
			if tt.msg != "" {
				refusal(t, err, c61, tt.msg)
			} else if err != nil {
				t.Fatal(err)
			}
		})
	}
	if two.Steps[1].Decision != data.LeavePending {
		t.Fatal("DecideLeave changed the request it was given")
	}
}

// 四十四 with 六: a 副市长 in office reviews an unplanned conference; the
// 市长, or his delegate on the meeting's day, approves it.
func TestMayApproveUnplanned四十四(t *testing.T) {
	m := data.Meeting{Start: day("2026-05-05").Add(9 * 3600e9)}
	ds := []data.Delegation{{ID: 7, DelegateID: exec.ID, From: day("2026-05-04"), To: day("2026-05-08")}}
	if MayApproveUnplanned(false, m, vice, nil) != nil || MayApproveUnplanned(true, m, mayor, nil) != nil || MayApproveUnplanned(true, m, exec, ds) != nil {
		t.Fatal("a lawful reviewer or approver refused")
	}
	refusal(t, MayApproveUnplanned(false, m, gone, nil), c44, "赵退 不是在任的副市长，不能审核计划外会议（第四十四条）")
	refusal(t, MayApproveUnplanned(false, m, head, nil), c44, "陈局 不是在任的副市长，不能审核计划外会议（第四十四条）")
	refusal(t, MayApproveUnplanned(true, m, exec, nil), c44, "李常务 不是市长（也未受市长委托），不能批准计划外会议（第四十四条）")
}

// 六: one delegate at a time; the refusal names the latest-starting
// delegation overlapped, whatever order they come in.
func TestDelegationFits六(t *testing.T) {
	ds := []data.Delegation{
		{ID: 7, DelegateName: "李常务", From: day("2026-05-04"), To: day("2026-05-08")},
		{ID: 9, DelegateName: "周副", From: day("2026-05-10"), To: day("2026-05-12")},
	}
	d := data.Delegation{From: day("2026-05-07"), To: day("2026-05-11")}
	want := "与已有委托（周副，2026-05-10 至 2026-05-12）时间重叠；同一时间只能委托一人（第六条）"
	refusal(t, DelegationFits(ds, d), c6, want)
	slices.Reverse(ds)
	refusal(t, DelegationFits(ds, d), c6, want)
	if err := DelegationFits(ds, data.Delegation{ID: 9, From: day("2026-05-10"), To: day("2026-05-13")}); err != nil {
		t.Fatal(err)
	}
	refusal(t, CanBeDelegate(head), c6, "陈局 不是常务副市长或副市长，不能受市长委托主持工作（第六条）")
}

// 八: overseeing is refused under its clause.
func TestCanOverseeRefusal八(t *testing.T) {
	refusal(t, CanOversee(gone), c8, "赵退 已不在任，不能分管单位（第八条）")
}

// 四十一: a loaded batch may not exceed the invitee limit; no override.
func TestInviteeLimit四十一(t *testing.T) {
	var ps []data.Participant
	for i := range 3 {
		ps = append(ps, data.Participant{PersonID: int64(100 + i), Role: data.AttendInvited, Roles: []data.Role{data.RoleNPCDeputy}})
	}
	if err := InviteeLimit(data.MeetingExecutive, ps); err != nil {
		t.Fatal(err)
	}
	ps = append(ps, data.Participant{PersonID: 200, Role: data.AttendInvited, Roles: []data.Role{data.RoleNPCDeputy}})
	refusal(t, InviteeLimit(data.MeetingExecutive, ps), c41, "市政府常务会议邀请人大代表列席至多 3 人，现有 4 人（第四十一条）")
}

// 四十四: the review is offered to the 副市长 in office, the approval also to
// the 市长.
func TestUnplannedApprovers四十四(t *testing.T) {
	names := func(ps []data.Person) []string {
		var out []string
		for _, p := range ps {
			out = append(out, p.Name)
		}
		return out
	}
	people := []data.Person{mayor, exec, vice, head, gone}
	if got := names(UnplannedApprovers(false, people)); !slices.Equal(got, []string{"李常务", "周副"}) {
		t.Fatalf("reviewers %v", got)
	}
	if got := names(UnplannedApprovers(true, people)); !slices.Equal(got, []string{"王建国", "李常务", "周副"}) {
		t.Fatalf("approvers %v", got)
	}
}
