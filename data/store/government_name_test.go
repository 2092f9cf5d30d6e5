package store

import (
	"strings"
	"testing"
	"time"

	"huiwu/data"
)

// 四十四: a 副市长's topical meeting listing a town's main head is refused
// (a reason lets it through); held 受市长委托 it is not.
func TestViceMeetingTownHeads四十四(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	vice := r.with(data.RoleViceMayor, 0)
	st := at("2026-12-08 09:00")
	m, _, err := s.SaveMeeting(ctx, data.Meeting{
		Title: "农村人居环境整治专题会议", Kind: data.MeetingTopical, Start: st, End: st.Add(time.Hour),
		Place: "五楼会议室", ChairID: vice.ID, Status: data.StatusPlanning,
	})
	if err != nil {
		t.Fatal(err)
	}
	head := r.headOf("上黄镇")
	err = s.AddParticipant(ctx, data.Participant{MeetingID: m.ID, PersonID: head.ID, Role: data.AttendMember})
	want := "分管副市长召开的会议，除受市长委托外，原则上不要求镇（区、街道）主要负责人参加（现列 " + head.Name + " 等 1 人）（第四十四条）"
	if !data.Overridable(err) || !strings.Contains(data.ErrorMessage(err)+strings.Join(problemTexts(err), ""), want) {
		t.Fatalf("town head on a vice-mayor's meeting: %v %q", err, problemTexts(err))
	}
	if _, err := s.SaveDelegation(ctx, data.Delegation{DelegateID: vice.ID, From: st.AddDate(0, 0, -1), To: st.AddDate(0, 0, 1), Reason: "市长赴省开会"}); err != nil {
		t.Fatal(err)
	}
	if err := s.AddParticipant(ctx, data.Participant{MeetingID: m.ID, PersonID: head.ID, Role: data.AttendMember}); err != nil {
		t.Fatalf("on the mayor's delegation: %v", err)
	}
}

// 四十四: a matter within a department's remit is not convened in the
// government's name; recorded on a city-wide meeting it is refused, and
// with a reason it is kept, audited, and answers the later notice.
func TestDepartmentMatterInGovernmentName四十四(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	mayor := r.with(data.RoleMayor, 0)
	m, _, err := s.SaveMeeting(ctx, executive(mayor, "2026-12-03 09:00"))
	if err != nil {
		t.Fatal(err)
	}
	traffic := r.unit("交通局")
	err = s.SetMeetingMatter(ctx, m.ID, traffic.ID)
	want := "会议事项属" + traffic.Name + "职责范围，不得以市政府名义召开市政府常务会议，应由该部门召开本系统会议（第四十四条）"
	if !data.Overridable(err) || strings.Join(problemTexts(err), "") != want {
		t.Fatalf("a department's matter at the executive meeting: %v %q", err, problemTexts(err))
	}
	if u, err := s.MeetingMatter(ctx, m.ID); err != nil || u.ID != 0 {
		t.Fatalf("a refused record was kept: %+v %v", u, err)
	}
	if err := s.SetMeetingMatter(ctx, m.ID, r.unit("上黄镇").ID); err == nil || data.Overridable(err) {
		t.Fatalf("a town as the owner of a matter: %v", err)
	}
	if err := s.SetMeetingMatter(ctx, m.ID, traffic.ID, data.Override{Clause: 44, Reason: "涉及多个镇，市长要求以政府名义部署"}); err != nil {
		t.Fatal(err)
	}
	if u, err := s.MeetingMatter(ctx, m.ID); err != nil || u.ID != traffic.ID {
		t.Fatalf("matter %+v %v", u, err)
	}
	got, err := s.Meeting(ctx, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetMeetingStatus(ctx, m.ID, got.Version, data.StatusNotified, ""); err != nil {
		t.Fatalf("the notice after the recorded reason: %v", err)
	}
	var n int
	if err := s.db.QueryRow("SELECT count(*) FROM audit_log WHERE action IN ('meeting.matter', 'meeting.override') AND entity_id = ?", m.ID).Scan(&n); err != nil || n != 2 {
		t.Fatalf("%d audit entries, want the matter and its override: %v", n, err)
	}
}

// problemTexts are the messages of err's problems, in order.
func problemTexts(err error) []string {
	var out []string
	for _, p := range data.ProblemsOf(err) {
		out = append(out, p.Message)
	}
	return out
}
