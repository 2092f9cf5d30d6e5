package rules

import (
	"testing"
	"time"

	"huiwu/data"
)

// 四十四: a 副市长's meeting does not require the towns' main heads, unless
// he holds it 受市长委托.
func TestViceTownHeads四十四(t *testing.T) {
	at := func(kind data.MeetingKind, note string) data.Meeting {
		return data.Meeting{Kind: kind, Start: time.Date(2026, 9, 16, 9, 0, 0, 0, time.UTC), DelegationNote: note, Status: data.StatusPlanning}
	}
	deleg := []data.Delegation{{DelegateID: vice.ID, DelegateName: vice.Name, From: day("2026-09-14"), To: day("2026-09-18"), Reason: "市长赴省学习"}}
	heads := []string{"镇长乙", "镇长丙"}
	tests := []struct {
		name  string
		m     data.Meeting
		chair data.Person
		heads []string
		ds    []data.Delegation
		want  string // "" = no finding
	}{
		{
			"a vice-mayor's topical meeting listing town heads", at(data.MeetingTopical, ""), vice, heads, nil,
			"分管副市长召开的会议，除受市长委托外，原则上不要求镇（区、街道）主要负责人参加（现列 镇长乙 等 2 人）（第四十四条）",
		},
		{"the same meeting held on the mayor's delegation that day", at(data.MeetingTopical, ""), vice, heads, deleg, ""},
		{
			"a delegation to another 副市长 does not cover him", at(data.MeetingTopical, ""), vice, heads,
			[]data.Delegation{{DelegateID: exec.ID, From: day("2026-09-14"), To: day("2026-09-18")}},
			"分管副市长召开的会议，除受市长委托外，原则上不要求镇（区、街道）主要负责人参加（现列 镇长乙 等 2 人）（第四十四条）",
		},
		{"a 市长办公会议 a 副市长 chairs is held 受市长委托", at(data.MeetingMayorOffice, "受市长委托"), vice, heads, nil, ""},
		{"the mayor's own meeting may require them", at(data.MeetingCityWide, ""), mayor, heads, nil, ""},
		{"no town head on the list", at(data.MeetingTopical, ""), vice, nil, nil, ""},
		{"a department's own meeting has its own rule (CheckTownHeads)", at(data.MeetingDepartment, ""), vice, heads, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := CheckViceTownHeads(tt.m, tt.chair, tt.heads, tt.ds)
			got := ""
			if b != nil {
				got = b.String()
			}
			if got != tt.want {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// 四十四: a matter within a department's remit is not convened in the
// government's name.
func TestDepartmentMatter四十四(t *testing.T) {
	m := data.Meeting{Title: "全市农村公路养护工作会议", Kind: data.MeetingCityWide, Status: data.StatusPlanning}
	if b := CheckDepartmentMatter(m, "溧阳市交通运输局"); b == nil || b.String() != "会议事项属溧阳市交通运输局职责范围，不得以市政府名义召开全市性会议，应由该部门召开本系统会议（第四十四条）" {
		t.Fatalf("city-wide meeting on a department's matter: %v", b)
	}
	if b := CheckDepartmentMatter(m, ""); b != nil {
		t.Fatalf("no matter recorded: %v", b)
	}
	m.Kind = data.MeetingDepartment
	if b := CheckDepartmentMatter(m, "溧阳市交通运输局"); b != nil {
		t.Fatalf("the department's own meeting refused: %v", b)
	}
	m.Kind, m.Status = data.MeetingTopical, data.StatusCancelled
	if b := CheckDepartmentMatter(m, "溧阳市交通运输局"); b != nil {
		t.Fatalf("a cancelled meeting refused: %v", b)
	}
	town := data.Unit{Name: "溧阳市上黄镇", Kind: data.KindTown}
	if err := MayRecordMatter(data.Meeting{Title: "x", Status: data.StatusPlanning}, town); err == nil {
		t.Fatal("a town recorded as owning a government matter")
	}
	if err := MayRecordMatter(data.Meeting{Title: "x", Status: data.StatusArchived}, testUnits[1]); err == nil {
		t.Fatal("recorded on an archived meeting")
	}
	if err := MayRecordMatter(data.Meeting{Title: "x", Status: data.StatusPlanning}, testUnits[1]); err != nil {
		t.Fatal(err)
	}
}
