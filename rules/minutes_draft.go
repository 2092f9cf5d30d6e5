package rules

import (
	"fmt"
	"strings"

	"huiwu/data"
)

// DefaultMinutesTemplate is the opening line of a 纪要 (formats §10.3)
// unless the office sets another for a meeting kind: {月}{日} the day,
// {主持人} the chair with post (受市长委托 when a delegate chairs, 六),
// {会议} the meeting with its number, {内容} what it studied.
const DefaultMinutesTemplate = "{月}月{日}日，{主持人}主持召开{会议}，{内容}。现纪要如下："

var templateFields = []string{"{月}", "{日}", "{主持人}", "{会议}", "{内容}"}

// CheckMinutesTemplate refuses a template that names no chair or meeting,
// or has a placeholder the program does not fill.
func CheckMinutesTemplate(t string) error {
	for _, must := range []string{"{主持人}", "{会议}"} {
		if !strings.Contains(t, must) {
			return data.Errorf(data.EInvalid, "纪要开头模板须含 %s", must)
		}
	}
	rest := t
	for _, f := range templateFields {
		rest = strings.ReplaceAll(rest, f, "")
	}
	if strings.ContainsAny(rest, "{}") {
		return data.Errorf(data.EInvalid, "纪要开头模板只能使用 %s", strings.Join(templateFields, " "))
	}
	return nil
}

// MinutesOpening is the first line of a 纪要 by the default template.
func MinutesOpening(m data.Meeting, chair data.Person) string {
	return MinutesOpeningFrom(DefaultMinutesTemplate, m, chair)
}

// MinutesOpeningFrom fills a template (see DefaultMinutesTemplate). What
// the meeting studied is left as ……, which the secretary replaces, unless
// the meeting is a 专题会议 whose title says it.
func MinutesOpeningFrom(tmpl string, m data.Meeting, chair data.Person) string {
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
	return strings.NewReplacer("{月}", fmt.Sprint(int(m.Start.Month())), "{日}", fmt.Sprint(m.Start.Day()),
		"{主持人}", who, "{会议}", kind, "{内容}", what).Replace(tmpl)
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
