package store

import (
	"testing"
	"time"

	"huiwu/data"
)

// 四十一: when 代表/委员 are invited the notice needs 2 to 3 of each and the
// 会商 with both offices on record; the notice's day is kept, closes the
// declaration of topics (no exception after it) and withdrawing it reopens.
func TestInviteesAndNoticeCutoff四十一(t *testing.T) {
	g := newTopicRig(t, data.TopicFlags{})
	s, m := g.s, g.meeting
	s.Now = func() time.Time { return time.Date(2026, 12, 1, 16, 0, 0, 0, time.UTC) }
	for i := range 2 {
		for _, role := range []data.Role{data.RoleNPCDeputy, data.RoleCPPCCMember} {
			if err := s.AddParticipant(ctx, data.Participant{MeetingID: m.ID, PersonID: g.r.with(role, i).ID, Role: data.AttendInvited}); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := s.RecordInviteeConsult(ctx, data.InviteeConsult{MeetingID: m.ID, Body: data.ConsultNPC, Contact: "市人大办公室 张科长", On: dayOf("2026-11-30")}); err != nil {
		t.Fatal(err)
	}
	m, _ = s.Meeting(ctx, m.ID)
	_, err := s.SetMeetingStatus(ctx, m.ID, m.Version, data.StatusNotified, "")
	if ps := data.ProblemsOf(err); len(ps) != 1 || ps[0].Message != "列席名单确定前须会商市政协办公室，尚未记录会商对象和日期（第四十一条）" {
		t.Fatalf("notice without the 政协 会商: %v", err)
	}
	if err := s.RecordInviteeConsult(ctx, data.InviteeConsult{MeetingID: m.ID, Body: data.ConsultCPPCC, Contact: "市政协办公室 李科长", On: dayOf("2026-12-01")}); err != nil {
		t.Fatal(err)
	}
	if cs, _ := s.InviteeConsults(ctx, m.ID); len(cs) != 2 || cs[0].Body != data.ConsultNPC || cs[1].Contact != "市政协办公室 李科长" {
		t.Fatalf("consults %+v", cs)
	}
	if m, err = s.SetMeetingStatus(ctx, m.ID, m.Version, data.StatusNotified, ""); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Meeting(ctx, m.ID); !got.NotifiedOn.Equal(dayOf("2026-12-01")) {
		t.Fatalf("notified on %v", got.NotifiedOn)
	}
	if err := s.RecordInviteeConsult(ctx, data.InviteeConsult{MeetingID: m.ID, Body: data.ConsultNPC, Contact: "张科长", On: dayOf("2026-12-02")}); err == nil {
		t.Fatal("会商 changed after the list was final")
	}
	if n := auditCount(t, s, "meeting.invitee_consult"); n != 2 {
		t.Fatalf("%d consults audited", n)
	}

	// The topic, ready to declare, comes after the notice: refused though
	// before the 15th.
	fin := g.r.unit("财政局").ID
	if err := s.SetUnitOpinion(ctx, g.topic.ID, data.TopicUnit{UnitID: fin, Opinion: data.OpinionAgree}); err != nil {
		t.Fatal(err)
	}
	if err := g.move(t, data.TopicReported, data.TopicMove{}); err != nil {
		t.Fatal(err)
	}
	g.material(t, "方案.docx", 3)
	s.Now = func() time.Time { return time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC) }
	if d, _ := s.Topic(ctx, g.topic.ID); !d.Late {
		t.Error("a topic not declared by the notice is not shown late")
	}
	err = g.move(t, data.TopicDeclared, data.TopicMove{})
	if re, ok := data.RuleRefusal(err); !ok || re.Err.Message != "议题不能改为「已申报」，尚缺：会议通知已发出，不再增加议题，逾期申报的例外也不适用（第四十一条第七步）" {
		t.Fatalf("declared after the notice: %#v", err)
	}
	// Withdrawing the notice reopens the declaration: in time again.
	m, _ = s.Meeting(ctx, m.ID)
	if m, err = s.SetMeetingStatus(ctx, m.ID, m.Version, data.StatusPlanning, ""); err != nil || !m.NotifiedOn.IsZero() {
		t.Fatalf("withdrawn: %v %v", err, m.NotifiedOn)
	}
	if err := g.move(t, data.TopicDeclared, data.TopicMove{}); err != nil {
		t.Fatal(err)
	}
	if d, _ := s.Topic(ctx, g.topic.ID); d.Late {
		t.Error("declared before the 15th with no notice out, shown late")
	}
}
