package rules

import (
	"fmt"
	"strings"

	"huiwu/data"
)

// MinutesOpening is the first line of a 纪要 (formats §10.3):
// 5月6日，市长王喆主持召开市政府第12次常务会议，……。现纪要如下：
// A delegate chairing says so (六). What the meeting studied is left as
// ……, which the secretary replaces, unless the meeting is a 专题会议 whose
// title says it.
func MinutesOpening(m data.Meeting, chair data.Person) string {
	kind := KindName(m.Kind)
	if m.Number > 0 {
		if rest, ok := strings.CutPrefix(kind, "市政府"); ok {
			kind = fmt.Sprintf("市政府第%d次%s", m.Number, rest)
		} else {
			kind = fmt.Sprintf("第%d次%s", m.Number, kind)
		}
	}
	who := chair.Post + chair.Name
	if m.DelegationNote != "" {
		who = "受市长委托，" + who
	}
	what := "……"
	if m.Kind == data.MeetingTopical && m.Title != "" {
		t := strings.TrimSuffix(strings.TrimSuffix(m.Title, "专题会议"), "的")
		what = "研究" + strings.TrimPrefix(t, "关于") + "有关事项"
	}
	return fmt.Sprintf("%d月%d日，%s主持召开%s，%s。现纪要如下：", m.Start.Month(), m.Start.Day(), who, kind, what)
}

// BuildMinutesLists makes the 出席, 请假 and 列席 lists printed after a
// 纪要's text from the attendance, each in protocol order (礼宾顺序,
// formats §10.3): members present by name; members on leave with the reason;
// 列席 by unit and name. A substitute is listed as attending in the member's
// stead. When no sign-in was taken at all the invitation list stands. The
// roster gives the units' order.
func BuildMinutesLists(rec data.MeetingRecord, people []data.Person, units []data.Unit) data.MinutesLists {
	unitOf := map[int64]int64{}
	for _, p := range people {
		unitOf[p.ID] = p.UnitID
	}
	order := map[int64]int{}
	for _, u := range units {
		order[u.ID] = u.Order
	}
	reasons := map[int64]string{}
	for _, l := range rec.Leaves {
		if l.Status != data.LeaveRejected {
			reasons[l.PersonID] = l.Reason
		}
	}
	signedIn := false
	for _, p := range rec.Participants {
		signedIn = signedIn || p.Status != data.NotSignedIn
	}
	there := func(p data.Participant) bool {
		switch p.Status {
		case data.AttendPresent, data.AttendLate, data.AttendSubstitute:
			return true
		case data.NotSignedIn:
			return !signedIn
		}
		return false
	}
	var present, leave, attending []data.Participant
	for _, p := range rec.Participants {
		switch {
		case p.Role == data.AttendStaff:
		case p.Role == data.AttendMember && there(p):
			present = append(present, p)
		case p.Role == data.AttendMember && p.Status == data.AttendLeave:
			leave = append(leave, p)
		case there(p):
			attending = append(attending, p)
		}
	}
	sorted := func(ps []data.Participant) []data.Participant {
		byID := map[int64]data.Participant{}
		var ds []data.Person
		for _, p := range ps {
			d := p.Person()
			d.UnitID = unitOf[p.PersonID]
			byID[p.PersonID] = p
			ds = append(ds, d)
		}
		SortPeople(ds, order)
		out := make([]data.Participant, len(ds))
		for i, d := range ds {
			out[i] = byID[d.ID]
		}
		return out
	}
	var l data.MinutesLists
	for _, p := range sorted(present) {
		l.Present = append(l.Present, nameOf(p))
	}
	for _, p := range sorted(leave) {
		s := p.Name
		if r := reasons[p.PersonID]; r != "" {
			s += "（" + r + "）"
		}
		l.Leave = append(l.Leave, s)
	}
	for _, p := range sorted(attending) {
		s := nameOf(p)
		if p.UnitName != "" {
			s = p.UnitName + " " + s
		}
		l.Attending = append(l.Attending, s)
	}
	return l
}

func nameOf(p data.Participant) string {
	if p.Status == data.AttendSubstitute && p.SubstituteName != "" {
		return p.SubstituteName + "（代" + p.Name + "）"
	}
	return p.Name
}

// MinutesSection is a topic's part of a draft 纪要: the heading
// `一、关于……` (n counts from 1), then what the meeting heard from the
// reporting unit and what it decided, in the usual phrases. An undecided
// topic leaves the decision for the secretary to write.
func MinutesSection(n int, title, unit string, outcome TopicOutcome) []string {
	subject := strings.TrimPrefix(title, "关于")
	heard := "会议听取了" + unit + "关于" + subject + "的汇报。"
	decided := map[TopicOutcome]string{
		OutcomePassed:    "会议同意" + unit + "提出的方案，由" + unit + "抓好落实。",
		OutcomePrinciple: "会议原则同意" + unit + "提出的方案，由" + unit + "根据会议意见修改完善后，按程序印发实施。",
		OutcomeRevise:    "会议要求" + unit + "根据会议意见修改完善后，再提请会议研究。",
		OutcomeDeferred:  "会议决定暂缓审议该事项。",
		OutcomeRejected:  "会议未同意该事项。",
	}[outcome]
	return []string{data.HeadingPrefix(1) + ChineseCount(n) + "、关于" + subject, heard + decided}
}

// ChineseCount writes 1 to 99 as the numerals of headings: 一, 十, 十一, 二十一.
func ChineseCount(n int) string {
	d := []rune("〇一二三四五六七八九")
	switch {
	case n <= 0 || n >= 100:
		return fmt.Sprint(n)
	case n < 10:
		return string(d[n])
	case n == 10:
		return "十"
	case n < 20:
		return "十" + string(d[n-10])
	case n%10 == 0:
		return string(d[n/10]) + "十"
	}
	return string(d[n/10]) + "十" + string(d[n%10])
}
