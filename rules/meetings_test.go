package rules

import (
	"strings"
	"testing"
	"time"

	"huiwu/data"
)

var (
	director = data.Person{ID: 6, Name: "孙主任", Roles: []data.Role{data.RoleOfficeDirector, data.RoleUnitHead}, Active: true, UnitID: 10}
	deputy   = data.Person{ID: 7, Name: "钱副主任", Roles: []data.Role{data.RoleOfficeDeputy}, Active: true, UnitID: 10}
	party    = data.Person{ID: 8, Name: "吴党组", Roles: []data.Role{data.RolePartyMember}, Active: true}
	staff    = data.Person{ID: 9, Name: "郑秘书", Roles: []data.Role{data.RoleStaff}, Active: true, UnitID: 10}
	npc1     = data.Person{ID: 11, Name: "人大甲", Roles: []data.Role{data.RoleNPCDeputy}, Active: true}
	audit    = data.Person{ID: 12, Name: "审计长", Roles: []data.Role{data.RoleUnitHead}, Active: true, UnitID: 30}
	townHead = data.Person{ID: 13, Name: "镇长乙", Roles: []data.Role{data.RoleUnitHead}, Active: true, UnitID: 40}
)

var testUnits = []data.Unit{
	{ID: 10, Name: "溧阳市人民政府办公室", ShortName: "市政府办", Kind: data.KindDepartment},
	{ID: 20, Name: "溧阳市教育局", ShortName: "教育局", Kind: data.KindDepartment},
	{ID: 30, Name: "溧阳市审计局", ShortName: "审计局", Kind: data.KindDepartment},
	{ID: 40, Name: "溧阳市上黄镇", ShortName: "上黄镇", Kind: data.KindTown},
}

// 四十 to 四十三 with 六: who may chair each kind.
func TestCanChair四十至四十三(t *testing.T) {
	deleg := []data.Delegation{{DelegateID: exec.ID, DelegateName: exec.Name, From: day("2026-09-14"), To: day("2026-09-18"), Reason: "市长赴省学习"}}
	tests := []struct {
		name   string
		kind   data.MeetingKind
		chair  data.Person
		on     string
		clause string // "" = allowed
		note   string
	}{
		{"四十 the mayor chairs the plenary", data.MeetingPlenary, mayor, "2026-06-01", "", ""},
		{"四十一 a vice-mayor may not chair the executive meeting", data.MeetingExecutive, vice, "2026-06-01", "四十一", ""},
		{"六 the delegate chairs while the mayor is away", data.MeetingExecutive, exec, "2026-09-15", "", "受市长委托"},
		{"六 the mayor himself during his delegation is flagged", data.MeetingExecutive, mayor, "2026-09-15", "六", ""},
		{"四十二 the delegate chairs the mayor's office meeting", data.MeetingMayorOffice, exec, "2026-09-15", "", "受市长委托（市长赴省学习）"},
		{"四十二 a vice-mayor with no delegation that day", data.MeetingMayorOffice, vice, "2026-06-01", "四十二", ""},
		{"四十二 another vice-mayor during someone else's delegation", data.MeetingMayorOffice, vice, "2026-09-15", "四十二", ""},
		{"四十二 the mayor himself", data.MeetingMayorOffice, mayor, "2026-06-01", "", ""},
		{"四十二 a unit head may not", data.MeetingMayorOffice, head, "2026-06-01", "四十二", ""},
		{"四十三 the office director on delegation", data.MeetingTopical, director, "2026-06-01", "", "受市领导委托"},
		{"四十三 the office deputy on delegation", data.MeetingTopical, deputy, "2026-06-01", "", "受市领导委托"},
		{"四十三 a unit head may not", data.MeetingTopical, head, "2026-06-01", "四十三", ""},
		{"retired leader may not chair", data.MeetingTopical, gone, "2026-06-01", "四十三", ""},
		{"四十四 a department chairs its own meeting", data.MeetingDepartment, head, "2026-06-01", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			note, f := CanChair(ChairCheck{Kind: tt.kind, Chair: tt.chair, Day: day(tt.on), Delegations: deleg})
			switch {
			case tt.clause == "" && f != nil:
				t.Fatalf("refused: %v", f)
			case tt.clause != "" && (f == nil || f.Clause.Numeral() != tt.clause):
				t.Fatalf("finding %v, want clause %s", f, tt.clause)
			case !strings.Contains(note, tt.note):
				t.Fatalf("note %q, want %q", note, tt.note)
			}
			if f != nil && !strings.Contains(f.String(), "第"+tt.clause+"条") {
				t.Fatalf("message does not name the clause: %s", f)
			}
		})
	}
}

// 四十一: at most 3 人大代表 and 3 政协委员 invited to an executive meeting.
func TestCheckInvitees四十一(t *testing.T) {
	inv := func(n int, r data.Role) []data.Participant {
		out := make([]data.Participant, n)
		for i := range out {
			out[i] = data.Participant{Role: data.AttendInvited, Roles: []data.Role{r}}
		}
		return out
	}
	tests := []struct {
		name  string
		kind  data.MeetingKind
		ps    []data.Participant
		finds int
	}{
		{"three deputies and three members pass", data.MeetingExecutive, append(inv(3, data.RoleNPCDeputy), inv(3, data.RoleCPPCCMember)...), 0},
		{"four deputies are too many", data.MeetingExecutive, inv(4, data.RoleNPCDeputy), 1},
		{"four of each are two findings", data.MeetingExecutive, append(inv(4, data.RoleNPCDeputy), inv(4, data.RoleCPPCCMember)...), 2},
		{"the mayor's office meeting invites none", data.MeetingMayorOffice, inv(1, data.RoleCPPCCMember), 1},
		{"the plenary has no limit", data.MeetingPlenary, inv(9, data.RoleNPCDeputy), 0},
		{"deputies as full members do not count", data.MeetingExecutive, []data.Participant{{Role: data.AttendMember, Roles: []data.Role{data.RoleNPCDeputy}}}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := CheckInvitees(tt.kind, tt.ps)
			if len(got) != tt.finds {
				t.Fatalf("findings %v, want %d", got, tt.finds)
			}
			for _, f := range got {
				if f.Clause != RuleOf(tt.kind).Clause {
					t.Fatalf("finding names clause %s", f.Clause)
				}
			}
		})
	}
}

// 四十 to 四十四: the kinds' cadences.
func TestCadence四十至四十三(t *testing.T) {
	want := map[data.MeetingKind]int{data.MeetingPlenary: 2, data.MeetingExecutive: 12, data.MeetingMayorOffice: 50, data.MeetingTopical: 0}
	for k, n := range want {
		if got := RuleOf(k).Cadence.Expected(); got != n {
			t.Errorf("%s expects %d a year, want %d", k, got, n)
		}
	}
}

// 四十 and 四十一: the members drawn from the roster, with the standing 列席.
func TestDefaultParticipants四十一(t *testing.T) {
	eduHead := head
	eduHead.UnitID = 20
	people := []data.Person{mayor, exec, vice, party, director, deputy, staff, eduHead, npc1, audit, townHead, gone}
	role := func(ps []data.Participant) map[int64]data.AttendRole {
		m := map[int64]data.AttendRole{}
		for _, p := range ps {
			m[p.PersonID] = p.Role
		}
		return m
	}
	tests := []struct {
		name string
		kind data.MeetingKind
		want map[int64]data.AttendRole
	}{
		{"四十 plenary: leaders and every department head", data.MeetingPlenary, map[int64]data.AttendRole{
			1: data.AttendMember, 2: data.AttendMember, 3: data.AttendMember, 8: data.AttendMember,
			6: data.AttendMember, 4: data.AttendMember, 12: data.AttendMember, 9: data.AttendStaff,
		}},
		{"四十一 executive: leaders, standing units as 列席", data.MeetingExecutive, map[int64]data.AttendRole{
			1: data.AttendMember, 2: data.AttendMember, 3: data.AttendMember, 8: data.AttendMember,
			6: data.AttendObserver, 12: data.AttendObserver, 9: data.AttendStaff,
		}},
		{"四十四 city-wide: towns too", data.MeetingCityWide, map[int64]data.AttendRole{
			1: data.AttendMember, 2: data.AttendMember, 3: data.AttendMember, 8: data.AttendMember,
			6: data.AttendMember, 4: data.AttendMember, 12: data.AttendMember, 13: data.AttendMember, 9: data.AttendStaff,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := role(DefaultParticipants(MembersInput{Kind: tt.kind, ChairID: 1, People: people, Units: testUnits, Standing: DefaultStandingObservers}))
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for id, r := range tt.want {
				if got[id] != r {
					t.Fatalf("person %d: %q, want %q (all %v)", id, got[id], r, got)
				}
			}
		})
	}
}

// 四十五 is shown, not enforced; statuses move forward only (筹备 → 已通知 → 已召开 → 已归档).
func TestNextStatus(t *testing.T) {
	ok := [][2]data.MeetingStatus{{"planning", "notified"}, {"notified", "held"}, {"held", "archived"}, {"notified", "cancelled"}, {"notified", "planning"}}
	bad := [][2]data.MeetingStatus{{"planning", "held"}, {"held", "cancelled"}, {"archived", "held"}, {"cancelled", "planning"}}
	for _, p := range ok {
		if NextStatus(data.Meeting{Kind: data.MeetingExecutive, Status: p[0]}, p[1]) != nil {
			t.Errorf("%s → %s refused", p[0], p[1])
		}
	}
	for _, p := range bad {
		if NextStatus(data.Meeting{Kind: data.MeetingExecutive, Status: p[0]}, p[1]) == nil {
			t.Errorf("%s → %s allowed", p[0], p[1])
		}
	}
}

func TestNextNumberPerYearOrTerm(t *testing.T) {
	at := func(s string) time.Time { return day(s).Add(9 * time.Hour) }
	ms := []data.Meeting{
		{Kind: data.MeetingExecutive, Number: 11, Start: at("2026-11-05")},
		{Kind: data.MeetingExecutive, Number: 12, Start: at("2025-12-05")},
		{Kind: data.MeetingPlenary, Number: 2, Start: at("2026-07-01")},
	}
	if n := NextNumber(data.MeetingExecutive, at("2026-12-03"), Numbering{}, ms); n != 12 {
		t.Fatalf("per year: %d", n)
	}
	if n := NextNumber(data.MeetingExecutive, at("2027-01-08"), Numbering{}, ms); n != 1 {
		t.Fatalf("new year: %d", n)
	}
	term := Numbering{PerTerm: true, TermStart: day("2025-12-01")}
	if n := NextNumber(data.MeetingExecutive, at("2026-12-03"), term, ms); n != 13 {
		t.Fatalf("per term: %d", n)
	}
	if n := NextNumber(data.MeetingTopical, at("2026-12-03"), Numbering{}, ms); n != 0 {
		t.Fatalf("topical meetings are not numbered: %d", n)
	}
}

func TestConflictsWarnOfRoomAndLeader(t *testing.T) {
	at := func(h int) time.Time { return day("2026-12-03").Add(time.Duration(h) * time.Hour) }
	b := Booking{MeetingID: 1, Title: "常务会议", Start: at(9), End: at(11), Place: "三楼会议室", People: []int64{1, 2}, Names: map[int64]string{1: "王建国", 2: "李常务"}}
	others := []Booking{
		{MeetingID: 2, Title: "专题会议", Start: at(10), End: at(12), Place: "三楼会议室", People: []int64{3}},
		{MeetingID: 3, Title: "调研", Start: at(10), End: at(11), Place: "五楼", People: []int64{2}},
		{MeetingID: 4, Title: "下午会", Start: at(11), End: at(12), Place: "三楼会议室", People: []int64{1}},
	}
	got := Conflicts(b, others)
	if len(got) != 2 || !strings.Contains(got[0], "三楼会议室") || !strings.Contains(got[1], "李常务") {
		t.Fatalf("got %v", got)
	}
}

// 四十四: an unplanned city-wide conference needs the 副市长's review and
// the 市长's approval before it is notified; inviting town heads to a
// department's meeting needs a written approval.
func TestPlan四十四(t *testing.T) {
	deleg := []data.Delegation{{DelegateID: exec.ID, From: day("2026-09-14"), To: day("2026-09-18")}}
	cw := func(status data.MeetingStatus, on string) data.Meeting {
		return data.Meeting{Kind: data.MeetingCityWide, Status: status, Start: day(on).Add(9 * time.Hour)}
	}
	tests := []struct {
		name string
		m    data.Meeting
		in   PlanCheck
		ok   bool
	}{
		{"planned passes", cw(data.StatusNotified, "2026-06-01"), PlanCheck{Planned: true, PlanYear: 2026}, true},
		{"planned in another year's plan", cw(data.StatusPlanning, "2026-06-01"), PlanCheck{Planned: true, PlanYear: 2025}, false},
		{"unplanned in preparation is not yet refused", cw(data.StatusPlanning, "2026-06-01"), PlanCheck{}, true},
		{"unplanned notified without review", cw(data.StatusNotified, "2026-06-01"), PlanCheck{}, false},
		{"reviewed by a unit head does not count", cw(data.StatusNotified, "2026-06-01"), PlanCheck{Reviewer: &head, Approver: &mayor}, false},
		{"reviewed but not approved", cw(data.StatusNotified, "2026-06-01"), PlanCheck{Reviewer: &vice}, false},
		{"reviewed and approved", cw(data.StatusNotified, "2026-06-01"), PlanCheck{Reviewer: &vice, Approver: &mayor}, true},
		{"approved by a vice-mayor without delegation", cw(data.StatusNotified, "2026-06-01"), PlanCheck{Reviewer: &vice, Approver: &exec}, false},
		{"六 approved by the delegate", cw(data.StatusNotified, "2026-09-15"), PlanCheck{Reviewer: &vice, Approver: &exec, Delegation: deleg}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := CheckCityWide(tt.m, tt.in)
			if (b == nil) != tt.ok || (b != nil && b.Clause != c44) {
				t.Fatalf("got %v", b)
			}
		})
	}
	dept := data.Meeting{Kind: data.MeetingDepartment, Status: data.StatusPlanning}
	if CheckTownHeads(dept, []string{"镇长乙"}, "") == nil || CheckTownHeads(dept, []string{"镇长乙"}, "溧政办复〔2026〕3号") != nil || CheckTownHeads(dept, nil, "") != nil {
		t.Fatal("town heads rule")
	}
	if CheckLeadersAtDepartment(dept, []string{"周副"}, "") == nil || CheckLeadersAtDepartment(dept, []string{"周副"}, "溧政办复〔2026〕4号") != nil ||
		CheckLeadersAtDepartment(data.Meeting{Kind: data.MeetingTopical}, []string{"周副"}, "") != nil {
		t.Fatal("leaders at a department's meeting")
	}
}

// 四十 to 四十二: the cadence over a period.
func TestCadenceDue四十至四十二(t *testing.T) {
	y0, y1 := day("2026-01-01"), day("2026-12-31")
	q0, q1 := day("2026-07-01"), day("2026-09-30")
	tests := []struct {
		kind     data.MeetingKind
		from, to time.Time
		want     int
	}{
		{data.MeetingPlenary, y0, y1, 2},
		{data.MeetingExecutive, y0, y1, 12},
		{data.MeetingExecutive, q0, q1, 3},
		{data.MeetingMayorOffice, q0, q1, 13},
		{data.MeetingTopical, y0, y1, 0},
		{data.MeetingExecutive, y1, y0, 0},
	}
	for _, tt := range tests {
		if got := CadenceDue(tt.kind, tt.from, tt.to); got != tt.want {
			t.Errorf("CadenceDue(%s, %s–%s) = %d, want %d", tt.kind, tt.from.Format(data.DateLayout), tt.to.Format(data.DateLayout), got, tt.want)
		}
	}
}
