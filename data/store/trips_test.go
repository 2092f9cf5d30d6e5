package store

import (
	"strings"
	"testing"
	"time"

	"huiwu/data"
)

// 六十一, first sentence, through the store: a department's main head asks
// the 市长 to leave town with no meeting involved; the 市长 approves, the
// head reports back (销假), each step audited; a deputy is refused; the
// file checks clean.
func TestTripAskedApprovedReturned六十一(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	s.Now = func() time.Time { return time.Date(2026, 11, 10, 9, 0, 0, 0, time.UTC) }
	head := r.headOf("交通局")
	mayor := r.with(data.RoleMayor, 0)
	l, err := s.RequestTrip(ctx, data.LeaveRequest{
		PersonID: head.ID, Reason: "赴省交通运输厅汇报农村公路工作",
		Trip: data.Trip{Destination: "南京", From: dayOf("2026-11-16"), To: dayOf("2026-11-17")},
	})
	if err != nil {
		t.Fatal(err)
	}
	if l.Status != data.LeavePending || len(l.Steps) != 1 || l.Steps[0].ApproverID != mayor.ID || !strings.Contains(l.Steps[0].Why, "第六十一条") {
		t.Fatalf("route %+v", l)
	}
	if _, err := s.ReturnTrip(ctx, l.ID, dayOf("2026-11-17")); err == nil || !strings.Contains(err.Error(), "尚未获批准") {
		t.Fatalf("销假 before approval: %v", err)
	}
	if l, err = s.DecideLeave(ctx, l.ID, true, "同意"); err != nil || l.Status != data.LeaveApproved {
		t.Fatalf("approve: %+v %v", l, err)
	}
	if l, err = s.ReturnTrip(ctx, l.ID, dayOf("2026-11-17")); err != nil || !l.ReturnedOn.Equal(dayOf("2026-11-17")) {
		t.Fatalf("销假: %+v %v", l, err)
	}
	trips, err := s.Trips(ctx, dayOf("2026-11-01"), dayOf("2026-11-30"))
	if err != nil || len(trips) != 1 || trips[0].Destination != "南京" || trips[0].MeetingID != 0 || !trips[0].ReturnedOn.Equal(dayOf("2026-11-17")) ||
		trips[0].Steps[0].Decision != data.LeaveApproved {
		t.Fatalf("trips %+v %v", trips, err)
	}
	if trips, _ := s.Trips(ctx, dayOf("2026-12-01"), dayOf("2026-12-31")); len(trips) != 0 {
		t.Fatalf("December lists %d trips", len(trips))
	}
	deputy := r.with(data.RoleOfficeDeputy, 0)
	if _, err := s.RequestTrip(ctx, data.LeaveRequest{PersonID: deputy.ID, Reason: "x", Trip: data.Trip{Destination: "常州", From: dayOf("2026-11-16"), To: dayOf("2026-11-16")}}); err == nil ||
		data.ProblemsOf(err)[0].Field != "请假人" {
		t.Fatalf("a deputy's trip: %v", err)
	}
	if _, err := s.RequestTrip(ctx, data.LeaveRequest{PersonID: head.ID, Reason: "x", Trip: data.Trip{Destination: "常州", From: dayOf("2026-11-16"), To: dayOf("2026-11-15")}}); err == nil ||
		data.ProblemsOf(err)[0].Field != "返回日期" {
		t.Fatalf("back before leaving: %v", err)
	}
	rows, err := s.db.Query("SELECT action FROM audit_log WHERE entity = 'leave' AND entity_id = ? ORDER BY seq", l.ID)
	if err != nil {
		t.Fatal(err)
	}
	var actions []string
	for rows.Next() {
		var a string
		if err := rows.Scan(&a); err != nil {
			t.Fatal(err)
		}
		actions = append(actions, a)
	}
	rows.Close()
	if strings.Join(actions, ",") != "leave.trip,leave.decide,leave.return" {
		t.Fatalf("audit %v", actions)
	}
	if rep, err := s.Check(ctx); err != nil || !rep.OK() {
		t.Fatalf("check %+v %v", rep, err)
	}
}
