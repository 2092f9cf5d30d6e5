package meetingpdf

import (
	"io"
	"strings"
	"testing"
	"time"

	"huiwu/data"
	"huiwu/export/paper"
	"huiwu/export/typeset"
)

func topicRecord() (data.MeetingRecord, []data.TopicDetail) {
	start := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	r := data.MeetingRecord{
		Meeting: data.Meeting{ID: 1, Title: "市政府第12次常务会议", Kind: data.MeetingExecutive, Number: 12, Start: start, End: start.Add(40 * time.Minute), Place: "三楼会议室", ChairName: "叶娜洋"},
		Participants: []data.Participant{
			{Role: data.AttendMember, Name: "叶娜洋", Post: "市长"},
			{Role: data.AttendObserver, Name: "钱进", UnitName: "溧阳市财政局", Topic: "农村公路提档升级三年行动计划"},
			{Role: data.AttendInvited, Name: "周礼", Roles: []data.Role{data.RoleNPCDeputy}},
			{Role: data.AttendInvited, Name: "郑晔", Roles: []data.Role{data.RoleCPPCCMember}},
		},
	}
	ts := []data.TopicDetail{
		{Topic: data.Topic{ID: 2, Title: "农村公路提档升级三年行动计划", UnitName: "溧阳市交通运输局", Minutes: 25, State: "noticed", AgendaOrder: 2}, Materials: []data.TopicMaterial{{Name: "行动计划（送审稿）.docx"}}},
		{Topic: data.Topic{ID: 1, Title: "2027年市级财政预算草案", UnitName: "溧阳市财政局", Minutes: 20, State: "noticed", AgendaOrder: 1}},
		{Topic: data.Topic{ID: 3, Title: "暂缓的议题", UnitName: "溧阳市商务局", Minutes: 10, State: "deferred"}},
	}
	return r, ts
}

func plain(ts []data.TopicDetail) []data.Topic {
	var out []data.Topic
	for _, t := range ts {
		out = append(out, t.Topic)
	}
	return out
}

func text(lay typeset.Layout, page int) string {
	var b strings.Builder
	for _, l := range lay.Lines {
		if page == 0 || l.Page == page {
			b.WriteString(l.Text)
		}
	}
	return strings.ReplaceAll(b.String(), " ", "")
}

// 四十五: the agenda is one page, in agenda order, without the deferred
// topic, and says the reports run over the meeting's 40 minutes.
func TestAgendaThroughTheLayout四十五(t *testing.T) {
	r, ts := topicRecord()
	a, err := Agenda(r, plain(ts))
	if err != nil {
		t.Fatal(err)
	}
	lay, err := paper.Render(a, io.Discard, paper.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	all := text(lay, 0)
	if lay.Pages != 1 || strings.Contains(all, "暂缓的议题") || strings.Index(all, "2027年市级财政预算草案") > strings.Index(all, "农村公路") {
		t.Fatalf("%d pages:\n%s", lay.Pages, all)
	}
	for _, want := range []string{"市政府第12次常务会议议程", "列席：溧阳市财政局", "汇报合计45分钟，超出会议计划的40分钟", "第四十五条"} {
		if !strings.Contains(all, want) {
			t.Errorf("agenda lacks %q:\n%s", want, all)
		}
	}
}

// 四十一: one 邀请函 a page, to each invited 代表 and 委员, with the materials.
func TestInvitationsThroughTheLayout四十一(t *testing.T) {
	r, ts := topicRecord()
	v, err := Invitations(r, ts, NoticeInfo{Office: DefaultOffice, Contact: "褚婧", Date: paper.Date{Time: time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)}})
	if err != nil {
		t.Fatal(err)
	}
	lay, err := paper.Render(v, io.Discard, paper.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if lay.Pages != 2 || !strings.Contains(text(lay, 1), "尊敬的周礼代表") || !strings.Contains(text(lay, 2), "尊敬的郑晔委员") {
		t.Fatalf("%d pages:\n%s", lay.Pages, text(lay, 0))
	}
	// Each letter is a paper of its own under the office's 信函 版头: both
	// pages are numbered — 1 —, each carries the office's mark.
	for pg := 1; pg <= 2; pg++ {
		if p := text(lay, pg); !strings.HasSuffix(p, "—1—") || !strings.HasPrefix(p, DefaultOffice+"邀请函") {
			t.Errorf("page %d: %s", pg, p)
		}
	}
	if !strings.Contains(text(lay, 2), "行动计划（送审稿）") || strings.Contains(text(lay, 0), ".docx") {
		t.Errorf("materials:\n%s", text(lay, 2))
	}
}

// 四十一: the notice lists the members, the per-topic 列席 and the invitees,
// and the agenda; without an approved topic it is refused.
func TestNoticeThroughTheLayout四十一(t *testing.T) {
	r, ts := topicRecord()
	n, err := Notice(r, plain(ts), NoticeInfo{Office: DefaultOffice, Contact: "秘书一科褚婧", Date: paper.Date{Time: time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)}})
	if err != nil {
		t.Fatal(err)
	}
	lay, err := paper.Render(n, io.Discard, paper.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	all := text(lay, 0)
	for _, want := range []string{"关于召开市政府第12次常务会议的通知", "市长叶娜洋", "溧阳市财政局负责同志（列席农村公路提档升级三年行动计划）", "邀请市人大代表、市政协委员2名列席", "1.2027年市级财政预算草案（溧阳市财政局，20分钟）", "秘书一科褚婧"} {
		if !strings.Contains(all, want) {
			t.Errorf("notice lacks %q:\n%s", want, all)
		}
	}
	if _, err := Notice(r, plain(ts[2:]), NoticeInfo{}); err == nil || !strings.Contains(err.Error(), "第四十一条") {
		t.Errorf("notice without approved topics: %v", err)
	}
}
