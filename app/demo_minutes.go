package app

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"huiwu/data"
	"huiwu/data/demo"
	"huiwu/data/store"
)

// demoMinutesCount is how many of the latest held meetings get a 纪要.
const demoMinutesCount = 10

// loadDemoMinutes replays the demonstration 纪要 and 督办 tasks through the
// store, the clock set to each step's day: the latest held meetings each get
// a draft, the secretary's text, and as many steps of the chain as the days
// since the meeting allow — so the oldest are signed (one corrected) and the
// newest still in draft. Each signed 纪要's items become tasks that end up
// in every status by the demo's today.
func loadDemoMinutes(ctx context.Context, s *store.Store) error {
	on, restore := demoClock(s)
	defer restore()
	meetings, err := demoMinutesMeetings(ctx, s)
	if err != nil {
		return err
	}
	unit, err := unitsByShortName(ctx, s)
	if err != nil {
		return err
	}
	item, task := 0, 0
	for i, m := range meetings {
		day := dayOf(m.Start)
		on(day.AddDate(0, 0, 1))
		n, err := s.DraftMinutes(ctx, m.ID)
		if err != nil {
			return fmt.Errorf("demo 纪要 of %s: %w", m.Title, err)
		}
		vs, err := s.MinutesVersions(ctx, n.ID)
		if err != nil {
			return err
		}
		text, items := demoText(vs[0].Body, &item)
		if _, err := s.SaveMinutesText(ctx, n.ID, text, 1); err != nil {
			return err
		}
		n, _ = s.MinutesOf(ctx, n.ID)
		n.Distribution = "市各委办局，各镇人民政府，各街道办事处。"
		if i%3 != 2 { // some still lack their 公开属性: 签发 waits for it (五十)
			n.Disclosure = data.Disclosures[1+i%3]
		}
		if n, err = s.SaveMinutes(ctx, n); err != nil {
			return err
		}
		// The newest three stop short: in draft, sent up, reviewed.
		steps := min(3, len(meetings)-1-i)
		signed, err := demoSign(ctx, s, n, day, steps, on)
		if err != nil {
			return err
		}
		if signed.IsZero() {
			continue
		}
		if i == 0 {
			on(signed.AddDate(0, 0, 2))
			if _, err := s.CorrectMinutes(ctx, n.ID, strings.Replace(text, "现纪要如下：", "现将会议议定事项纪要如下：", 1), "开头一句按规范表述更正"); err != nil {
				return err
			}
		}
		for _, it := range items {
			if err := demoTask(ctx, s, n.ID, it[0], unit[it[1]], unit, signed, task, on); err != nil {
				return err
			}
			task++
		}
	}
	return demoOtherTasks(ctx, s, unit, on)
}

// demoMinutesMeetings are the latest held meetings that have 纪要 by
// practice (全体、常务、市长办公、专题), oldest first.
func demoMinutesMeetings(ctx context.Context, s *store.Store) ([]data.Meeting, error) {
	var out []data.Meeting
	for _, st := range []data.MeetingStatus{data.StatusHeld, data.StatusArchived} {
		ms, err := s.Meetings(ctx, data.MeetingFilter{Status: st})
		if err != nil {
			return nil, err
		}
		for _, m := range ms {
			switch m.Kind {
			case data.MeetingPlenary, data.MeetingExecutive, data.MeetingMayorOffice, data.MeetingTopical:
				if m.Start.Before(demo.Today) {
					out = append(out, m)
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b data.Meeting) int { return a.Start.Compare(b.Start) })
	if len(out) > demoMinutesCount {
		out = out[len(out)-demoMinutesCount:]
	}
	return out, nil
}

// demoText fills the draft: what the meeting studied, and two written
// sections when the agenda gave none. It returns the written sections'
// headings with their lead units, for the tasks.
func demoText(draft string, next *int) (string, [][2]string) {
	text := strings.Replace(draft, "……", demo.MinutesStudied, 1)
	if strings.Contains(text, "\n# ") {
		return text, nil
	}
	var items [][2]string
	for k := range 2 {
		it := demo.MinutesItems[*next%len(demo.MinutesItems)]
		*next++
		heading := []string{"一", "二"}[k] + "、" + it.Heading
		text += "\n# " + heading + "\n" + it.Text
		items = append(items, [2]string{data.HeadingSubject(heading), it.Unit})
	}
	return text, items
}

// demoSign records up to steps steps, as many as the days since the
// meeting allow: 起草 two days after, 审核 the day after, 签发 the day after
// that — never past the demo's today. A chain the rules cannot settle stays in draft. It
// returns the day of 签发, or zero.
func demoSign(ctx context.Context, s *store.Store, n data.Minutes, held time.Time, steps int, on func(time.Time)) (time.Time, error) {
	chain, err := s.SignChain(ctx, n.ID)
	if err != nil {
		return time.Time{}, nil //nolint:nilerr // the page shows why; the demo keeps the draft
	}
	for k, st := range chain {
		day := held.AddDate(0, 0, 2+k)
		if k >= steps || !day.Before(demo.Today) {
			return time.Time{}, nil
		}
		on(day)
		opinion := map[string]string{"审核": "已按会议意见核改，请审签。", "签发": "同意印发。"}[st.Stage]
		if _, err := s.SignMinutes(ctx, n.ID, data.SignAction{PersonID: st.PersonID, Day: day, Opinion: opinion}); err != nil {
			if st.Stage == "签发" && n.Disclosure == "" {
				return time.Time{}, nil // refused under 五十, as the screen would show
			}
			return time.Time{}, err
		}
		if st.Stage == "签发" {
			return day, nil
		}
	}
	return time.Time{}, nil
}

// demoTask makes the k-th demo task, an item of a signed 纪要, and carries
// it to one of the statuses by its due date: closed on time, closed late,
// in progress, overdue after a reminder, or simply open.
func demoTask(ctx context.Context, s *store.Store, minutesID int64, title string, lead int64, unit map[string]int64, signed time.Time, k int, on func(time.Time)) error {
	on(signed)
	due := signed.AddDate(0, 0, []int{10, 20, 15, 12, 40}[k%5])
	help := unit["财政局"]
	if lead == help {
		help = unit["审计局"]
	}
	t, err := s.SaveTask(ctx, data.Task{
		Source: data.SourceMinutes, MinutesID: minutesID, Title: title, LeadUnitID: lead,
		HelpUnitIDs: []int64{help}, Assigned: signed, Due: due,
	})
	if err != nil {
		return err
	}
	return demoFollow(ctx, s, t, k, on)
}

func demoFollow(ctx context.Context, s *store.Store, t data.Task, k int, on func(time.Time)) error {
	notes := demo.MinutesTaskNotes
	past := func(d time.Time) bool { return d.Before(demo.Today) }
	note := func(kind, text string, d time.Time) error {
		if !past(d) {
			return nil
		}
		on(d)
		return s.AddTaskNote(ctx, data.TaskNote{TaskID: t.ID, Kind: kind, Day: d, Text: text})
	}
	closeOn := func(d time.Time, result string) error {
		if !past(d) {
			return nil
		}
		on(d)
		cur, err := s.Tasks(ctx, data.TaskFilter{})
		if err != nil {
			return err
		}
		for _, c := range cur {
			if c.ID == t.ID {
				_, err = s.CloseTask(ctx, t.ID, c.Version, d, result)
			}
		}
		return err
	}
	switch k % 5 {
	case 0:
		if err := note("feedback", notes.Feedback, t.Assigned.AddDate(0, 0, 4)); err != nil {
			return err
		}
		return closeOn(t.Due.AddDate(0, 0, -1), notes.Result)
	case 1:
		if err := note("reminder", notes.Reminder, t.Due.AddDate(0, 0, 1)); err != nil {
			return err
		}
		return closeOn(t.Due.AddDate(0, 0, 4), notes.LateResult)
	case 2:
		return note("feedback", notes.Feedback, t.Assigned.AddDate(0, 0, 5))
	case 3:
		return note("reminder", notes.Reminder, t.Due.AddDate(0, 0, 2))
	}
	return nil
}

// demoOtherTasks are a leader's 批示 and a 人大代表建议 and a 政协委员提案
// (三十), entered a month before the demo's today.
func demoOtherTasks(ctx context.Context, s *store.Store, unit map[string]int64, on func(time.Time)) error {
	people, err := s.People(ctx)
	if err != nil {
		return err
	}
	var mayor int64
	for _, p := range people {
		if p.HasRole(data.RoleMayor) && p.Active {
			mayor = p.ID
		}
	}
	start := demo.Today.AddDate(0, -1, 0)
	on(start)
	for i, t := range []data.Task{
		{Source: data.SourceInstruction, LeaderID: mayor, Reference: "请市交通局会同公安局抓紧研究，月底前报方案。", Title: "城区学校周边交通拥堵治理", LeadUnitID: unit["交通局"], HelpUnitIDs: []int64{unit["公安局"], unit["教育局"]}, Assigned: start, Due: start.AddDate(0, 0, 25)},
		{Source: data.SourceNPC, Reference: "市人大代表建议第27号", Title: "增设农村客运班线", LeadUnitID: unit["交通局"], Assigned: start, Due: start.AddDate(0, 0, 60)},
		{Source: data.SourceCPPCC, Reference: "市政协提案第41号", Title: "加快社区养老服务设施建设", LeadUnitID: unit["民政局"], HelpUnitIDs: []int64{unit["卫健委"]}, Assigned: start, Due: start.AddDate(0, 0, 20)},
	} {
		on(start)
		saved, err := s.SaveTask(ctx, t)
		if err != nil {
			return err
		}
		if err := demoFollow(ctx, s, saved, []int{3, 2, 0}[i], on); err != nil {
			return err
		}
	}
	return nil
}

func dayOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
