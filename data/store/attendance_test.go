package store

import (
	"slices"
	"strings"
	"testing"
	"time"

	"huiwu/data"
)

// 六十一: a unit head missing the mayor's executive meeting asks the office
// director, the office submits it to the mayor; each step is audited, and
// approval marks the sign-in.
func TestLeaveRouteDecideAndSignIn六十一(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	mayor, director := r.with(data.RoleMayor, 0), r.with(data.RoleOfficeDirector, 0)
	m, _, err := s.SaveMeeting(ctx, executive(mayor, "2026-12-03 09:00"))
	if err != nil {
		t.Fatal(err)
	}
	head := r.headOf("审计局")
	l, err := s.RequestLeave(ctx, data.LeaveRequest{MeetingID: m.ID, PersonID: head.ID, Reason: "参加省审计厅培训", SubstituteName: "钱副局", SubstitutePost: "副局长"})
	if err != nil {
		t.Fatal(err)
	}
	if l.Status != data.LeavePending || len(l.Steps) != 2 || l.Steps[0].ApproverID != director.ID || l.Steps[1].ApproverID != mayor.ID {
		t.Fatalf("route %+v", l)
	}
	if _, err := s.RequestLeave(ctx, data.LeaveRequest{MeetingID: m.ID, PersonID: head.ID, Reason: "再请"}); data.ErrorCode(err) != data.EDuplicate {
		t.Fatalf("second request: %v", err)
	}
	if _, err := s.DecideLeave(ctx, l.ID, false, ""); len(data.ProblemsOf(err)) == 0 {
		t.Fatalf("rejection without opinion: %v", err)
	}
	l, err = s.DecideLeave(ctx, l.ID, true, "拟同意，呈市长")
	if err != nil || l.Status != data.LeavePending {
		t.Fatalf("after director: %v %s", err, l.Status)
	}
	l, err = s.DecideLeave(ctx, l.ID, true, "同意")
	if err != nil || l.Status != data.LeaveApproved {
		t.Fatalf("after mayor: %v %s", err, l.Status)
	}
	if _, err := s.DecideLeave(ctx, l.ID, true, ""); err == nil {
		t.Fatal("decided twice")
	}
	if auditCount(t, s, "leave.decide") != 2 || auditCount(t, s, "leave.file") != 1 {
		t.Fatal("leave steps not audited")
	}
	ps, _ := s.Participants(ctx, m.ID)
	for _, p := range ps {
		if p.PersonID == head.ID && (p.Status != data.AttendSubstitute || p.SubstituteName != "钱副局") {
			t.Fatalf("sign-in after approval: %+v", p)
		}
	}
	ls, _ := s.Leaves(ctx, m.ID)
	if len(ls) != 1 || ls[0].Steps[1].DecidedAt.IsZero() || ls[0].FiledBy != "tester" {
		t.Fatalf("read back %+v", ls)
	}
	outsider := r.headOf("教育局")
	if _, err := s.RequestLeave(ctx, data.LeaveRequest{MeetingID: m.ID, PersonID: outsider.ID, Reason: "x"}); len(data.ProblemsOf(err)) == 0 || data.ProblemsOf(err)[0].Field != "请假人" {
		t.Fatalf("non-participant leave: %v", err)
	}
}

func TestSignInLateAndUndo(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	mayor := r.with(data.RoleMayor, 0)
	m, _, _ := s.SaveMeeting(ctx, executive(mayor, "2026-11-28 08:30")) // the test clock is 09:00
	vice := r.with(data.RoleViceMayor, 0)
	p, err := s.SetAttendance(ctx, data.Participant{MeetingID: m.ID, PersonID: vice.ID, Status: data.AttendPresent})
	if err != nil {
		t.Fatal(err)
	}
	if p.Status != data.AttendLate || p.At.IsZero() {
		t.Fatalf("arrival after the start: %+v", p)
	}
	p, err = s.SetAttendance(ctx, data.Participant{MeetingID: m.ID, PersonID: vice.ID, Status: data.NotSignedIn})
	if err != nil || p.Status != data.NotSignedIn || !p.At.IsZero() {
		t.Fatalf("undo: %v %+v", err, p)
	}
	if _, err := s.SetAttendance(ctx, data.Participant{MeetingID: m.ID, PersonID: vice.ID, Status: data.AttendSubstitute}); len(data.ProblemsOf(err)) == 0 {
		t.Fatalf("代会 without a substitute: %v", err)
	}
	if auditCount(t, s, "attendance.set") != 2 {
		t.Fatal("sign-in not audited")
	}
	early, _, _ := s.SaveMeeting(ctx, executive(mayor, "2026-11-28 09:30"))
	p, _ = s.SetAttendance(ctx, data.Participant{MeetingID: early.ID, PersonID: mayor.ID, Status: data.AttendPresent})
	if p.Status != data.AttendPresent {
		t.Fatalf("on-time arrival: %s", p.Status)
	}
}

// 四十一: a fourth 人大代表 is refused naming the clause until overridden.
func TestInviteeLimit四十一(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	m, _, _ := s.SaveMeeting(ctx, executive(r.with(data.RoleMayor, 0), "2026-12-03 09:00"))
	for i := range 3 {
		if err := s.AddParticipant(ctx, data.Participant{MeetingID: m.ID, PersonID: r.with(data.RoleNPCDeputy, i).ID, Role: data.AttendInvited}); err != nil {
			t.Fatal(err)
		}
	}
	fourth := data.Participant{MeetingID: m.ID, PersonID: r.with(data.RoleNPCDeputy, 3).ID, Role: data.AttendInvited}
	err := s.AddParticipant(ctx, fourth)
	if err == nil || !strings.Contains(err.Error(), "第四十一条") {
		t.Fatalf("fourth deputy: %v", err)
	}
	ps, _ := s.Participants(ctx, m.ID)
	for _, p := range ps {
		if p.PersonID == fourth.PersonID {
			t.Fatal("refused invitee was written")
		}
	}
	re, ok := data.RuleRefusal(err)
	if !ok || !re.Overridable || !slices.Equal(re.Clauses, []data.Clause{41}) {
		t.Fatalf("refusal %#v, want one overridable of clause 41", re)
	}
	if err := s.AddParticipant(ctx, fourth, data.OverridesFor(re, "议题涉及四个镇，经市长同意多邀一人")...); err != nil {
		t.Fatalf("with override: %v", err)
	}
	if m, _ := s.Meeting(ctx, m.ID); len(m.Overrides) != 1 || m.Overrides[0].Clause != 41 {
		t.Fatalf("overrides kept %+v", m.Overrides)
	}
	if err := s.AddParticipant(ctx, fourth); err != nil {
		t.Fatalf("after override: %v", err)
	}
	if err := s.RemoveParticipant(ctx, m.ID, fourth.PersonID); err != nil {
		t.Fatal(err)
	}
}

func TestLeaveOfMayorIsFiledOnly(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	exec := r.with(data.RoleExecutiveVice, 0)
	mayor := r.with(data.RoleMayor, 0)
	st := at("2026-12-08 15:00")
	m, _, err := s.SaveMeeting(ctx, data.Meeting{Title: "专题会议", Kind: data.MeetingTopical, Start: st, End: st.Add(time.Hour), Place: "五楼", ChairID: exec.ID, Status: data.StatusPlanning})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.AddParticipant(ctx, data.Participant{MeetingID: m.ID, PersonID: mayor.ID, Role: data.AttendMember}); err != nil {
		t.Fatal(err)
	}
	l, err := s.RequestLeave(ctx, data.LeaveRequest{MeetingID: m.ID, PersonID: mayor.ID, Reason: "接待来访"})
	if err != nil || l.Status != data.LeaveFiled || len(l.Steps) != 0 {
		t.Fatalf("%v %+v", err, l)
	}
}

func TestSetSeatingByHand(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	m, _, _ := s.SaveMeeting(ctx, executive(r.with(data.RoleMayor, 0), "2026-12-03 09:00"))
	vice := r.with(data.RoleViceMayor, 2)
	if err := s.SetSeating(ctx, m.ID, []int64{vice.ID}); err != nil {
		t.Fatal(err)
	}
	ps, _ := s.Participants(ctx, m.ID)
	for _, p := range ps {
		if (p.PersonID == vice.ID) != (p.Seat == 1) {
			t.Fatalf("seat of %s is %d", p.Name, p.Seat)
		}
	}
	if err := s.SetSeating(ctx, m.ID, []int64{r.headOf("教育局").ID}); data.ErrorCode(err) != data.ENotFound {
		t.Fatalf("outsider seated: %v", err)
	}
	if auditCount(t, s, "meeting.seating") != 1 {
		t.Fatal("seating not audited")
	}
}

// A person with meetings on record is not deleted, and the refusal says why.
func TestDeletePersonUsedByMeetings(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	mayor := r.with(data.RoleMayor, 0)
	if _, _, err := s.SaveMeeting(ctx, executive(mayor, "2026-12-03 09:00")); err != nil {
		t.Fatal(err)
	}
	err := s.DeletePerson(ctx, mayor.ID, mayor.Version)
	if data.ErrorCode(err) != data.EReferenced || !strings.Contains(err.Error(), "参加过 1 次会议") || !strings.Contains(err.Error(), "主持或审批过 1 次会议") {
		t.Fatalf("got %v", err)
	}
}
