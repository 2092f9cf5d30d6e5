package screens

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"huiwu/data"
)

// 四十五 and 四十一 from the meeting page: the actual figures are refused
// before the notice and shown once recorded; the 会商 is recorded.
func TestMeetingPageRecordsFacts(t *testing.T) {
	r, ms := meetingRig(t)
	r.newMeeting(ms, "常务会议", "2026-12-03", "09:00", "11:00")
	ms.open(ms.list.all[0].ID)
	p := ms.page
	c := p.askConsult()
	test.Type(r.entry(c, "会商对象"), "市人大办公室 张科长")
	r.entry(c, "会商日期").SetText("2026-12-01")
	test.Tap(c.save)
	cs, err := p.env.Meetings.InviteeConsults(t.Context(), p.meeting.ID)
	if err != nil || len(cs) != 1 || cs[0].Body != data.ConsultNPC || cs[0].Contact != "市人大办公室 张科长" {
		t.Fatalf("consults %+v %v (%s)", cs, err, c.summary.Text)
	}
	f := p.askActual()
	r.entry(f, "实际开始").SetText("09:10")
	r.entry(f, "实到人数").SetText("12")
	test.Tap(f.save)
	if !strings.Contains(f.summary.Text, "通知发出后才能登记") {
		t.Fatalf("recorded in preparation: %q", f.summary.Text)
	}
	p.setStatus(data.StatusNotified, "")
	f = p.askActual()
	r.entry(f, "实际开始").SetText("09:10")
	r.entry(f, "实到人数").SetText("12")
	test.Tap(f.save)
	if !p.meeting.Actual.Recorded() || !strings.Contains(p.lean.Text, "实际 09:10—11:00，110 分钟，实到 12 人") {
		t.Fatalf("lean %q (%s)", p.lean.Text, f.summary.Text)
	}
}
