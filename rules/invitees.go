package rules

import (
	"fmt"
	"slices"
	"time"

	"huiwu/data"
)

// MinInvited is the fewest 人大代表, and the fewest 政协委员, a 常务会议 invites
// once it invites any (四十一: 视情邀请, 每次各2至3名).
const MinInvited = 2

// invitedCounts counts the invited 人大代表 and 政协委员 among ps.
func invitedCounts(ps []data.Participant) map[data.ConsultBody]int {
	n := map[data.ConsultBody]int{}
	for _, p := range ps {
		if p.Role != data.AttendInvited {
			continue
		}
		switch {
		case slices.Contains(p.Roles, data.RoleNPCDeputy):
			n[data.ConsultNPC]++
		case slices.Contains(p.Roles, data.RoleCPPCCMember):
			n[data.ConsultCPPCC]++
		}
	}
	return n
}

// InviteeListFinal applies 四十一 when the list of invitees becomes final,
// at the notice of a 常务会议 on day: inviting none is valid; once any 人大代表
// or 政协委员 is invited, 2 to 3 of each, and the list settled beforehand
// with the 人大办公室 and the 政协办公室, each 会商 recorded (who, when) on or
// before day. The upper limit is checked on every change (CheckInvitees).
func InviteeListFinal(kind data.MeetingKind, ps []data.Participant, consults []data.InviteeConsult, day time.Time) []Breach {
	if kind != data.MeetingExecutive {
		return nil
	}
	n := invitedCounts(ps)
	if n[data.ConsultNPC]+n[data.ConsultCPPCC] == 0 {
		return nil
	}
	var out []Breach
	who := map[data.ConsultBody]string{data.ConsultNPC: "人大代表", data.ConsultCPPCC: "政协委员"}
	for _, b := range data.ConsultBodies {
		if n[b] < MinInvited {
			out = append(out, Breach{Clause: c41, Message: fmt.Sprintf("邀请人大代表、政协委员列席的，每次各邀请 %d 至 %d 名；现邀请%s %d 名", MinInvited, RuleOf(kind).MaxNPC, who[b], n[b])})
		}
		i := slices.IndexFunc(consults, func(c data.InviteeConsult) bool { return c.Body == b })
		switch {
		case i < 0:
			out = append(out, Breach{Clause: c41, Message: fmt.Sprintf("列席名单确定前须会商%s，尚未记录会商对象和日期", b.Name())})
		case consults[i].On.After(dateOnly(day)):
			out = append(out, Breach{Clause: c41, Message: fmt.Sprintf("与%s的会商记于 %s，晚于名单确定（%s）", b.Name(), consults[i].On.Format(data.DateLayout), day.Format(data.DateLayout))})
		}
	}
	return out
}

func dateOnly(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}
