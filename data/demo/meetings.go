package demo

import (
	"fmt"
	"math/rand/v2"
	"time"

	"huiwu/data"
	"huiwu/rules"
)

// Today is the demonstration's "now": meetings before it were held, those
// after it are being prepared. It matches the demo delegation's year.
var Today = time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)

// world is the demo roster with IDs given in order, so that the meetings
// can be drawn up with the same rules the store applies.
type world struct {
	people []data.Person
	units  []data.Unit
	byRole map[data.Role][]string
	heads  map[string]string // unit short name → head's name
	r      *rand.Rand
	cal    *rules.Calendar
}

// workday tells whether the State Council's schedule has day as a working
// day (so no demo meeting falls on 元旦 or 国庆).
func (w *world) workday(d time.Time) bool {
	work, _ := w.cal.Workday(d)
	return work
}

// nextWorkday is d, or the first working day after it.
func (w *world) nextWorkday(d time.Time) time.Time {
	for !w.workday(d) {
		d = d.AddDate(0, 0, 1)
	}
	return d
}

func newWorld(seed uint64, b data.RosterBatch) *world {
	cal, err := rules.NewCalendar(nil)
	if err != nil {
		panic(err) // the built-in schedule is compiled in
	}
	w := &world{byRole: map[data.Role][]string{}, heads: map[string]string{}, r: rand.New(rand.NewPCG(seed, seed^0x51ed27)), cal: cal}
	unitID := map[string]int64{}
	short := map[int64]string{}
	for i, u := range b.Units {
		u.ID = int64(i + 1)
		w.units = append(w.units, u)
		unitID[u.Name] = u.ID
		short[u.ID] = u.ShortName
	}
	for i, bp := range b.People {
		p := bp.Person
		p.ID, p.UnitID = int64(i+1), unitID[bp.Unit]
		w.people = append(w.people, p)
		for _, r := range p.Roles {
			w.byRole[r] = append(w.byRole[r], p.Name)
		}
		if p.HasRole(data.RoleUnitHead) && p.UnitID != 0 {
			w.heads[short[p.UnitID]] = p.Name
		}
	}
	return w
}

// participants are the names DefaultParticipants gives a meeting, by role.
func (w *world) participants(kind data.MeetingKind, chair string, unit int64) map[data.AttendRole][]string {
	var chairID int64
	for _, p := range w.people {
		if p.Name == chair {
			chairID = p.ID
		}
	}
	out := map[data.AttendRole][]string{}
	for _, pt := range rules.DefaultParticipants(rules.MembersInput{Kind: kind, ChairID: chairID, People: w.people, Units: w.units, Standing: rules.DefaultStandingObservers, UnitID: unit}) {
		out[pt.Role] = append(out[pt.Role], w.people[pt.PersonID-1].Name)
	}
	return out
}

func (w *world) pick(names []string) string { return names[w.r.IntN(len(names))] }

// Meetings returns a demonstration year of meetings of every kind at their
// cadence (四十 to 四十四): two plenaries, a monthly executive meeting with
// invited deputies and members, a weekly 市长办公会议, topical meetings, two
// city-wide conferences and three departments' meetings; those before Today
// held, with leave routed and decided (六十一), late arrivals and a few
// absences without leave; one cancelled; the rest in preparation with a
// leave request still waiting.
func Meetings(seed uint64, roster data.RosterBatch) data.MeetingBatch {
	w := newWorld(seed, roster)
	mayor, exec := w.byRole[data.RoleMayor][0], w.byRole[data.RoleExecutiveVice][0]
	vices := w.byRole[data.RoleViceMayor]
	var b data.MeetingBatch
	add := func(m data.BatchMeeting) { b.Meetings = append(b.Meetings, w.outcome(m)) }
	at := func(d time.Time, h, min, length int) (time.Time, time.Time) {
		s := time.Date(d.Year(), d.Month(), d.Day(), h, min, 0, 0, time.UTC)
		return s, s.Add(time.Duration(length) * time.Minute)
	}
	year := Today.Year()
	// 四十: the plenary, about every six months.
	for i, d := range []time.Time{time.Date(year, 2, 3, 0, 0, 0, 0, time.UTC), time.Date(year, 7, 14, 0, 0, 0, 0, time.UTC)} {
		s, e := at(w.nextWorkday(d), 9, 0, 150)
		add(data.BatchMeeting{Meeting: data.Meeting{Title: fmt.Sprintf("市政府第%d次全体会议", i+1), Kind: data.MeetingPlenary, Number: i + 1, Start: s, End: e, Place: "市行政中心一楼报告厅"}, Chair: mayor})
	}
	// 四十一: the executive meeting, the first Thursday of each month, with
	// 2–3 人大代表 and 政协委员 invited; September's is chaired 受市长委托.
	npc, cppcc := w.byRole[data.RoleNPCDeputy], w.byRole[data.RoleCPPCCMember]
	for mo := 1; mo <= 12; mo++ {
		d := time.Date(year, time.Month(mo), 1, 0, 0, 0, 0, time.UTC)
		for d.Weekday() != time.Thursday || !w.workday(d) {
			d = d.AddDate(0, 0, 1)
		}
		chair := mayor
		if mo == 9 {
			d, chair = time.Date(year, 9, 17, 0, 0, 0, 0, time.UTC), exec
		}
		s, e := at(d, 9, 0, 150)
		k := 2 + mo%2
		inv := []string{npc[(mo*2)%len(npc)], npc[(mo*2+1)%len(npc)], cppcc[(mo*2)%len(cppcc)], cppcc[(mo*2+1)%len(cppcc)]}
		if k == 3 {
			inv = append(inv, npc[(mo*2+2)%len(npc)], cppcc[(mo*2+2)%len(cppcc)])
		}
		add(data.BatchMeeting{Meeting: data.Meeting{Title: fmt.Sprintf("市政府第%d次常务会议", mo), Kind: data.MeetingExecutive, Number: mo, Start: s, End: e, Place: "市行政中心三楼会议室"}, Chair: chair, Invited: inv})
	}
	// 四十二: the 市长办公会议 on Monday afternoons, holiday weeks skipped.
	n := 0
	for d := time.Date(year, 1, 5, 0, 0, 0, 0, time.UTC); d.Year() == year; d = d.AddDate(0, 0, 7) {
		if !w.workday(d) {
			continue // a holiday week
		}
		n++
		s, e := at(d, 15, 0, 90)
		m := data.BatchMeeting{Meeting: data.Meeting{Title: fmt.Sprintf("市长办公会议（%d年第%d次）", year, n), Kind: data.MeetingMayorOffice, Number: n, Start: s, End: e, Place: "市行政中心五楼小会议室"}, Chair: mayor}
		if d.Month() == 8 && d.Day() <= 7 {
			m.Status, m.CancelReason = data.StatusCancelled, "市长赴省参加防汛工作会议"
		}
		add(m)
	}
	// 四十三: topical meetings, twice a month, chaired by the vice-mayors.
	subjects := []string{"城区老旧小区改造", "天目湖旅游度假区配套", "农村人居环境整治", "重点项目开工", "安全生产隐患排查", "义务教育学位供给", "医保基金监管", "秸秆禁烧"}
	units := []string{"住建局", "文体旅局", "农业农村局", "发改委", "应急局", "教育局", "医保局", "生态环境局"}
	for mo := 1; mo <= 12; mo++ {
		for half := range 2 {
			i := (mo*2 + half) % len(subjects)
			d := w.nextWorkday(time.Date(year, time.Month(mo), 10+half*12, 0, 0, 0, 0, time.UTC))
			s, e := at(d, 14, 30, 90)
			members := []string{w.heads[units[i]], w.heads["财政局"], w.heads["资规局"]}
			add(data.BatchMeeting{
				Meeting: data.Meeting{Title: "关于" + subjects[i] + "的专题会议", Kind: data.MeetingTopical, Start: s, End: e, Place: "市行政中心五楼小会议室"},
				Chair:   vices[(mo+half)%len(vices)], Members: members,
			})
		}
	}
	// 四十四: city-wide conferences in the plan, and departments' meetings.
	b.Plan = []data.PlanEntry{
		{Year: year, Title: "全市安全生产工作会议", Month: 3},
		{Year: year, Title: "全市优化营商环境大会", Month: 5, Note: "待定"},
		{Year: year, Title: "全市经济工作会议", Month: 12},
	}
	for _, c := range []struct {
		title   string
		day     time.Time
		planned bool
	}{
		{"全市安全生产工作会议", time.Date(year, 3, 12, 0, 0, 0, 0, time.UTC), true},
		{"全市防汛抗旱工作会议", time.Date(year, 6, 9, 0, 0, 0, 0, time.UTC), false},
		{"全市经济工作会议", time.Date(year, 12, 22, 0, 0, 0, 0, time.UTC), true},
	} {
		s, e := at(w.nextWorkday(c.day), 9, 0, 120)
		m := data.BatchMeeting{Meeting: data.Meeting{Title: c.title, Kind: data.MeetingCityWide, Start: s, End: e, Place: "市行政中心一楼报告厅"}, Chair: mayor}
		if c.planned {
			m.Plan = c.title
		} else {
			// unplanned: the 副市长 for 水利 reviewed it, the 市长 approved it (四十四)
			m.Reviewer, m.Approver = vices[1], mayor
		}
		add(m)
	}
	for _, d := range []struct{ unit, short, title string }{
		{"溧阳市教育局", "教育局", "全市教育系统工作会议"}, {"溧阳市卫生健康委员会", "卫健委", "全市卫生健康工作会议"}, {"溧阳市应急管理局", "应急局", "全市应急管理系统工作会议"},
	} {
		s, e := at(w.nextWorkday(time.Date(year, 3, 3+len(d.title)%20, 0, 0, 0, 0, time.UTC)), 9, 0, 90)
		add(data.BatchMeeting{Meeting: data.Meeting{Title: d.title, Kind: data.MeetingDepartment, Start: s, End: e, Place: d.short + "会议室"}, Chair: w.heads[d.short], Unit: d.unit})
	}
	return b
}

// outcome settles a meeting's status by its date and, for the demo, what
// happened: leave asked and decided, who came late, who stayed away.
func (w *world) outcome(m data.BatchMeeting) data.BatchMeeting {
	day := m.Start
	switch {
	case m.Status == data.StatusCancelled:
	case day.Before(time.Date(Today.Year(), 10, 1, 0, 0, 0, 0, time.UTC)):
		m.Status = data.StatusArchived
	case day.Before(Today):
		m.Status = data.StatusHeld
	case day.Before(Today.AddDate(0, 0, 14)):
		m.Status = data.StatusNotified
	default:
		m.Status = data.StatusPlanning
	}
	if m.Status == data.StatusCancelled {
		return m
	}
	var unit int64
	for _, u := range w.units {
		if u.Name == m.Unit {
			unit = u.ID
		}
	}
	ps := w.participants(m.Kind, m.Chair, unit)
	everyone := append(append(append([]string{}, ps[data.AttendMember]...), ps[data.AttendObserver]...), m.Members...)
	filed := time.Date(day.Year(), day.Month(), day.Day(), 10, 0, 0, 0, time.Local).AddDate(0, 0, -2)
	held := m.Status == data.StatusHeld || m.Status == data.StatusArchived
	m.Attendance = map[string]data.AttendStatus{}
	switch m.Kind {
	case data.MeetingExecutive, data.MeetingPlenary:
		// a unit head asks the 办公室主任, who submits it to the 市长 (六十一)
		var heads []string
		for _, n := range ps[data.AttendObserver] {
			if w.isHead(n) {
				heads = append(heads, n)
			}
		}
		if m.Kind == data.MeetingPlenary {
			heads = ps[data.AttendMember][9:]
		}
		who := w.pick(heads)
		l := data.BatchLeave{
			Person: who, Reason: w.pick([]string{"赴省厅参加业务培训", "陪同省考察组调研", "参加市人大常委会会议", "处置突发事件"}), Filed: filed,
			Substitute: string(surnames[w.r.IntN(len(surnames))]) + "某", SubstitutePost: "副职",
		}
		if held {
			l.Decisions = []bool{true, true}
			if w.r.IntN(4) == 0 {
				l.Decisions, l.Substitute, l.SubstitutePost = []bool{true, false}, "", ""
				m.Attendance[who] = data.AttendAbsent // refused, and stayed away all the same
			}
		}
		m.Leaves = append(m.Leaves, l)
	case data.MeetingMayorOffice:
		if w.r.IntN(3) == 0 {
			vice := w.pick(ps[data.AttendMember][1:])
			l := data.BatchLeave{Person: vice, Reason: "赴外地招商", LeavesTown: true, Filed: filed}
			if held {
				l.Decisions = []bool{true}
			}
			m.Leaves = append(m.Leaves, l)
		}
	}
	if held {
		late := w.pick(everyone)
		if _, taken := m.Attendance[late]; !taken && late != m.Chair && !w.onLeave(m, late) {
			m.Attendance[late] = data.AttendLate
		}
		if w.r.IntN(5) == 0 {
			gone := w.pick(everyone)
			if _, taken := m.Attendance[gone]; !taken && gone != m.Chair && !w.onLeave(m, gone) {
				m.Attendance[gone] = data.AttendAbsent
			}
		}
	}
	return m
}

func (w *world) onLeave(m data.BatchMeeting, name string) bool {
	for _, l := range m.Leaves {
		if l.Person == name {
			return true
		}
	}
	return false
}

func (w *world) isHead(name string) bool {
	for _, p := range w.people {
		if p.Name == name {
			return p.HasRole(data.RoleUnitHead) && !p.HasRole(data.RoleOfficeDirector)
		}
	}
	return false
}
