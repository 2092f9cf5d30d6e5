package rules

import (
	"slices"
	"testing"
	"time"

	"huiwu/data"
)

// 六十一, first sentence: who asks the 市长 before leaving town, with no
// meeting involved, and who decides while the 市长 is away (六).
func TestRouteTrip六十一(t *testing.T) {
	people := []data.Person{mayor, exec, vice, director, deputy, head, party}
	deleg := []data.Delegation{{DelegateID: exec.ID, DelegateName: exec.Name, From: day("2026-09-14"), To: day("2026-09-18")}}
	tests := []struct {
		name    string
		in      LeaveInput
		want    []int64 // approvers; nil: filed only
		refused string  // the refusal's problem; "" none
	}{
		{"a department's main head asks the 市长", LeaveInput{Person: head, UnitKind: data.KindDepartment, Day: day("2026-06-01")}, []int64{mayor.ID}, ""},
		{"a town's main head asks the 市长", LeaveInput{Person: townHead, UnitKind: data.KindTown, Day: day("2026-06-01")}, []int64{mayor.ID}, ""},
		{"a 副市长 asks the 市长", LeaveInput{Person: vice, Day: day("2026-06-01")}, []int64{mayor.ID}, ""},
		{"六: while the 市长 is away, his delegate decides", LeaveInput{Person: head, UnitKind: data.KindDepartment, Day: day("2026-09-15")}, []int64{exec.ID}, ""},
		{"the 市长's own trip is filed only", LeaveInput{Person: mayor, Day: day("2026-06-01")}, nil, ""},
		{
			"a 副主任 is not asked by the clause",
			LeaveInput{Person: deputy, UnitKind: data.KindDepartment, Day: day("2026-06-01")},
			nil,
			"钱副主任 不是市政府领导或镇（区、街道）、部门主要负责人，外出无须向市长请假（第六十一条）",
		},
		{
			"the head of an affiliated unit is not either",
			LeaveInput{Person: head, UnitKind: data.KindAffiliated, Day: day("2026-06-01")},
			nil,
			head.Name + " 不是市政府领导或镇（区、街道）、部门主要负责人，外出无须向市长请假（第六十一条）",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := tt.in
			in.People, in.Delegations = people, deleg
			steps, err := RouteTrip(in)
			if tt.refused != "" {
				ps := data.ProblemsOf(err)
				if len(ps) != 1 || ps[0].Message != tt.refused {
					t.Fatalf("refusal %v %+v", err, ps)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []int64
			for _, s := range steps {
				got = append(got, s.ApproverID)
			}
			if len(got) != len(tt.want) || len(got) > 0 && got[0] != tt.want[0] {
				t.Fatalf("route %+v, want %v", steps, tt.want)
			}
		})
	}
}

// 六十一: 销假 on return, and what the desk and the statistics show of a trip.
func TestTripReturnAndDesk六十一(t *testing.T) {
	trip := data.LeaveRequest{
		ID: 7, PersonName: "李局长", Status: data.LeaveApproved, FiledAt: time.Date(2026, 9, 10, 2, 0, 0, 0, time.UTC),
		Trip: data.Trip{Destination: "南京", From: day("2026-09-14"), To: day("2026-09-16")},
	}
	returned := trip
	returned.ReturnedOn = day("2026-09-16")
	pending := trip
	pending.Status = data.LeavePending
	meeting := trip
	meeting.MeetingID = 3

	for _, tt := range []struct {
		name string
		l    data.LeaveRequest
		on   string
		want string // the refusal's text; "" allowed
	}{
		{"back on the last day", trip, "2026-09-16", ""},
		{"back early", trip, "2026-09-15", ""},
		{"before leaving", trip, "2026-09-13", "销假未登记：「返回日期」不能早于离开日期 2026-09-14"},
		{"twice", returned, "2026-09-17", "李局长 已于 2026-09-16 销假"},
		{"not approved yet", pending, "2026-09-16", "李局长 的外出请假尚未获批准，不能销假"},
		{"leave from a meeting", meeting, "2026-09-16", "请假（编号 7）不是外出请假，无须销假"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := MayReturn(tt.l, day(tt.on))
			if got := errText(err); got != tt.want {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}

	for _, tt := range []struct {
		name  string
		l     data.LeaveRequest
		today string
		needs string
		late  bool
	}{
		{"approved, not yet gone: nothing", trip, "2026-09-12", "", false},
		{"away", trip, "2026-09-15", "外出中，返回后销假", false},
		{"past its end without 销假", trip, "2026-09-17", "逾期未销假", true},
		{"reported back", returned, "2026-09-20", "", false},
		{"pending before it begins", pending, "2026-09-12", "外出请假待市长审批", false},
		{"still pending on the day", pending, "2026-09-14", "外出请假待市长审批", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			needs, _, late := TripNeeds(tt.l, day(tt.today))
			got := ""
			if len(needs) > 0 {
				got = needs[0]
			}
			if got != tt.needs || late != tt.late {
				t.Fatalf("needs %q late %v, want %q %v", got, late, tt.needs, tt.late)
			}
		})
	}

	sameDay := trip
	sameDay.FiledAt = time.Date(2026, 9, 14, 1, 0, 0, 0, time.UTC)
	got := TripStats([]data.LeaveRequest{trip, returned, pending, sameDay, meeting}, day("2026-09-17"))
	want := TripTally{Asked: 4, Approved: 3, Pending: 1, NotAhead: 1, Unreturned: 2}
	if got != want {
		t.Fatalf("tally %+v, want %+v", got, want)
	}
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// 六十一: the 外出请假 of a period as the office lists them — people in
// protocol order (leaders by rank, then by unit order, no unit last, then
// 按姓氏笔画), each person's trips together by first day, then as filed;
// two people of one name are not interleaved.
func TestTripsInOrder六十一(t *testing.T) {
	trip := func(id, person int64, name string, rank, unit int, from string) data.LeaveRequest {
		return data.LeaveRequest{ID: id, PersonID: person, PersonName: name, Rank: rank, UnitOrder: unit, Trip: data.Trip{From: day(from)}}
	}
	filed := []data.LeaveRequest{
		trip(1, 20, "张军", 0, -1, "2026-03-01"), // no unit
		trip(2, 10, "李明", 0, 30, "2026-05-01"),
		trip(3, 11, "王强", 0, 30, "2026-02-01"), // 王 4 strokes before 李 7, same unit order
		trip(4, 3, "周玥", 3, 10, "2026-04-01"),
		trip(5, 10, "李明", 0, 30, "2026-01-10"),
		trip(6, 12, "李明", 0, 30, "2026-01-05"), // another 李明, same unit order
		trip(7, 1, "王建国", 1, 10, "2026-06-01"),
		trip(8, 3, "周玥", 3, 10, "2026-04-01"), // same day: as filed
		trip(9, 5, "孙镇长", 0, 15, "2026-07-01"),
	}
	var got []int64
	for _, l := range TripsInOrder(filed) {
		got = append(got, l.ID)
	}
	want := []int64{7, 4, 8, 9, 3, 5, 2, 6, 1}
	if !slices.Equal(got, want) {
		t.Fatalf("order %v, want %v", got, want)
	}
	if filed[0].ID != 1 {
		t.Fatal("TripsInOrder reordered its argument")
	}
}
