package rules

import (
	"time"

	"huiwu/data"
)

// The guards of the meeting page (issue 16): what a step does before the
// meeting's day, what the papers count before it, who sits in a seat, and
// what sending the notice fixes. Times are wall-clock times, the way the
// meeting's start is kept.

// SignInEarly tells whether recording an arrival at now comes before the
// meeting's day: the page asks the secretary first, since an arrival days
// early is most likely a slip on the wrong meeting (issue 16).
func SignInEarly(m data.Meeting, now time.Time) bool {
	return now.Before(m.Day())
}

// AttendanceFinal tells whether a sheet made at now may count 实到 and 缺席:
// once the meeting has begun, or has been marked held. Before that, those not
// yet signed in are not absent, and the sheet leaves both blank for the
// recorder (issue 16).
func AttendanceFinal(m data.Meeting, now time.Time) bool {
	if m.Status == data.StatusHeld || m.Status == data.StatusArchived {
		return true
	}
	return !now.Before(m.Start)
}

// Occupant is who sits in p's seat and has its 桌签: the substitute when p
// attends by 代会 (an approved leave that sends someone, or 代会 marked at
// sign-in), else p (issue 16).
func Occupant(p data.Participant) (name string, substitute bool) {
	if p.Status == data.AttendSubstitute && p.SubstituteName != "" {
		return p.SubstituteName, true
	}
	return p.Name, false
}

// NoticeFreezes lists what sending m's notice fixes, for the confirmation
// 发出通知 asks (四十一 step 7): the agenda's order, and no topic added.
func NoticeFreezes(m data.Meeting) []string {
	if m.Status != data.StatusPlanning {
		return nil
	}
	return []string{
		"议程顺序固定，不能再调整（第四十一条第七步）",
		"不再增加议题（第四十一条第七步）",
	}
}
