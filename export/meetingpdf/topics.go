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
	DefaultOffice  = "溧阳市人民政府办公室"
	DefaultContact = "市政府办公室秘书科"
)

// NoticeInfo is what a 会议通知 needs beyond the meeting and its topics:
// the office that signs it, the contact, and the day it goes out.
type NoticeInfo struct {
	Office  string     // 溧阳市人民政府办公室
	Contact string     // 联系人 and phone
	Date    paper.Date // 成文日期
}

// InfoFrom is the NoticeInfo of the topic settings, dated day; an empty
// setting prints the default.
func InfoFrom(ts data.TopicSettings, day time.Time) NoticeInfo {
	in := NoticeInfo{Office: ts.NoticeOffice, Contact: ts.NoticeContact, Date: paper.Date{Time: time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, time.UTC)}}
	if in.Office == "" {
		in.Office = DefaultOffice
	}
	if in.Contact == "" {
		in.Contact = DefaultContact
	}
	return in
}

// OnAgenda are the topics of a meeting that the 市长 put on it (上会, in the
// notice, or deliberated), in agenda order.
func OnAgenda(topics []data.Topic) []data.Topic {
	var out []data.Topic
	for _, t := range topics {
		switch t.State {
		case data.TopicApproved, data.TopicNoticed, data.TopicDeliberated:
			out = append(out, t)
		}
	}
	slices.SortStableFunc(out, func(a, b data.Topic) int { return a.AgendaOrder - b.AgendaOrder })
	return out
}

// observers are the 列席 participants of r, by topic ("" for the meeting).
func observers(r data.MeetingRecord) map[string][]data.Participant {
	out := map[string][]data.Participant{}
	for _, p := range r.Participants {
		if p.Role == data.AttendObserver {
			out[p.Topic] = append(out[p.Topic], p)
		}
	}
	return out
}

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

// Notice is the 会议通知 of r: time and place, 参加人员 (the members), 列席人员
// (standing and per topic, and the invited 代表 and 委员), the agenda, the
// requirements (attendee list, written leave with a substitute, materials
// and the length of reports) and the contact.
func Notice(r data.MeetingRecord, topics []data.Topic, in NoticeInfo) (*paper.Notice, error) {
	m := r.Meeting
	agenda := OnAgenda(topics)
	if len(agenda) == 0 && (m.Kind == data.MeetingExecutive || m.Kind == data.MeetingPlenary) {
		return nil, data.Errorf(data.EInvalid, "会议「%s」还没有市长审定上会的议题，不能印发通知（第四十一条第六、七步）", m.Title)
	}
	var members []string
	var invited int
	for _, p := range r.Participants {
		switch p.Role {
		case data.AttendMember:
			members = append(members, strings.TrimSpace(p.Post+p.Name))
		case data.AttendInvited:
			invited++
		}
	}
	obs := observers(r)
	b := []paper.Block{
		{Text: fmt.Sprintf("经市政府领导同意，定于%s召开%s。现将有关事项通知如下：", m.When(), title(m))},
		{Level: 1, Heading: "一、会议时间和地点"},
		{Text: "时间：" + m.When() + "。"},
		{Text: "地点：" + m.Place + "。"},
		{Level: 1, Heading: "二、参加人员"},
		{Text: orNone(strings.Join(members, "，")) + "。"},
		{Level: 1, Heading: "三、列席人员"},
	}
	var lines []string
	if u := unitsOf(obs[""]); u != "" {
		lines = append(lines, u+"负责同志")
	}
	for _, t := range agenda {
		if u := unitsOf(obs[t.Title]); u != "" {
			lines = append(lines, u+"负责同志（列席"+t.Title+"）")
		}
	}
	if invited > 0 {
		lines = append(lines, fmt.Sprintf("邀请市人大代表、市政协委员%d名列席", invited))
	}
	b = append(b, paper.Block{Text: orNone(strings.Join(lines, "；")) + "。"})
	b = append(b, paper.Block{Level: 1, Heading: "四、会议议程"})
	for i, t := range agenda {
		b = append(b, paper.Block{Level: 3, Heading: fmt.Sprintf("%d.", i+1), Text: fmt.Sprintf("%s（%s，%d分钟）；", t.Title, t.UnitName, t.Minutes)})
	}
	b = append(b,
		paper.Block{Level: 1, Heading: "五、有关要求"},
		paper.Block{Level: 2, Heading: "（一）报送参会名单。", Text: "请各单位于会前一个工作日将参会人员姓名、职务报市政府办公室。"},
		paper.Block{Level: 2, Heading: "（二）严格请假制度。", Text: "参会人员确因特殊情况不能参会的，须书面请假，并明确一名同志代为参会。"},
		paper.Block{Level: 2, Heading: "（三）准备汇报材料。", Text: "汇报单位按要求报送汇报材料；汇报时间严格控制在议程所列时间以内。"},
		paper.Block{Level: 1, Heading: "六、联系方式"},
		paper.Block{Text: in.Contact + "。"},
	)
	return &paper.Notice{Heading: "关于召开" + title(m) + "的通知", To: "市各有关单位：", Body: b, Signature: in.Office, Date: in.Date}, nil
}

// title is the meeting's printed name: 市政府第14次常务会议.
func title(m data.Meeting) string {
	if m.Number > 0 && (m.Kind == data.MeetingExecutive || m.Kind == data.MeetingPlenary) {
		return fmt.Sprintf("市政府第%d次%s", m.Number, strings.TrimPrefix(rules.KindName(m.Kind), "市政府"))
	}
	return m.Title
}

func orNone(s string) string {
	if s == "" {
		return "无"
	}
	return s
}

// Agenda is the 议程 of r: its topics on the agenda with their reporting
// units, minutes and per-topic 列席, against the meeting's length (四十五).
func Agenda(r data.MeetingRecord, topics []data.Topic) (*paper.Agenda, error) {
	m := r.Meeting
	agenda := OnAgenda(topics)
	if len(agenda) == 0 {
		return nil, data.Errorf(data.EInvalid, "会议「%s」没有市长审定上会的议题", m.Title)
	}
	obs := observers(r)
	a := &paper.Agenda{Heading: title(m) + "议程", Time: m.When(), Place: m.Place, Chair: m.ChairName, Length: m.Minutes(), Date: day(m)}
	for _, t := range agenda {
		a.Items = append(a.Items, paper.AgendaItem{Topic: t.Title, Units: t.UnitName, Minutes: t.Minutes, Observer: unitsOf(obs[t.Title])})
	}
	return a, nil
}

// Invitations are the 邀请函 of r, one per invited 人大代表 or 政协委员, with
// the materials of the topics on the agenda (四十一).
func Invitations(r data.MeetingRecord, topics []data.TopicDetail, in NoticeInfo) (*paper.Invitation, error) {
	m := r.Meeting
	v := &paper.Invitation{Meeting: title(m), Time: m.When(), Place: m.Place, Contact: in.Contact, Signature: in.Office, Date: in.Date}
	var plain []data.Topic
	for _, t := range topics {
		plain = append(plain, t.Topic)
	}
	for _, t := range OnAgenda(plain) {
		v.Topics = append(v.Topics, t.Title)
		for _, d := range topics {
			if d.ID == t.ID {
				for _, mat := range d.Materials {
					v.Materials = append(v.Materials, strings.TrimSuffix(mat.Name, pathExt(mat.Name)))
				}
			}
		}
	}
	for _, p := range r.Participants {
		if p.Role != data.AttendInvited {
			continue
		}
		switch {
		case slices.Contains(p.Roles, data.RoleNPCDeputy):
			v.Invitees = append(v.Invitees, paper.Guest{Name: p.Name, Title: "代表"})
		case slices.Contains(p.Roles, data.RoleCPPCCMember):
			v.Invitees = append(v.Invitees, paper.Guest{Name: p.Name, Title: "委员"})
		}
	}
	if len(v.Invitees) == 0 {
		return nil, data.Errorf(data.EInvalid, "会议「%s」没有邀请人大代表或政协委员列席", m.Title)
	}
	if len(v.Topics) == 0 {
		return nil, data.Errorf(data.EInvalid, "会议「%s」没有市长审定上会的议题", m.Title)
	}
	return v, nil
}

func pathExt(name string) string {
	if i := strings.LastIndexByte(name, '.'); i > 0 {
		return name[i:]
	}
	return ""
}
