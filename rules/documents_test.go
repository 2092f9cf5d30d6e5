package rules

import (
	"strings"
	"testing"

	"huiwu/data"
)

// 四十七: every intake check, each violation returning the document.
func TestCheckIntake四十七(t *testing.T) {
	good := data.Intake{ViaOffice: true, MattersSeen: 1}
	tests := []struct {
		name   string
		kind   data.DocKind
		in     data.Intake
		disc   string
		ret    bool
		phrase string
	}{
		{"clean request passes", data.DocRequest, good, "", false, "一文一事"},
		{"clean report passes", data.DocReport, good, "", false, "未夹带请示"},
		{"not through the office", data.DocLetter, data.Intake{}, "", true, "统一扎口"},
		{"addressed to a leader", data.DocRequest, data.Intake{ViaOffice: true, ToLeader: true, MattersSeen: 1}, "", true, "领导个人"},
		{"skipped level", data.DocRequest, data.Intake{ViaOffice: true, SkipLevel: true, MattersSeen: 1}, "", true, "越级"},
		{"several recipients", data.DocOpinion, data.Intake{ViaOffice: true, ManyPlaces: true}, "", true, "多头报文"},
		{"request with two matters", data.DocRequest, data.Intake{ViaOffice: true, MattersSeen: 2}, "", true, "2 个事项"},
		{"report with a request", data.DocReport, data.Intake{ViaOffice: true, HasRequest: true}, "", true, "夹带"},
		{"a letter may carry several matters", data.DocLetter, data.Intake{ViaOffice: true, MattersSeen: 3}, "", false, "统一扎口"},
		{"normative without 公开属性", data.DocNormative, good, "", true, "公开属性"},
		{"normative with 公开属性", data.DocNormative, good, "主动公开", false, "统一扎口"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := CheckIntake(data.Document{Kind: tt.kind, Intake: tt.in, Disclosure: tt.disc})
			ret, problem := Returned(fs)
			var all []string
			for _, f := range fs {
				all = append(all, f.Message)
			}
			if ret != tt.ret || !strings.Contains(strings.Join(all, "；"), tt.phrase) {
				t.Errorf("returned %v (%q), findings %v; want %v and %q", ret, problem, all, tt.ret, tt.phrase)
			}
			if ret && !strings.Contains(problem, "条）") {
				t.Errorf("problem %q names no clause", problem)
			}
		})
	}
}

// 四十九 on top of 八 and 六: who a document goes to.
func TestRouteDocument四十九(t *testing.T) {
	const unit = 10
	over := []data.Oversight{{UnitID: unit, LeaderID: vice.ID}}
	people := []data.Person{mayor, exec, vice}
	away := []data.Delegation{{DelegateID: exec.ID, From: day("2026-09-14"), To: day("2026-09-18"), Reason: "学习"}}
	tests := []struct {
		name   string
		kind   data.DocKind
		flags  []data.DocFlag
		on     string
		leader int64
		phrase string
	}{
		{"分管 leader by default", data.DocRequest, nil, "2026-11-02", vice.ID, "分管副市长"},
		{"request to higher government goes to the mayor", data.DocRequest, []data.DocFlag{data.FlagToHigherGov}, "2026-11-02", mayor.ID, "第四十九条"},
		{"matter for the 人大", data.DocReport, []data.DocFlag{data.FlagNPC}, "2026-11-02", mayor.ID, "人大"},
		{"city-wide normative document", data.DocNormative, []data.DocFlag{data.FlagCityWide}, "2026-11-02", mayor.ID, "全市"},
		{"people's interests, normative", data.DocNormative, []data.DocFlag{data.FlagPeople}, "2026-11-02", mayor.ID, "切身利益"},
		{"city-wide flag on a plain request stays with 分管", data.DocRequest, []data.DocFlag{data.FlagCityWide}, "2026-11-02", vice.ID, "分管"},
		{"clause 八 borrowing", data.DocRequest, []data.DocFlag{data.FlagBorrowing}, "2026-11-02", mayor.ID, "第八条"},
		{"mayor away: the delegate", data.DocRequest, []data.DocFlag{data.FlagToHigherGov}, "2026-09-16", exec.ID, "受市长委托"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := RouteDocument(data.Document{Kind: tt.kind, UnitID: unit, Flags: tt.flags},
				RouteInput{Oversights: over, People: people, Delegations: away, Day: day(tt.on)})
			if err != nil || r.LeaderID != tt.leader || !strings.Contains(r.Reason, tt.phrase) {
				t.Errorf("route %d %q %v; want %d and %q", r.LeaderID, r.Reason, err, tt.leader, tt.phrase)
			}
		})
	}
}

// 四十七: where a saved entry leaves a document — returned while a check
// fails, registered again once it passes, and kept in place when under way.
func TestIntakeStatus四十七(t *testing.T) {
	good := data.Intake{ViaOffice: true, MattersSeen: 1}
	bad := data.Intake{ViaOffice: true, SkipLevel: true, MattersSeen: 1}
	tests := []struct {
		name    string
		st, old data.DocStatus
		in      data.Intake
		want    data.DocStatus
		problem string
	}{
		{"new, passing", "", "", good, data.DocRegistered, ""},
		{"new, skipping a level", "", "", bad, data.DocReturned, "越级报文（第四十七条）"},
		{"returned, now passing", data.DocReturned, data.DocReturned, good, data.DocRegistered, ""},
		{"registered, now failing", data.DocRegistered, data.DocRegistered, bad, data.DocReturned, "越级报文（第四十七条）"},
		{"routed, corrected", data.DocRouted, data.DocRouted, good, data.DocRouted, ""},
		{"routed, a check now failing keeps its place", data.DocRouted, data.DocRouted, bad, data.DocRouted, "越级报文（第四十七条）"},
		{"stale form of a countersigned one", data.DocRegistered, data.DocCountersign, good, data.DocCountersign, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := data.Document{Kind: data.DocRequest, Intake: tt.in, Status: tt.st}
			st, problem := IntakeStatus(d, tt.old, CheckIntake(d))
			if st != tt.want || problem != tt.problem {
				t.Errorf("IntakeStatus = %s %q, want %s %q", st, problem, tt.want, tt.problem)
			}
		})
	}
}
