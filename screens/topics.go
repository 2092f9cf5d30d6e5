package screens

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/rules"
)

// topicsScreen is the register of agenda topics (议题) with their step of
// 四十一 and what each still lacks; opening one swaps the list for its page.
type topicsScreen struct {
	env    *Env
	list   recordList[data.Topic]
	filter data.TopicFilter
	units  []data.Unit
	// meetings are those of the 年度 (every one under 全部), the upcoming
	// ones the form and the dialogs offer, and any other a listed topic is
	// on: not the decade's.
	meetings []data.Meeting

	state    *widget.Select
	year     *widget.Select
	month    *widget.Select // the month of the meetings, for the 市长's choice (四十一 step 5)
	stack    *fyne.Container
	listView fyne.CanvasObject
	page     *topicPage
	agenda   *agendaDialog // the agenda a scene opened, while open
}

func newTopicsScreen(env *Env) *topicsScreen {
	s := &topicsScreen{env: env, filter: data.TopicFilter{Year: env.now().Year()}}
	s.list = recordList[data.Topic]{
		env: env, columns: 6, unit: lang.L("unit.topics"),
		cells: func(t data.Topic) []string {
			return []string{s.meetingDay(t.MeetingID), t.Title, t.UnitName, topicStateText(t), fmt.Sprintf(lang.L("topics.minutes"), t.Minutes), missingText(t.Missing)}
		},
		match: func(t data.Topic, q string) bool {
			return containsFold(q, append([]string{t.Title, t.UnitName, t.Reporter, t.LeaderName, t.Summary, topicStateText(t), s.meetingName(t.MeetingID)}, t.MaterialNames...)...)
		},
		name:    func(t data.Topic) string { return t.Title },
		id:      func(t data.Topic) int64 { return t.ID },
		onOpen:  func(t data.Topic) { s.open(t.ID) },
		weights: []float32{2.6, 3.3, 1.7, 1.6, 1, 1.8},
		onNew:   func() { s.New() },
		onEdit:  func(t data.Topic) { s.openForm(t) },
		remove:  func(ctx context.Context, t data.Topic) error { return env.Topics.DeleteTopic(ctx, t.ID, t.Version) },
		reload:  s.reload,
	}
	return s
}

func (s *topicsScreen) build() fyne.CanvasObject {
	first := widget.NewButtonWithIcon(lang.L("topics.new"), theme.ContentAddIcon(), s.New)
	first.Importance = widget.HighImportance
	s.list.empty = emptyState(lang.L("empty.topics"), first)
	s.list.narrowed = func() bool { return s.filter.State != "" || !s.filter.Month.IsZero() }
	v := s.list.build(lang.L("topics.search"), []string{
		lang.L("field.会议日期"), lang.L("field.议题名称"), lang.L("field.申报单位"), lang.L("field.状态"), lang.L("field.汇报时间"), lang.L("field.尚缺"),
	})
	all := lang.L("option.all")
	states := []string{all}
	for _, st := range data.TopicStates {
		states = append(states, topicStateLabel(st))
	}
	s.state = newSelect(states, func(v string) {
		s.filter.State = ""
		for _, st := range data.TopicStates {
			if topicStateLabel(st) == v {
				s.filter.State = st
			}
		}
		s.reload()
	})
	s.state.SetSelected(all)
	open := s.list.rowButton(lang.L("topic.open"), theme.NavigateNextIcon(), s.list.open)
	open.Importance = widget.HighImportance
	agenda := widget.NewButtonWithIcon(lang.L("agenda.button"), theme.ListIcon(), s.openAgenda)
	s.month = newSelect([]string{all}, func(v string) {
		s.filter.Month = time.Time{}
		if m, err := time.Parse("2006-01", v); err == nil {
			s.filter.Month = m
		}
		s.reload()
	})
	s.month.SetSelected(all)
	s.year = yearSelect(s.filter.Year, s.env.now().Year(), func(y int) {
		s.filter.Year = y
		if s.month.Selected != all {
			s.month.SetSelected(all) // the months on offer are the new year's; this reloads
			return
		}
		s.reload()
	})
	bar := container.NewHBox(widget.NewLabel(lang.L("field.状态")), s.state, widget.NewLabel(lang.L("field.年份")), s.year,
		widget.NewLabel(lang.L("field.月份")), s.month, layoutSpacer(), open, agenda)
	s.listView = container.NewBorder(bar, nil, nil, nil, v)
	s.stack = container.NewStack(s.listView)
	s.reload()
	return s.stack
}

func (s *topicsScreen) reload() {
	if s.stack == nil {
		return // the filter's first selection, before build is done
	}
	type all struct {
		topics   []data.Topic
		units    []data.Unit
		meetings []data.Meeting
	}
	f := s.filter
	load(s.env, func(ctx context.Context) (all, error) {
		var a all
		var err error
		if a.topics, err = s.env.Topics.Topics(ctx, f); err != nil {
			return a, err
		}
		if a.meetings, err = topicMeetings(ctx, s.env.Meetings, f.Year, a.topics); err != nil {
			return a, err
		}
		a.units, err = s.env.Roster.Units(ctx)
		return a, err
	}, func(a all) {
		s.units, s.meetings = a.units, a.meetings
		months := []string{lang.L("option.all")}
		for _, m := range a.meetings {
			if ym := m.Start.Format("2006-01"); !slices.Contains(months, ym) {
				months = append(months, ym)
			}
		}
		if s.month.Selected != months[0] && !slices.Contains(months, s.month.Selected) {
			months = append(months, s.month.Selected) // the month chosen stays on offer while chosen
		}
		s.month.Options = months
		s.month.Refresh()
		s.list.setRecords(a.topics)
	})
}

// topicMeetings are the meetings the topics screen names and offers: the
// year's (every one for year 0), the upcoming ones a topic may be put on,
// and those of the listed topics outside both (a topic still waiting from
// an earlier year), in order of their start.
func topicMeetings(ctx context.Context, ms data.MeetingService, year int, topics []data.Topic) ([]data.Meeting, error) {
	out, err := ms.Meetings(ctx, data.MeetingFilter{Year: year})
	if err != nil || year == 0 {
		return out, err
	}
	have := map[int64]bool{}
	for _, m := range out {
		have[m.ID] = true
	}
	upcoming, err := ms.Meetings(ctx, data.MeetingFilter{From: time.Now()})
	if err != nil {
		return nil, err
	}
	for _, m := range upcoming {
		if !have[m.ID] {
			have[m.ID] = true
			out = append(out, m)
		}
	}
	for _, t := range topics {
		if t.MeetingID == 0 || have[t.MeetingID] {
			continue
		}
		m, err := ms.Meeting(ctx, t.MeetingID)
		if err != nil {
			return nil, err
		}
		have[m.ID] = true
		out = append(out, m)
	}
	slices.SortStableFunc(out, func(a, b data.Meeting) int { return a.Start.Compare(b.Start) })
	return out, nil
}

// FocusSearch puts the cursor in the search field (Ctrl+F).
func (s *topicsScreen) FocusSearch() { s.list.FocusSearch() }

// New opens the form for a new topic for a 常务会议 (Ctrl+N).
func (s *topicsScreen) New() {
	s.openForm(data.Topic{MeetingKind: data.MeetingExecutive, Minutes: 15})
}

// open shows topic id's page in place of the list.
func (s *topicsScreen) open(id int64) {
	s.page = newTopicPage(s, id)
	s.stack.Objects = []fyne.CanvasObject{s.page.build()}
	s.stack.Refresh()
}

// back returns from a page to the list.
func (s *topicsScreen) back() {
	if s.page != nil {
		s.list.selectID(s.page.id) // back on the record just left
	}
	s.page = nil
	s.stack.Objects = []fyne.CanvasObject{s.listView}
	s.stack.Refresh()
	s.reload()
}

func (s *topicsScreen) meeting(id int64) (data.Meeting, bool) {
	for _, m := range s.meetings {
		if m.ID == id {
			return m, true
		}
	}
	return data.Meeting{}, false
}

func (s *topicsScreen) meetingDay(id int64) string {
	if m, ok := s.meeting(id); ok {
		return dateText(m.Start)
	}
	return "—"
}

// meetingName is how a meeting is named in lists and selects.
func (s *topicsScreen) meetingName(id int64) string {
	if m, ok := s.meeting(id); ok {
		return meetingChoice(m)
	}
	return ""
}

func meetingChoice(m data.Meeting) string { return dateText(m.Start) + " " + m.Title }

func topicStateLabel(st data.TopicState) string { return lang.L("topicstate." + string(st)) }
func outcomeLabel(o rules.TopicOutcome) string  { return lang.L("outcome." + string(o)) }

// topicStateText is a topic's state with its outcome or reason.
func topicStateText(t data.Topic) string {
	s := topicStateLabel(t.State)
	switch {
	case t.Outcome != "":
		s += "（" + outcomeLabel(rules.TopicOutcome(t.Outcome)) + "）"
	case t.StateReason != "" && (t.State == data.TopicDeferred || t.State == data.TopicReturned):
		s += "：" + t.StateReason
	}
	return s
}

func missingText(ms []string) string {
	if len(ms) == 0 {
		return "—"
	}
	return strings.Join(ms, "；")
}
