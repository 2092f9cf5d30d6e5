package screens

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// meetingsScreen is the meetings list with its filters; opening a meeting
// swaps the list for the meeting's page, and 返回 swaps it back.
type meetingsScreen struct {
	env    *Env
	list   recordList[data.Meeting]
	filter data.MeetingFilter
	people []data.Person
	units  []data.Unit

	kind, status, year *widget.Select
	stack              *fyne.Container
	listView           fyne.CanvasObject
	page               *meetingPage
	plan               *planView
	calendar           *calendarView
	plans              []data.PlanEntry
	// whole is set once the list is asked for every meeting of the filter
	// (显示更多, a search, a saved meeting outside the window); read is the
	// filter last read, so that a new filter opens on the window again.
	whole  bool
	read   data.MeetingFilter
	window [2]int // meetingsBefore and meetingsAfter; smaller in tests
}

// The 会议 list's window: the meetings before today it reads (the latest)
// and from today on. The window shows some fifteen rows, with today's (or
// the next) meeting at the top; a year holds some 500 meetings.
const (
	meetingsBefore = 40
	meetingsAfter  = 60
)

func newMeetingsScreen(env *Env) *meetingsScreen {
	s := &meetingsScreen{env: env, filter: data.MeetingFilter{Year: env.now().Year()}, window: [2]int{meetingsBefore, meetingsAfter}}
	s.list = recordList[data.Meeting]{
		env: env, columns: 7, unit: lang.L("unit.meetings"),
		cells: func(m data.Meeting) []string {
			return []string{
				dateText(m.Start) + " " + m.Start.Format("15:04"), kindNumber(m), m.Title, m.Place, m.ChairName, statusLabel(m.Status),
				fmt.Sprintf(lang.L("meeting.lean"), m.HeadCount, m.Minutes()),
			}
		},
		match: func(m data.Meeting, q string) bool {
			return containsFold(q, m.Title, m.Place, m.ChairName, kindLabel2(m.Kind), dateKeys(m.Start))
		},
		name:   func(m data.Meeting) string { return m.Title },
		id:     func(m data.Meeting) int64 { return m.ID },
		onOpen: func(m data.Meeting) { s.open(m.ID) },
		// upcoming first in view: today's (or the next) meeting at the top,
		// the year's past meetings above it
		anchor:  func(m data.Meeting) bool { return !m.Start.Before(startOfDay(env.now())) },
		weights: []float32{3.2, 1.7, 2.8, 1.3, 0.9, 0.9, 1.7},
		onNew:   func() { s.New() },
		onEdit:  func(m data.Meeting) { s.openForm(m, 0) },
		remove: func(ctx context.Context, m data.Meeting) error {
			return env.Meetings.DeleteMeeting(ctx, m.ID, m.Version)
		},
		reload: s.reload,
		more:   func(bool) { s.whole = true; s.reload() },
	}
	return s
}

func (s *meetingsScreen) build() fyne.CanvasObject {
	first := widget.NewButtonWithIcon(lang.L("meetings.new"), theme.ContentAddIcon(), s.New)
	first.Importance = widget.HighImportance
	s.list.empty = emptyState(lang.L("empty.meetings"), first)
	v := s.list.build(lang.L("meetings.search"), []string{
		lang.L("field.时间"), lang.L("field.会议类型"), lang.L("field.会议名称"),
		lang.L("field.地点"), lang.L("field.主持人"), lang.L("field.状态"), lang.L("meeting.leanhead"),
	})
	all := lang.L("option.all")
	kinds := []string{all}
	for _, k := range data.MeetingKinds {
		kinds = append(kinds, kindLabel2(k))
	}
	s.kind = newSelect(kinds, func(v string) {
		s.filter.Kind = ""
		for _, k := range data.MeetingKinds {
			if kindLabel2(k) == v {
				s.filter.Kind = k
			}
		}
		s.reload()
	})
	statuses := []string{all}
	for _, st := range data.MeetingStatuses {
		statuses = append(statuses, statusLabel(st))
	}
	s.status = newSelect(statuses, func(v string) {
		s.filter.Status = ""
		for _, st := range data.MeetingStatuses {
			if statusLabel(st) == v {
				s.filter.Status = st
			}
		}
		s.reload()
	})
	s.year = yearSelect(s.filter.Year, s.env.now().Year(), func(y int) {
		s.filter.Year = y
		s.reload()
	})
	s.kind.SetSelected(all)
	s.status.SetSelected(all)
	open := s.list.rowButton(lang.L("meeting.open"), theme.NavigateNextIcon(), s.list.open)
	open.Importance = widget.HighImportance
	cp := s.list.rowButton(lang.L("meeting.copy"), theme.ContentCopyIcon(), func(m data.Meeting) { s.openForm(copyOf(m), m.ID) })
	plan := widget.NewButtonWithIcon(lang.L("plan.open"), theme.ListIcon(), s.showPlan)
	cal := widget.NewButtonWithIcon(lang.L("meetingcal.open"), theme.GridIcon(), s.showCalendar)
	guard := newActionGuard()
	guard.add(open, needRow(&s.list))
	guard.add(cp, needRow(&s.list))
	s.list.changed = guard.update
	guard.update()
	bar := container.NewHBox(widget.NewLabel(lang.L("field.会议类型")), s.kind, widget.NewLabel(lang.L("field.状态")), s.status,
		widget.NewLabel(lang.L("field.年份")), s.year, layoutSpacer(), open, cp, cal, plan)
	// Why 打开 and 复制 wait is said on the list's last line, shown only
	// while they do: the bar has no room left on a 1024-pixel screen.
	s.listView = container.NewBorder(bar, guard.hint, nil, nil, v)
	s.stack = container.NewStack(s.listView)
	s.reload()
	return s.stack
}

// copyOf is a new meeting like m a month later (a monthly meeting's usual
// next date), for the copy form to adjust.
func copyOf(m data.Meeting) data.Meeting {
	c := m
	c.ID, c.Version, c.Number, c.Status, c.CancelReason, c.Overrides = 0, 0, 0, data.StatusPlanning, "", nil
	c.Start, c.End = m.Start.AddDate(0, 1, 0), m.End.AddDate(0, 1, 0)
	return c
}

func (s *meetingsScreen) reload() {
	if s.stack == nil {
		return // the filters' first selections, before build is done
	}
	type all struct {
		meetings []data.Meeting
		total    int
		people   []data.Person
		units    []data.Unit
		plans    []data.PlanEntry
	}
	f := s.filter
	if f != s.read {
		s.whole = false
	}
	s.read = f
	whole, day, window := s.whole, startOfDay(s.env.now()), s.window
	load(s.env, func(ctx context.Context) (all, error) {
		var a all
		var err error
		if whole {
			a.meetings, err = s.env.Meetings.Meetings(ctx, f)
			a.total = len(a.meetings)
		} else {
			a.meetings, a.total, err = s.env.Meetings.MeetingsAround(ctx, f, day, window[0], window[1])
		}
		if err != nil {
			return a, err
		}
		if a.people, err = s.env.Roster.People(ctx); err != nil {
			return a, err
		}
		if a.units, err = s.env.Roster.Units(ctx); err != nil {
			return a, err
		}
		a.plans, err = s.env.Meetings.PlanEntries(ctx, 0)
		return a, err
	}, func(a all) {
		s.people, s.units, s.plans = a.people, a.units, a.plans
		s.list.setPage(a.meetings, a.total)
	})
}

// showSaved reloads the list with the meeting just saved selected and in
// view; filters that would hide it give way to its year.
func (s *meetingsScreen) showSaved(m data.Meeting) {
	s.list.selectID(m.ID)
	if !s.filter.Matches(m) {
		all := lang.L("option.all")
		s.filter = data.MeetingFilter{Year: m.Start.Year()}
		setQuietly(s.kind, all)
		setQuietly(s.status, all)
		if !setQuietly(s.year, strconv.Itoa(m.Start.Year())) {
			s.filter.Year = 0 // a year the select does not offer
			setQuietly(s.year, all)
		}
	}
	s.reload()
}

// FocusSearch puts the cursor in the search field (Ctrl+F): the sign-in's
// name field when a meeting's sign-in is showing, else the list's.
func (s *meetingsScreen) FocusSearch() {
	if s.page != nil && s.page.tabs.SelectedIndex() == tabSignIn {
		s.env.Window.Canvas().Focus(s.page.signin.search)
		return
	}
	s.list.FocusSearch()
}

// New opens the form for a new meeting (Ctrl+N).
func (s *meetingsScreen) New() { s.newForm() }

// newForm opens the form on a meeting at 09:00 on the next working day:
// the earliest a meeting is usually called, and never a weekend or holiday.
func (s *meetingsScreen) newForm() *formDialog {
	day := s.env.nextWorkday()
	start := time.Date(day.Year(), day.Month(), day.Day(), 9, 0, 0, 0, time.UTC)
	return s.openForm(data.Meeting{Kind: data.MeetingExecutive, Start: start, End: start.Add(2 * time.Hour), Status: data.StatusPlanning}, 0)
}

// open shows the page of meeting id in place of the list.
func (s *meetingsScreen) open(id int64) {
	s.page = newMeetingPage(s, id)
	s.stack.Objects = []fyne.CanvasObject{s.page.build()}
	// Laid out and repainted, not refreshed: Container.Refresh refreshes
	// every widget of the new page once more, though a new widget draws
	// itself as it is — the tab bar laid out again with each tab's hidden
	// close icon read anew, every button's icon read and coloured again.
	// That was a third of opening the page.
	s.stack.Layout.Layout(s.stack.Objects, s.stack.Size())
	canvas.Refresh(s.stack)
}

// back returns from a meeting's page to the list.
func (s *meetingsScreen) back() {
	if s.page != nil && s.calendar != nil {
		// from a meeting opened on the calendar, back to the calendar
		s.page = nil
		s.stack.Objects = []fyne.CanvasObject{s.calendar.view}
		s.stack.Refresh()
		s.calendar.reload()
		return
	}
	if s.page != nil {
		s.list.selectID(s.page.id) // back on the meeting just left
	}
	s.page, s.plan, s.calendar = nil, nil, nil
	s.stack.Objects = []fyne.CanvasObject{s.listView}
	s.stack.Refresh()
	s.reload()
}

// showWarnings tells of a leader or room booked at the same time.
func (s *meetingsScreen) showWarnings(warnings []string) {
	if len(warnings) == 0 {
		return
	}
	msg := lang.L("meeting.conflicts")
	for _, w := range warnings {
		msg += "\n• " + w
	}
	dialog.ShowInformation(lang.L("meeting.conflicts.title"), msg, s.env.Window)
}

func layoutSpacer() fyne.CanvasObject { return widget.NewLabel("") }

// sized gives an entry a fixed width in a row of buttons, where it would
// otherwise shrink to its placeholder.
func sized(o fyne.CanvasObject, width float32) fyne.CanvasObject {
	return container.NewGridWrap(fyne.NewSize(width, o.MinSize().Height), o)
}

func kindLabel2(k data.MeetingKind) string     { return lang.L("meetingkind." + string(k)) }
func statusLabel(st data.MeetingStatus) string { return lang.L("meetingstatus." + string(st)) }

func kindNumber(m data.Meeting) string {
	if m.Number > 0 {
		return fmt.Sprintf(lang.L("meeting.number"), kindLabel2(m.Kind), m.Number)
	}
	return kindLabel2(m.Kind)
}
