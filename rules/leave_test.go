package rules

import (
	"strings"
	"testing"
	"time"

	"huiwu/data"
)

// 六十一 (with 六): the route of a leave request.
func TestRouteLeave六十一(t *testing.T) {
	people := []data.Person{mayor, exec, vice, director, deputy, head, party}
	deleg := []data.Delegation{{DelegateID: exec.ID, DelegateName: exec.Name, From: day("2026-09-14"), To: day("2026-09-18")}}
	tests := []struct {
		name    string
		in      LeaveInput
		want    []int64
		because string
	}{
		{"a department head leaving town asks the mayor", LeaveInput{Person: head, UnitKind: data.KindDepartment, LeavesTown: true, Kind: data.MeetingTopical, Chair: vice}, []int64{1}, "离溧"},
		{"a town head leaving town asks the mayor", LeaveInput{Person: townHead, UnitKind: data.KindTown, LeavesTown: true, Kind: data.MeetingTopical, Chair: vice}, []int64{1}, "离溧"},
		{"a vice-mayor asks the mayor", LeaveInput{Person: vice, Kind: data.MeetingExecutive, Chair: mayor}, []int64{1}, "市政府领导"},
		{"a unit head missing the mayor's executive meeting: director then mayor", LeaveInput{Person: head, UnitKind: data.KindDepartment, Kind: data.MeetingExecutive, Chair: mayor}, []int64{6, 1}, "办公室主任"},
		{"a unit head missing a vice-mayor's topical meeting: the office", LeaveInput{Person: head, UnitKind: data.KindDepartment, Kind: data.MeetingTopical, Chair: vice}, []int64{6}, "向办公室"},
		{"the executive vice-mayor chairing on his own is not the main leader", LeaveInput{Person: head, UnitKind: data.KindDepartment, Kind: data.MeetingExecutive, Chair: exec, Day: day("2026-06-01")}, []int64{6}, "向办公室"},
		{"六 the delegate chairing is: director, then the delegate", LeaveInput{Person: head, UnitKind: data.KindDepartment, Kind: data.MeetingExecutive, Chair: exec, Day: day("2026-09-16")}, []int64{6, 2}, "办公室主任"},
		{"mayor away: the delegate decides (六)", LeaveInput{Person: head, UnitKind: data.KindDepartment, LeavesTown: true, Kind: data.MeetingTopical, Chair: vice, Day: day("2026-09-15")}, []int64{2}, "受市长委托"},
		{"the mayor's own absence is filed only", LeaveInput{Person: mayor, Kind: data.MeetingExecutive, Chair: exec}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := tt.in
			in.People, in.Delegations = people, deleg
			steps, err := RouteLeave(in)
			if err != nil {
				t.Fatal(err)
			}
			if len(steps) != len(tt.want) {
				t.Fatalf("steps %+v, want %v", steps, tt.want)
			}
			for i, s := range steps {
				if s.ApproverID != tt.want[i] || !strings.Contains(s.Why, "第六十一条") && !strings.Contains(s.Why, "第六条") {
					t.Fatalf("step %d %+v, want approver %d", i, s, tt.want[i])
				}
			}
			if len(steps) > 0 && !strings.Contains(steps[0].Why, tt.because) {
				t.Fatalf("why %q, want %q", steps[0].Why, tt.because)
			}
		})
	}
	if _, err := RouteLeave(LeaveInput{Person: head, Kind: data.MeetingTopical, People: []data.Person{mayor}}); err == nil || !strings.Contains(err.Error(), "第六十一条") {
		t.Fatalf("no director: %v", err)
	}
}

// 六十一: a request is rejected by any step, approved by all; the next step
// is the first undecided one; one undecided at the start is overdue.
func TestLeaveState六十一(t *testing.T) {
	p, a, r := data.LeavePending, data.LeaveApproved, data.LeaveRejected
	steps := func(ds ...data.LeaveStatus) []data.LeaveStep {
		out := make([]data.LeaveStep, len(ds))
		for i, d := range ds {
			out[i].Decision = d
		}
		return out
	}
	tests := []struct {
		name  string
		steps []data.LeaveStep
		want  data.LeaveStatus
		next  int
		open  bool
	}{
		{"no steps is filed only", nil, data.LeaveFiled, 0, false},
		{"first step open", steps(p, p), p, 0, true},
		{"director passed, mayor open", steps(a, p), p, 1, true},
		{"both approved", steps(a, a), a, 0, false},
		{"director rejected ends it", steps(r, p), r, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := LeaveState(tt.steps); got != tt.want {
				t.Fatalf("state %s, want %s", got, tt.want)
			}
			next, open := NextStep(tt.steps)
			if open != tt.open || (open && next != tt.next) {
				t.Fatalf("next %d %v", next, open)
			}
		})
	}
	start := day("2026-12-03").Add(9 * time.Hour)
	l := data.LeaveRequest{Status: p}
	if LeaveOverdue(l, start, start.Add(-time.Minute)) || !LeaveOverdue(l, start, start) {
		t.Fatal("overdue flag wrong")
	}
	l.Status = a
	if LeaveOverdue(l, start, start.Add(time.Hour)) {
		t.Fatal("approved leave flagged")
	}
	l.SubstituteName = "副局长"
	if st, ok := LeaveAttendance(l); !ok || st != data.AttendSubstitute {
		t.Fatalf("substitute: %s", st)
	}
}

func TestCountAndArrival(t *testing.T) {
	ps := []data.Participant{
		{Status: data.AttendPresent},
		{Status: data.AttendLate},
		{Status: data.AttendLeave},
		{Status: data.AttendSubstitute},
		{Status: data.AttendAbsent},
		{},
		{Role: data.AttendStaff, Status: data.AttendPresent},
	}
	c := Count(ps)
	if c != (Counts{Due: 6, Present: 2, Late: 1, Leave: 2, Substitute: 1, Absent: 1, Pending: 1}) {
		t.Fatalf("counts %+v", c)
	}
	start := day("2026-12-03").Add(9 * time.Hour)
	if ArrivalStatus(start, start, 0) != data.AttendPresent || ArrivalStatus(start, start.Add(time.Minute), 0) != data.AttendLate || ArrivalStatus(start, start.Add(4*time.Minute), 5*time.Minute) != data.AttendPresent {
		t.Fatal("arrival status")
	}
}
