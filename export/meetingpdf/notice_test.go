package meetingpdf

import (
	"io"
	"strings"
	"testing"
	"time"

	"huiwu/data"
	"huiwu/export/paper"
)

func ymd(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func plenary() data.MeetingRecord {
	start := time.Date(2026, 7, 14, 9, 0, 0, 0, time.UTC)
	return data.MeetingRecord{
		Meeting: data.Meeting{ID: 2, Title: "市政府第2次全体会议", Kind: data.MeetingPlenary, Number: 2, Start: start, End: start.Add(150 * time.Minute), Place: "一楼报告厅"},
		Participants: []data.Participant{
			{Role: data.AttendMember, Name: "叶娜洋", Post: "市长", UnitName: "溧阳市人民政府"},
			{Role: data.AttendMember, Name: "徐刚新", Post: "市政府党组成员", UnitName: "溧阳市人民政府"},
			{Role: data.AttendMember, Name: "吴红", Post: "局长", UnitName: "溧阳市教育局"},
			{Role: data.AttendMember, Name: "谢国", Post: "局长", UnitName: "溧阳市科学技术局"},
			{Role: data.AttendMember, Name: "罗芬", Post: "副局长", UnitName: "溧阳市教育局"},
		},
	}
}

var lyInfo = NoticeInfo{Government: "溧阳市人民政府", Office: DefaultOffice, Contact: "秘书一科褚婧，电话0519-87654321", Date: paper.Date{Time: ymd(2026, 7, 10)}}

// A 全体会议 without topics or 列席 prints neither an empty 「列席人员 无。」
// nor an empty 「会议议程」: the sections that remain are numbered on, and
// the members are listed by unit, each unit once, the government's own
// leaders by post.
func TestPlenaryNoticeOmitsEmptySectionsAndGroupsByUnit(t *testing.T) {
	n, err := Notice(plenary(), nil, lyInfo)
	if err != nil {
		t.Fatal(err)
	}
	var headings []string
	var body string
	for _, b := range n.Body {
		if b.Level == 1 {
			headings = append(headings, b.Heading)
		}
		body += b.Heading + b.Text + "\n"
	}
	if got, want := strings.Join(headings, " "), "一、会议时间和地点 二、参加人员 三、有关要求 四、联系方式"; got != want {
		t.Errorf("sections %q, want %q", got, want)
	}
	if want := "市长叶娜洋，市政府党组成员徐刚新；市教育局局长吴红、副局长罗芬；市科学技术局局长谢国。"; !strings.Contains(body, want) {
		t.Errorf("members: want %q in\n%s", want, body)
	}
	for _, bad := range []string{"无。", "（三）准备汇报材料", "溧阳市人民政府市政府", "上午9:00—上午"} {
		if strings.Contains(body, bad) {
			t.Errorf("notice prints %q:\n%s", bad, body)
		}
	}
	if !strings.Contains(body, "上午9:00—11:30") {
		t.Errorf("time:\n%s", body)
	}
}

// The notice goes out in full 公文 form: the office's 发文机关标志 and
// 发文字号, the signature, and a 版记 with 抄送 (the 人大 and 政协 offices
// when deputies are invited) and the 印发机关 and date; the government's
// leaders who attend as 列席 print by post, not as 「溧阳市人民政府负责同志」.
func TestNoticeInFullForm(t *testing.T) {
	r, ts := topicRecord()
	r.Participants = append(r.Participants,
		data.Participant{Role: data.AttendObserver, Name: "马立", Post: "市政府秘书长", UnitName: "溧阳市人民政府"},
		data.Participant{Role: data.AttendObserver, Name: "孙审", Post: "局长", UnitName: "溧阳市审计局"},
		data.Participant{Role: data.AttendObserver, Name: "何信", Post: "局长", UnitName: "溧阳市信访局"})
	in := lyInfo
	in.Number = "溧政办发〔2026〕35号"
	in.Date = paper.Date{Time: ymd(2026, 11, 28)}
	n, err := Notice(r, plain(ts), in)
	if err != nil {
		t.Fatal(err)
	}
	if n.Masthead == nil || n.Masthead.Mark != "溧阳市人民政府办公室文件" || n.Masthead.Number != "溧政办发〔2026〕35号" || n.Masthead.Signer != "" {
		t.Errorf("masthead %+v", n.Masthead)
	}
	if n.CC != "市人大常委会办公室，市政协办公室。" || n.Printer != DefaultOffice || !n.PrintDate.Equal(ymd(2026, 11, 28)) {
		t.Errorf("版记: cc %q printer %q date %v", n.CC, n.Printer, n.PrintDate)
	}
	lay, err := paper.Render(n, io.Discard, paper.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	all := text(lay, 0)
	for _, want := range []string{"溧政办发〔2026〕35号", "市政府秘书长马立，市审计局、市信访局负责同志；市财政局负责同志（列席农村公路提档升级三年行动计划）", "抄送：市人大常委会办公室，市政协办公室。", "2026年11月28日印发", "2.农村公路提档升级三年行动计划（市交通运输局，25分钟）。"} {
		if !strings.Contains(all, want) {
			t.Errorf("notice lacks %q:\n%s", want, all)
		}
	}
	if strings.Contains(all, "溧阳市人民政府负责同志") || strings.Contains(all, "溧阳市人民政府市政府") || strings.Count(all, "负责同志") != 2 {
		t.Errorf("the government printed as a unit:\n%s", all)
	}
	if lay.Pages%2 != 0 {
		t.Errorf("the 版记 is on page %d, not the back of a sheet", lay.Pages)
	}
}

// The date of a notice or an invitation: by hand as given; else the day it
// was issued (the agenda's freeze); else today, but never on or after the
// meeting, so a notice printed again for a meeting already held is not
// dated after it.
func TestNoticeDate(t *testing.T) {
	m := data.Meeting{Start: time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)}
	for _, tt := range []struct {
		name          string
		today, issued time.Time
		fixed         bool
		want          time.Time
	}{
		{"before the meeting, not issued yet", ymd(2026, 11, 28), time.Time{}, false, ymd(2026, 11, 28)},
		{"issued earlier, printed again", ymd(2026, 11, 30), ymd(2026, 11, 27), false, ymd(2026, 11, 27)},
		{"meeting held, issued", ymd(2026, 12, 6), ymd(2026, 11, 27), false, ymd(2026, 11, 27)},
		{"meeting held, never issued", ymd(2026, 12, 6), time.Time{}, false, ymd(2026, 12, 2)},
		{"on the meeting's day", ymd(2026, 12, 3), time.Time{}, false, ymd(2026, 12, 2)},
		{"given by hand", ymd(2026, 12, 6), ymd(2026, 11, 27), true, ymd(2026, 12, 6)},
	} {
		in := NoticeInfo{Date: paper.Date{Time: tt.today}, Issued: tt.issued, Fixed: tt.fixed}
		if got := in.dated(m); !got.Equal(tt.want) {
			t.Errorf("%s: dated %s, want %s", tt.name, got.Format(time.DateOnly), tt.want.Format(time.DateOnly))
		}
	}
	moves := []data.TopicDetail{
		{Moves: []data.TopicMove{{To: data.TopicApproved, At: time.Date(2026, 11, 20, 10, 0, 0, 0, time.Local)}, {To: data.TopicNoticed, At: time.Date(2026, 11, 27, 16, 0, 0, 0, time.Local)}}},
		{Moves: []data.TopicMove{{To: data.TopicNoticed, At: time.Date(2026, 11, 28, 9, 0, 0, 0, time.Local)}}},
	}
	if got := IssueDay(moves); !got.Equal(ymd(2026, 11, 27)) {
		t.Errorf("IssueDay = %v, want 2026-11-27", got)
	}
}

// A meeting whose name begins with 关于 is not announced as 关于召开关于….
func TestNoticeHeading(t *testing.T) {
	cases := []struct {
		m    data.Meeting
		want string
	}{
		{data.Meeting{Kind: data.MeetingExecutive, Number: 12}, "关于召开市政府第12次常务会议的通知"},
		{data.Meeting{Kind: data.MeetingTopical, Title: "关于城区老旧小区改造的专题会议"}, "关于召开城区老旧小区改造的专题会议的通知"},
		{data.Meeting{Kind: data.MeetingTopical, Title: "全市安全生产工作会议"}, "关于召开全市安全生产工作会议的通知"},
	}
	for _, c := range cases {
		if got := noticeHeading(c.m); got != c.want {
			t.Errorf("noticeHeading(%q) = %q, want %q", c.m.Title, got, c.want)
		}
	}
}
