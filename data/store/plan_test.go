package store

import (
	"strings"
	"testing"
	"time"

	"huiwu/data"
)

// 四十四: an unplanned city-wide conference is refused at 发通知 until the
// 副市长's review and the 市长's approval are recorded; a planned one goes.
func TestUnplannedCityWideNeedsApproval四十四(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	mayor := r.with(data.RoleMayor, 0)
	st := at("2026-06-10 09:00")
	m, _, err := s.SaveMeeting(ctx, data.Meeting{Title: "全市防汛工作会议", Kind: data.MeetingCityWide, Start: st, End: st.Add(2 * time.Hour), Place: "报告厅", ChairID: mayor.ID, Status: data.StatusPlanning})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetMeetingStatus(ctx, m.ID, m.Version, data.StatusNotified, ""); err == nil || !strings.Contains(err.Error(), "第四十四条") {
		t.Fatalf("unplanned notified: %v", err)
	}
	if _, err := s.RecordApproval(ctx, m.ID, "review", r.headOf("水利局").ID); err == nil {
		t.Fatal("a unit head reviewed")
	}
	if _, err := s.RecordApproval(ctx, m.ID, "review", r.with(data.RoleViceMayor, 1).ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.RecordApproval(ctx, m.ID, "approve", r.with(data.RoleViceMayor, 1).ID); err == nil {
		t.Fatal("a vice-mayor approved without delegation")
	}
	m, err = s.RecordApproval(ctx, m.ID, "approve", mayor.ID)
	if err != nil || m.ApproverName != mayor.Name || m.ReviewedAt.IsZero() {
		t.Fatalf("approval: %v %+v", err, m)
	}
	if _, err := s.SetMeetingStatus(ctx, m.ID, m.Version, data.StatusNotified, ""); err != nil {
		t.Fatalf("approved conference: %v", err)
	}
	if auditCount(t, s, "meeting.review") != 1 || auditCount(t, s, "meeting.approve") != 1 {
		t.Fatal("approvals not audited")
	}
	e, err := s.SavePlanEntry(ctx, data.PlanEntry{Year: 2026, Title: "全市经济工作会议", Month: 12})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SavePlanEntry(ctx, data.PlanEntry{Year: 2026, Title: "全市经济工作会议"}); data.ErrorCode(err) != data.EDuplicate {
		t.Fatalf("duplicate plan entry: %v", err)
	}
	st = at("2026-12-22 09:00")
	planned, _, err := s.SaveMeeting(ctx, data.Meeting{Title: "全市经济工作会议", Kind: data.MeetingCityWide, Start: st, End: st.Add(2 * time.Hour), Place: "报告厅", ChairID: mayor.ID, Status: data.StatusPlanning, PlanID: e.ID})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetMeetingStatus(ctx, planned.ID, planned.Version, data.StatusNotified, ""); err != nil {
		t.Fatalf("planned conference: %v", err)
	}
	if err := s.DeletePlanEntry(ctx, e.ID, e.Version); data.ErrorCode(err) != data.EReferenced {
		t.Fatalf("used plan entry deleted: %v", err)
	}
}

// 四十四: inviting town heads to a department's meeting needs the written
// approval's reference.
func TestTownHeadsNeedWrittenApproval四十四(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	st := at("2026-04-10 09:00")
	m, _, err := s.SaveMeeting(ctx, data.Meeting{Title: "全市农业农村系统工作会议", Kind: data.MeetingDepartment, Start: st, End: st.Add(2 * time.Hour), Place: "农业农村局", ChairID: r.headOf("农业农村局").ID, Status: data.StatusPlanning, UnitID: r.unit("农业农村局").ID})
	if err != nil {
		t.Fatal(err)
	}
	town := data.Participant{MeetingID: m.ID, PersonID: r.headOf("上黄镇").ID, Role: data.AttendMember}
	if err := s.AddParticipant(ctx, town); err == nil || !strings.Contains(err.Error(), "第四十四条") {
		t.Fatalf("town head invited without approval: %v", err)
	}
	m.WrittenApproval = "溧政办复〔2026〕3号"
	if m, _, err = s.SaveMeeting(ctx, m); err != nil {
		t.Fatal(err)
	}
	if err := s.AddParticipant(ctx, town); err != nil {
		t.Fatalf("with approval: %v", err)
	}
	// leaders attend with approval too: the reference covers them
	if err := s.AddParticipant(ctx, data.Participant{MeetingID: m.ID, PersonID: r.with(data.RoleViceMayor, 0).ID, Role: data.AttendMember}); err != nil {
		t.Fatalf("leader with approval: %v", err)
	}
	st = at("2027-04-10 09:00")
	other, _, err := s.SaveMeeting(ctx, data.Meeting{Title: "全市农业农村系统工作会议", Kind: data.MeetingDepartment, Start: st, End: st.Add(2 * time.Hour), Place: "农业农村局", ChairID: r.headOf("农业农村局").ID, Status: data.StatusPlanning, UnitID: r.unit("农业农村局").ID})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.AddParticipant(ctx, data.Participant{MeetingID: other.ID, PersonID: r.with(data.RoleViceMayor, 0).ID, Role: data.AttendMember}); err == nil || !strings.Contains(err.Error(), "出席部门会议须经批准") {
		t.Fatalf("leader without approval: %v", err)
	}
}
