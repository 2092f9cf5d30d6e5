package store

import (
	"strings"
	"testing"
	"time"

	"huiwu/data"
)

// roster finds demo people by role and units by short name.
type roster struct {
	people []data.Person
	units  []data.Unit
}

func demoRoster(t testing.TB, s *Store) roster {
	t.Helper()
	p, err := s.People(ctx)
	if err != nil {
		t.Fatal(err)
	}
	u, err := s.Units(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return roster{p, u}
}

func (r roster) with(role data.Role, n int) data.Person {
	for _, p := range r.people {
		if p.HasRole(role) {
			if n == 0 {
				return p
			}
			n--
		}
	}
	panic("no person with role " + role)
}

func (r roster) headOf(short string) data.Person {
	for _, u := range r.units {
		if u.ShortName == short {
			for _, p := range r.people {
				if p.UnitID == u.ID && p.HasRole(data.RoleUnitHead) {
					return p
				}
			}
		}
	}
	panic("no head of " + short)
}

func (r roster) unit(short string) data.Unit {
	for _, u := range r.units {
		if u.ShortName == short {
			return u
		}
	}
	panic("no unit " + short)
}

func at(s string) time.Time {
	t, err := time.Parse(clockLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

func executive(chair data.Person, start string) data.Meeting {
	st := at(start)
	return data.Meeting{
		Title: "市政府常务会议", Kind: data.MeetingExecutive, Start: st, End: st.Add(150 * time.Minute),
		Place: "三楼会议室", ChairID: chair.ID, Status: data.StatusPlanning,
	}
}

func TestMeetingCreateFillsMembersAndNumbers(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	mayor := r.with(data.RoleMayor, 0)
	m, warn, err := s.SaveMeeting(ctx, executive(mayor, "2026-12-03 09:00"))
	if err != nil || len(warn) != 0 {
		t.Fatal(err, warn)
	}
	if m.Number != 1 {
		t.Fatalf("number %d", m.Number)
	}
	ps, err := s.Participants(ctx, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	roles := map[data.AttendRole][]string{}
	for _, p := range ps {
		roles[p.Role] = append(roles[p.Role], p.Name)
	}
	// 四十一: 市长, 常务副市长, 5 副市长, 党组成员 as 出席; 7 standing units + 秘书长 as 列席.
	if len(roles[data.AttendMember]) != 8 || roles[data.AttendMember][0] != mayor.Name {
		t.Fatalf("members %v", roles[data.AttendMember])
	}
	if len(roles[data.AttendObserver]) != 8 {
		t.Fatalf("observers %v", roles[data.AttendObserver])
	}
	if !strings.Contains(strings.Join(roles[data.AttendObserver], ","), r.headOf("审计局").Name) {
		t.Fatalf("审计局 head missing from %v", roles[data.AttendObserver])
	}
	m2, warn, err := s.SaveMeeting(ctx, executive(mayor, "2026-12-03 10:00"))
	if err != nil {
		t.Fatal(err)
	}
	if m2.Number != 2 {
		t.Fatalf("second number %d", m2.Number)
	}
	if len(warn) == 0 || !strings.Contains(strings.Join(warn, "\n"), "三楼会议室") || !strings.Contains(strings.Join(warn, "\n"), mayor.Name) {
		t.Fatalf("no room and leader conflict: %v", warn)
	}
	got, _ := s.Meeting(ctx, m.ID)
	if got.HeadCount != 16 || got.Minutes() != 150 {
		t.Fatalf("lean figures: %d people, %d minutes", got.HeadCount, got.Minutes())
	}
}

func TestMeetingChairRuleRefusedThenOverridden(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	vice := r.with(data.RoleViceMayor, 0)
	m := executive(vice, "2026-12-10 09:00")
	_, _, err := s.SaveMeeting(ctx, m)
	if data.ErrorCode(err) != data.EInvalid || !strings.Contains(err.Error(), "第四十一条") || data.ProblemsOf(err)[0].Field != "主持人" {
		t.Fatalf("vice-mayor chairing accepted: %v", err)
	}
	m.Overrides = []data.Override{{Clause: 41, Reason: "市长临时参加省里会议，经市长同意由副市长主持"}}
	saved, _, err := s.SaveMeeting(ctx, m)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := s.Meeting(ctx, saved.ID)
	if len(got.Overrides) != 1 || got.Overrides[0].Actor != "tester" {
		t.Fatalf("override not kept: %+v", got.Overrides)
	}
	if n := auditCount(t, s, "meeting.override"); n != 1 {
		t.Fatalf("override audited %d times", n)
	}
	// 六: during the demo delegation the executive vice-mayor chairs 受市长委托.
	exec := r.with(data.RoleExecutiveVice, 0)
	d, _, err := s.SaveMeeting(ctx, executive(exec, "2026-09-16 09:00"))
	if err != nil || !strings.Contains(d.DelegationNote, "受市长委托") {
		t.Fatalf("delegate chair: %v %q", err, d.DelegationNote)
	}
}

func auditCount(t *testing.T, s *Store, action string) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow("SELECT count(*) FROM audit_log WHERE action = ?", action).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestMeetingBadInputNamesTheField(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	m := executive(r.with(data.RoleMayor, 0), "2026-12-03 09:00")
	m.End = m.Start.Add(-time.Hour)
	m.Title = ""
	_, _, err := s.SaveMeeting(ctx, m)
	fields := map[string]bool{}
	for _, p := range data.ProblemsOf(err) {
		fields[p.Field] = true
	}
	if !fields["结束时间"] || !fields["会议名称"] {
		t.Fatalf("got %v", err)
	}
	if _, err := data.ParseClock(m.Start, "25:00"); err == nil {
		t.Fatal("25:00 accepted")
	}
}

func TestMeetingStatusCancelAndDelete(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	m, _, err := s.SaveMeeting(ctx, executive(r.with(data.RoleMayor, 0), "2026-12-03 09:00"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetMeetingStatus(ctx, m.ID, m.Version, data.StatusHeld, ""); err == nil {
		t.Fatal("筹备 → 已召开 allowed")
	}
	n, err := s.SetMeetingStatus(ctx, m.ID, m.Version, data.StatusNotified, "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetMeetingStatus(ctx, m.ID, m.Version, data.StatusCancelled, "x"); data.ErrorCode(err) != data.EConflict {
		t.Fatalf("stale version: %v", err)
	}
	if _, err := s.SetMeetingStatus(ctx, n.ID, n.Version, data.StatusCancelled, " "); len(data.ProblemsOf(err)) == 0 {
		t.Fatalf("cancel without reason: %v", err)
	}
	if err := s.DeleteMeeting(ctx, n.ID, n.Version); data.ErrorCode(err) != data.EReferenced {
		t.Fatalf("notified meeting deleted: %v", err)
	}
	c, err := s.SetMeetingStatus(ctx, n.ID, n.Version, data.StatusCancelled, "市长赴省开会")
	if err != nil || c.CancelReason != "市长赴省开会" {
		t.Fatal(err)
	}
	if auditCount(t, s, "meeting.status") != 2 {
		t.Fatal("status changes not audited")
	}
	p, _, err := s.SaveMeeting(ctx, executive(r.with(data.RoleMayor, 0), "2026-12-17 09:00"))
	if err != nil {
		t.Fatal(err)
	}
	if p.Number != 2 {
		t.Fatalf("cancelled meeting's number reused: %d", p.Number)
	}
	if err := s.DeleteMeeting(ctx, p.ID, p.Version); err != nil {
		t.Fatal(err)
	}
}

func TestDepartmentMeetingOncePerYear四十四(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	head := r.headOf("教育局")
	st := at("2026-03-10 09:00")
	m := data.Meeting{Title: "全市教育系统工作会议", Kind: data.MeetingDepartment, Start: st, End: st.Add(2 * time.Hour), Place: "教育局报告厅", ChairID: head.ID, Status: data.StatusPlanning, UnitID: r.unit("教育局").ID}
	if _, _, err := s.SaveMeeting(ctx, m); err != nil {
		t.Fatal(err)
	}
	m.Start, m.End = m.Start.AddDate(0, 6, 0), m.End.AddDate(0, 6, 0)
	_, _, err := s.SaveMeeting(ctx, m)
	if err == nil || !strings.Contains(err.Error(), "第四十四条") {
		t.Fatalf("second department meeting: %v", err)
	}
	m.Start, m.End = m.Start.AddDate(1, 0, 0), m.End.AddDate(1, 0, 0)
	if _, _, err := s.SaveMeeting(ctx, m); err != nil {
		t.Fatalf("next year's refused: %v", err)
	}
}

func TestCopyMeetingTakesParticipants(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	m, _, _ := s.SaveMeeting(ctx, executive(r.with(data.RoleMayor, 0), "2026-11-05 09:00"))
	npc := r.with(data.RoleNPCDeputy, 0)
	if err := s.AddParticipant(ctx, data.Participant{MeetingID: m.ID, PersonID: npc.ID, Role: data.AttendInvited}); err != nil {
		t.Fatal(err)
	}
	c := executive(r.with(data.RoleMayor, 0), "2026-12-03 09:00")
	c.Title = "市政府常务会议（复制）"
	got, _, err := s.CopyMeeting(ctx, m.ID, c)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := s.Participants(ctx, m.ID)
	b, _ := s.Participants(ctx, got.ID)
	if len(a) != len(b) || got.Number != 2 || got.Status != data.StatusPlanning {
		t.Fatalf("copy has %d of %d participants, number %d", len(b), len(a), got.Number)
	}
}

// 四十一's standing 列席 units, the numbering and the grace are settings:
// saved, audited, and used by the next meeting.
func TestMeetingSettings(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	ms, err := s.MeetingSettings(ctx)
	if err != nil || len(ms.StandingObservers) != 7 || ms.CardFace != "hei" || ms.PerTerm {
		t.Fatalf("defaults %+v %v", ms, err)
	}
	ms.StandingObservers = []string{"市政府办", "不存在局"}
	if err := s.SaveMeetingSettings(ctx, ms); len(data.ProblemsOf(err)) == 0 || !strings.Contains(err.Error(), "不存在局") {
		t.Fatalf("unknown unit: %v", err)
	}
	ms.StandingObservers = []string{"市政府办", "审计局"}
	ms.PerTerm = true
	if err := s.SaveMeetingSettings(ctx, ms); len(data.ProblemsOf(err)) == 0 || data.ProblemsOf(err)[0].Field != "届次起算日" {
		t.Fatalf("term without start: %v", err)
	}
	ms.TermStart = at("2026-11-01 00:00")
	if err := s.SaveMeetingSettings(ctx, ms); err != nil {
		t.Fatal(err)
	}
	m, _, err := s.SaveMeeting(ctx, executive(r.with(data.RoleMayor, 0), "2026-12-03 09:00"))
	if err != nil {
		t.Fatal(err)
	}
	ps, _ := s.Participants(ctx, m.ID)
	var observers int
	for _, p := range ps {
		if p.Role == data.AttendObserver {
			observers++
		}
	}
	// 市政府办's head and 审计局's head, plus the 秘书长 who always attends
	if observers != 3 || m.Number != 1 {
		t.Fatalf("%d observers, number %d", observers, m.Number)
	}
	if n := auditCount(t, s, "setting.set"); n < 4 {
		t.Fatalf("%d setting changes audited", n)
	}
}

// Two windows edit one meeting: the second save sees a conflict.
func TestStaleMeetingSaveIsAConflict(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	m, _, err := s.SaveMeeting(ctx, executive(r.with(data.RoleMayor, 0), "2026-12-03 09:00"))
	if err != nil {
		t.Fatal(err)
	}
	a, b := m, m
	a.Place = "五楼会议室"
	if _, _, err := s.SaveMeeting(ctx, a); err != nil {
		t.Fatal(err)
	}
	b.Remarks = "另一窗口的修改"
	if _, _, err := s.SaveMeeting(ctx, b); data.ErrorCode(err) != data.EConflict {
		t.Fatalf("stale save: %v", err)
	}
}
