package data

import (
	"context"
	"time"
)

// MeetingActual is what the secretary records at the meeting (四十五): when
// it really began and ended and how many took part; zero until recorded.
type MeetingActual struct {
	Start, End time.Time
	Count      int
}

// Recorded tells whether the actual figures were recorded.
func (a MeetingActual) Recorded() bool { return !a.Start.IsZero() }

// Minutes is the actual length in minutes.
func (a MeetingActual) Minutes() int { return int(a.End.Sub(a.Start).Minutes()) }

// ConsultBody is the office an invitee list is settled with (四十一).
type ConsultBody string

// The two offices of 四十一.
const (
	ConsultNPC   ConsultBody = "npc"   // 市人大办公室
	ConsultCPPCC ConsultBody = "cppcc" // 市政协办公室
)

// ConsultBodies lists both, in the order the clause names them.
var ConsultBodies = []ConsultBody{ConsultNPC, ConsultCPPCC}

// Name is the office's name as printed.
func (b ConsultBody) Name() string {
	return map[ConsultBody]string{ConsultNPC: "市人大办公室", ConsultCPPCC: "市政协办公室"}[b]
}

// InviteeConsult records that the office settled the list of invited 人大代表
// or 政协委员 with the 人大办公室 or 政协办公室 (四十一): with whom, and on
// what day.
type InviteeConsult struct {
	MeetingID int64
	Body      ConsultBody
	Contact   string // who was consulted: 市人大办公室 张科长
	On        time.Time
}

// MaxContact limits the consulted person's description, in characters.
const MaxContact = 40

// Normalize cleans the contact and drops the time of day.
func (c *InviteeConsult) Normalize() {
	c.Contact, c.On = Clean(c.Contact), dateOnly(c.On)
}

// Validate checks a normalised consultation's own fields.
func (c InviteeConsult) Validate() error {
	var v validator
	if c.Body != ConsultNPC && c.Body != ConsultCPPCC {
		v.add("会商单位", "请选择市人大办公室或市政协办公室")
	}
	v.text("会商对象", c.Contact, true, MaxContact)
	if c.On.IsZero() {
		v.add("会商日期", "不能为空")
	}
	return v.err("会商记录")
}

// MeetingFactService records what the rules ask of a meeting beyond its
// plan: the 会商 on its invitees (四十一) and its actual start, end and head
// count (四十五).
type MeetingFactService interface {
	InviteeConsults(ctx context.Context, meetingID int64) ([]InviteeConsult, error)
	RecordInviteeConsult(ctx context.Context, c InviteeConsult) error
	RecordActual(ctx context.Context, meetingID, version int64, a MeetingActual) (Meeting, error)
}
