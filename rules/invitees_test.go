package rules

import (
	"reflect"
	"testing"

	"huiwu/data"
)

// 四十一: 视情邀请 — none is valid; once invited, 2 to 3 人大代表 and 2 to 3
// 政协委员, the list settled with both offices (who, when) before the notice.
func TestInviteeListFinal四十一(t *testing.T) {
	inv := func(npc, cppcc int) []data.Participant {
		var out []data.Participant
		for range npc {
			out = append(out, data.Participant{Role: data.AttendInvited, Roles: []data.Role{data.RoleNPCDeputy}})
		}
		for range cppcc {
			out = append(out, data.Participant{Role: data.AttendInvited, Roles: []data.Role{data.RoleCPPCCMember}})
		}
		return out
	}
	both := []data.InviteeConsult{
		{Body: data.ConsultNPC, Contact: "市人大办公室 张科长", On: day("2026-12-01")},
		{Body: data.ConsultCPPCC, Contact: "市政协办公室 李科长", On: day("2026-12-02")},
	}
	notice := day("2026-12-03")
	tests := []struct {
		name     string
		kind     data.MeetingKind
		ps       []data.Participant
		consults []data.InviteeConsult
		want     []string
	}{
		{"none invited stays valid", data.MeetingExecutive, inv(0, 0), nil, nil},
		{"2 and 3 with both consulted", data.MeetingExecutive, inv(2, 3), both, nil},
		{"one 人大代表 only", data.MeetingExecutive, inv(1, 2), both, []string{"邀请人大代表、政协委员列席的，每次各邀请 2 至 3 名；现邀请人大代表 1 名（第四十一条）"}},
		{"委员 without 代表", data.MeetingExecutive, inv(0, 2), both, []string{"邀请人大代表、政协委员列席的，每次各邀请 2 至 3 名；现邀请人大代表 0 名（第四十一条）"}},
		{"no 会商 recorded", data.MeetingExecutive, inv(2, 2), both[:1], []string{"列席名单确定前须会商市政协办公室，尚未记录会商对象和日期（第四十一条）"}},
		{
			"会商 after the notice", data.MeetingExecutive, inv(2, 2),
			[]data.InviteeConsult{both[0], {Body: data.ConsultCPPCC, Contact: "李科长", On: day("2026-12-04")}},
			[]string{"与市政协办公室的会商记于 2026-12-04，晚于名单确定（2026-12-03）（第四十一条）"},
		},
		{"the plenary is not bound by 四十一", data.MeetingPlenary, inv(1, 0), nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, b := range InviteeListFinal(tt.kind, tt.ps, tt.consults, notice) {
				got = append(got, b.String())
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}
