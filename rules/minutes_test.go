package rules

import (
	"strings"
	"testing"

	"huiwu/data"
)

// 四十六 (with 六 and 八): who signs a 纪要.
func TestSignOffChain四十六(t *testing.T) {
	director := data.Person{ID: 6, Name: "白主任", Roles: []data.Role{data.RoleOfficeDirector}, Active: true}
	people := []data.Person{mayor, exec, vice, head, director}
	over := []data.Oversight{{UnitID: 100, LeaderID: vice.ID}}
	deleg := []data.Delegation{{DelegateID: exec.ID, DelegateName: exec.Name, From: day("2026-05-04"), To: day("2026-05-08")}}
	tests := []struct {
		name   string
		in     SignOffInput
		signer int64
		note   string
	}{
		{"executive meeting: the mayor", SignOffInput{Kind: data.MeetingExecutive, Chair: mayor, Day: day("2026-06-01")}, mayor.ID, "由市长签发"},
		{"plenary during a delegation: the delegate", SignOffInput{Kind: data.MeetingPlenary, Chair: exec, Day: day("2026-05-06"), Delegations: deleg}, exec.ID, "受市长委托"},
		{"mayor's office meeting chaired by a vice-mayor: the chair", SignOffInput{Kind: data.MeetingMayorOffice, Chair: vice, Day: day("2026-06-01")}, vice.ID, "主持会议"},
		{"topical meeting chaired by a vice-mayor: the chair", SignOffInput{Kind: data.MeetingTopical, Chair: vice, Day: day("2026-06-01")}, vice.ID, "主持会议"},
		{"topical meeting held by the office director: the overseeing vice-mayor", SignOffInput{Kind: data.MeetingTopical, Chair: director, LeadUnitID: 100, Day: day("2026-06-01")}, vice.ID, "分管副市长"},
		{"三重一大 at a topical meeting: the mayor himself", SignOffInput{Kind: data.MeetingTopical, Chair: vice, ThreeMajor: true, Day: day("2026-06-01")}, mayor.ID, "三重一大"},
		{"三重一大 during a delegation: still the mayor", SignOffInput{Kind: data.MeetingExecutive, Chair: exec, ThreeMajor: true, Day: day("2026-05-06"), Delegations: deleg}, mayor.ID, "三重一大"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := tt.in
			in.People, in.Oversights = people, over
			chain, err := SignOffChain(in)
			if err != nil {
				t.Fatal(err)
			}
			if len(chain) != 3 || chain[0].Stage != "起草" || chain[1].PersonID != director.ID {
				t.Fatalf("chain %s", SignOffText(chain))
			}
			last := chain[2]
			if last.Stage != "签发" || last.PersonID != tt.signer || !strings.Contains(last.Note, tt.note) {
				t.Fatalf("signer %+v, want %d (%s)", last, tt.signer, tt.note)
			}
		})
	}
}

func TestSignOffRefusesWhatItCannotRoute四十六(t *testing.T) {
	director := data.Person{ID: 6, Name: "白主任", Roles: []data.Role{data.RoleOfficeDirector}, Active: true}
	_, err := SignOffChain(SignOffInput{Kind: data.MeetingExecutive, Chair: mayor, People: []data.Person{director}})
	if err == nil || !strings.Contains(err.Error(), "没有在任的市长") {
		t.Fatalf("no mayor: %v", err)
	}
	_, err = SignOffChain(SignOffInput{Kind: data.MeetingMayorOffice, Chair: head, People: []data.Person{mayor, director, head}})
	if err == nil || !strings.Contains(err.Error(), "无法按第四十六条") {
		t.Fatalf("a unit head chairing a mayor's office meeting: %v", err)
	}
}
