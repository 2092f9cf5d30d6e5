package data

import "time"

// Trip is what a 外出请假 adds to a leave request (六十一, first sentence):
// a leader or a unit's main head leaving town asks the 市长 beforehand, with
// no meeting involved, and reports back (销假) on return. A request with
// no meeting (MeetingID 0) is a trip; one for a meeting leaves it zero.
type Trip struct {
	Destination string    // 去向
	From, To    time.Time // the days away, both included
	ReturnedOn  time.Time // 销假: the day back, zero until reported
}

// MaxDestination is the longest 去向, in characters.
const MaxDestination = 40

// IsTrip tells whether l is a 外出请假 rather than leave from a meeting.
func (l LeaveRequest) IsTrip() bool { return l.MeetingID == 0 }

// NormalizeTrip cleans a trip's text and keeps its days as dates.
func (l *LeaveRequest) NormalizeTrip() {
	l.Normalize()
	l.Destination = Clean(l.Destination)
	l.From, l.To = dateOnly(l.From), dateOnly(l.To)
	l.LeavesTown = true
}

// ValidateTrip checks a normalised trip's own fields, each problem under
// the form's field.
func (l LeaveRequest) ValidateTrip() error {
	var v validator
	if l.PersonID == 0 {
		v.add("请假人", "请选择请假人")
	}
	v.text("事由", l.Reason, true, MaxReason)
	v.text("去向", l.Destination, true, MaxDestination)
	switch {
	case l.From.IsZero():
		v.add("离开日期", "不能为空")
	case l.To.IsZero():
		v.add("返回日期", "不能为空")
	case l.To.Before(l.From):
		v.add("返回日期", "不能早于离开日期")
	}
	return v.err("外出请假")
}
