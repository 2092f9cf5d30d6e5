package meetingpdf

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"huiwu/data"
	"huiwu/export/paper"
	"huiwu/rules"
)

// The signing office and contact printed when none is given.
const (
	DefaultGovernment = "溧阳市人民政府"
	DefaultOffice     = "溧阳市人民政府办公室"
	DefaultContact    = "市政府办公室秘书科"
)

// NoticeInfo is what a 会议通知 or a 邀请函 needs beyond the meeting and its
// topics: the government and the office that signs it (its 发文机关标志 and
// 印发机关), the contact, the 发文字号 and 抄送 when there are any, and the
// day it goes out.
type NoticeInfo struct {
	Government string     // 溧阳市人民政府: units under it print as 市财政局
	Office     string     // 溧阳市人民政府办公室
	Contact    string     // 联系人 and phone
	Number     string     // 发文字号, e.g. 溧政办发〔2026〕35号; "" prints none
	CC         string     // 抄送; "" is the 人大 and 政协 offices when deputies are invited
	Date       paper.Date // 成文日期: the day it is made, unless Issued says otherwise
	// Fixed says Date was given by hand and is printed as it is.
	Fixed bool
	// Issued is the day the notice went out: the agenda's freeze (第四十一条
	// 第七步, the topics' move to 已列入通知); zero when not yet issued.
	Issued time.Time
}

// InfoFrom is the NoticeInfo of the topic settings, dated day; an empty
// setting prints the default.
func InfoFrom(ts data.TopicSettings, day time.Time) NoticeInfo {
	in := NoticeInfo{Government: DefaultGovernment, Office: ts.NoticeOffice, Contact: ts.NoticeContact, Date: paper.Date{Time: dateOnly(day)}}
	if in.Office == "" {
		in.Office = DefaultOffice
	}
	if in.Contact == "" {
		in.Contact = DefaultContact
	}
	return in
}

func dateOnly(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// IssueDay is the day the agenda of topics was frozen by the notice (the
// earliest move to 已列入通知), zero when none moved yet.
func IssueDay(topics []data.TopicDetail) time.Time {
	var day time.Time
	for _, t := range topics {
		for _, mv := range t.Moves {
			if mv.To == data.TopicNoticed && !mv.At.IsZero() && (day.IsZero() || mv.At.Before(day)) {
				day = mv.At
			}
		}
	}
	if day.IsZero() {
		return day
	}
	return dateOnly(day.Local())
}

// dated is the notice's 成文日期: the day given by hand; else the day it was
// issued; else the day it is made, but never on or after the meeting's day,
// so that a notice printed again for a meeting already held is not dated
// after it.
func (in NoticeInfo) dated(m data.Meeting) paper.Date {
	day := dateOnly(m.Start)
	switch {
	case in.Fixed:
		return in.Date
	case !in.Issued.IsZero() && in.Issued.Before(day):
		return paper.Date{Time: in.Issued}
	case in.Date.IsZero() || !in.Date.Before(day):
		return paper.Date{Time: day.AddDate(0, 0, -1)}
	}
	return in.Date
}

// city is the prefix the government's own units drop on its papers:
// 溧阳 of 溧阳市人民政府, so that 溧阳市财政局 prints as 市财政局.
func (in NoticeInfo) city() string {
	g := strings.TrimSuffix(in.Government, "人民政府")
	if g == in.Government || g == "" {
		return ""
	}
	r := []rune(g)
	switch r[len(r)-1] {
	case '市', '县', '区':
		return string(r[:len(r)-1])
	}
	return ""
}

// ownUnit says whether unit is the government itself: its leaders print by
// post alone (市政府秘书长), not as 溧阳市人民政府市政府秘书长.
func (in NoticeInfo) ownUnit(unit string) bool {
	return unit == "" || unit == in.Government || in.Government == "" && strings.HasSuffix(unit, "人民政府")
}

func (in NoticeInfo) unit(u string) string {
	if c := in.city(); c != "" {
		return strings.TrimPrefix(u, c)
	}
	return u
}

// people writes ps as the office does: the government's own leaders by post
// and name, then each unit once with its people (市财政局局长吴红、副局长谢国),
// units apart by 「；」.
func (in NoticeInfo) people(ps []data.Participant) string {
	var own []string
	var order []string
	byUnit := map[string][]string{}
	for _, p := range ps {
		who := strings.TrimSpace(p.Post + p.Name)
		if in.ownUnit(p.UnitName) {
			own = append(own, who)
			continue
		}
		if _, ok := byUnit[p.UnitName]; !ok {
			order = append(order, p.UnitName)
		}
		byUnit[p.UnitName] = append(byUnit[p.UnitName], who)
	}
	var parts []string
	if len(own) > 0 {
		parts = append(parts, strings.Join(own, "，"))
	}
	for _, u := range order {
		parts = append(parts, in.unit(u)+strings.Join(byUnit[u], "、"))
	}
	return strings.Join(parts, "；")
}

// units names the units of ps once each, then 负责同志 once (市财政局、
// 市审计局负责同志); the government's own leaders come first by post and
// name (市政府秘书长梁桂).
func (in NoticeInfo) units(ps []data.Participant) string {
	var leaders, us []string
	for _, p := range ps {
		if in.ownUnit(p.UnitName) {
			leaders = append(leaders, strings.TrimSpace(p.Post+p.Name))
		} else if u := in.unit(p.UnitName); !slices.Contains(us, u) {
			us = append(us, u)
		}
	}
	parts := []string{}
	if len(leaders) > 0 {
		parts = append(parts, strings.Join(leaders, "、"))
	}
	if len(us) > 0 {
		parts = append(parts, strings.Join(us, "、")+"负责同志")
	}
	return strings.Join(parts, "，")
}

// unitsOf names the units of ps once each, a person without a unit by name.
func unitsOf(ps []data.Participant) string {
	var us []string
	for _, p := range ps {
		u := p.UnitName
		if u == "" {
			u = p.Name
		}
		if !slices.Contains(us, u) {
			us = append(us, u)
		}
	}
	return strings.Join(us, "、")
}

// Notice is the 会议通知 of r in full 公文 form: the 版头 (the office's
// 发文机关标志 and the 发文字号), then time and place, 参加人员 (the members,
// by unit), 列席人员 (standing and per topic, and the invited 代表 and 委员),
// the agenda, the requirements and the contact, the signature, and the
// 版记 (抄送, 印发机关和日期). A section with nothing in it is left out and
// the rest numbered on.
func Notice(r data.MeetingRecord, topics []data.Topic, in NoticeInfo) (*paper.Notice, error) {
	m := r.Meeting
	agenda := OnAgenda(topics)
	if len(agenda) == 0 && m.Kind == data.MeetingExecutive {
		return nil, data.Errorf(data.EInvalid, "会议「%s」还没有市长审定上会的议题，不能印发通知（第四十一条第六、七步）", m.Title)
	}
	var members []data.Participant
	var invited int
	for _, p := range r.Participants {
		switch p.Role {
		case data.AttendMember:
			members = append(members, p)
		case data.AttendInvited:
			invited++
		}
	}
	obs := observers(r)
	var observing []string
	if u := in.units(obs[""]); u != "" {
		observing = append(observing, u)
	}
	for _, t := range agenda {
		if u := in.units(obs[t.Title]); u != "" {
			observing = append(observing, u+"（列席"+t.Title+"）")
		}
	}
	if invited > 0 {
		observing = append(observing, fmt.Sprintf("邀请市人大代表、市政协委员%d名列席", invited))
	}
	var b []paper.Block
	n := 0
	section := func(heading string, body ...paper.Block) {
		n++
		b = append(b, paper.Block{Level: 1, Heading: rules.ChineseCount(n) + "、" + heading})
		b = append(b, body...)
	}
	b = append(b, paper.Block{Text: fmt.Sprintf("经市政府领导同意，定于%s召开%s。现将有关事项通知如下：", m.When(), title(m))})
	section("会议时间和地点", paper.Block{Text: "时间：" + m.When() + "。"}, paper.Block{Text: "地点：" + m.Place + "。"})
	if len(members) > 0 {
		section("参加人员", paper.Block{Text: in.people(members) + "。"})
	}
	if len(observing) > 0 {
		section("列席人员", paper.Block{Text: strings.Join(observing, "；") + "。"})
	}
	if len(agenda) > 0 {
		var items []paper.Block
		for i, t := range agenda {
			end := "；"
			if i == len(agenda)-1 {
				end = "。"
			}
			items = append(items, paper.Block{Level: 3, Heading: fmt.Sprintf("%d.", i+1), Text: fmt.Sprintf("%s（%s，%d分钟）%s", t.Title, in.unit(t.UnitName), t.Minutes, end)})
		}
		section("会议议程", items...)
	}
	section("有关要求",
		paper.Block{Level: 2, Heading: "（一）报送参会名单。", Text: "请各单位于会前一个工作日将参会人员姓名、职务报市政府办公室。"},
		paper.Block{Level: 2, Heading: "（二）严格请假制度。", Text: "参会人员确因特殊情况不能参会的，须书面请假，并明确一名同志代为参会。"},
	)
	if len(agenda) > 0 {
		b = append(b, paper.Block{Level: 2, Heading: "（三）准备汇报材料。", Text: "汇报单位按要求报送汇报材料；汇报时间严格控制在议程所列时间以内。"})
	}
	section("联系方式", paper.Block{Text: strings.TrimSuffix(in.Contact, "。") + "。"})
	date := in.dated(m)
	cc := in.CC
	if cc == "" && invited > 0 {
		cc = in.unit(strings.TrimSuffix(in.Government, "人民政府")+"人大常委会办公室") + "，" + in.unit(strings.TrimSuffix(in.Government, "人民政府")+"政协办公室") + "。"
	}
	return &paper.Notice{
		Masthead: &paper.Masthead{Mark: in.Office + "文件", Number: in.Number},
		Heading:  noticeHeading(m), To: "市各有关单位：", Body: b, Signature: in.Office, Date: date,
		CC: cc, Printer: in.Office, PrintDate: date,
	}, nil
}

// noticeHeading is the notice's title, 关于召开…的通知. A meeting named
// 关于… already (关于城区老旧小区改造的专题会议) is not given a second 关于.
func noticeHeading(m data.Meeting) string {
	return "关于召开" + strings.TrimPrefix(title(m), "关于") + "的通知"
}
