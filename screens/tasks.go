package screens

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// tasksScreen is the 督办 list (三十, 三十六 to 三十八): overdue first, with
// a scope (by default what is still in hand: every open task and those
// closed this year) and filters by unit, leader and source; from it a task
// is entered, followed up (反馈, 催办) and closed, and the 台账 and 通报 are
// exported.
type tasksScreen struct {
	env    *Env
	list   recordList[data.Task]
	filter data.TaskFilter // all but the scope, which reload adds
	units  []data.Unit
	people []data.Person

	scopeSel, unitSel, sourceSel, leaderSel *widget.Select
	month                                   *keyEntry // the due month filter, 2026-11 or empty
	overdue                                 *widget.Check
	guard                                   *actionGuard // 反馈, 催办, 办结, 办理记录
	stack                                   *fyne.Container
	// limit is how many tasks of the scope are read (0: all), from the
	// top of the order; read is the filter they were read with, so that a
	// new filter starts again at one page.
	limit int
	read  data.TaskFilter
	page  int // tasksPage; smaller in tests
}

// tasksPage is how many tasks the 督办 list reads at a time: a few windows
// of rows. The default scope of a decade is some 3,000.
const tasksPage = 100

func newTasksScreen(env *Env) *tasksScreen {
	s := &tasksScreen{env: env, limit: tasksPage, page: tasksPage}
	s.list = recordList[data.Task]{
		env: env, columns: 7, unit: lang.L("unit.tasks"),
		cells: func(t data.Task) []string {
			return []string{
				t.State(s.env.Tasks.Today()), dayText(t.Due), data.TaskSourceName(t.Source), t.Title, t.LeadUnitName,
				strings.Join(t.HelpUnitNames, "、"), fmt.Sprintf(lang.L("tasks.reminders"), t.Reminders),
			}
		},
		match: func(t data.Task, q string) bool {
			return containsFold(q, t.Title, t.LeadUnitName, strings.Join(t.HelpUnitNames, " "), t.Reference, t.MinutesIssue, t.LeaderName, dateKeys(t.Due))
		},
		name:    func(t data.Task) string { return t.Title },
		id:      func(t data.Task) int64 { return t.ID },
		weights: []float32{0.9, 1.9, 1.6, 3.1, 1.8, 1.6, 0.9},
		onNew:   func() { s.New() },
		onEdit:  s.view,
		remove:  func(ctx context.Context, t data.Task) error { return env.Tasks.DeleteTask(ctx, t.ID, t.Version) },
		reload:  s.reload,
		more:    s.more,
	}
	feedback := s.list.rowButton(lang.L("tasks.feedback"), theme.MailReplyIcon(), func(t data.Task) { s.askNote(t, "feedback") })
	remind := s.list.rowButton(lang.L("tasks.remind"), theme.MailSendIcon(), func(t data.Task) { s.askNote(t, "reminder") })
	closeBtn := s.list.rowButton(lang.L("tasks.close"), theme.ConfirmIcon(), func(t data.Task) { s.askClose(t) })
	history := s.list.rowButton(lang.L("tasks.history"), theme.HistoryIcon(), s.showNotes)
	s.list.extra = []fyne.CanvasObject{feedback, remind, closeBtn, history}
	// A closed task takes no more 反馈, 催办 or 办结; its 办理记录 still opens.
	guard := newActionGuard()
	open := func() string {
		if t, ok := s.list.current(); !ok {
			return lang.L("guard.pick")
		} else if t.Status == data.TaskDone {
			return lang.L("guard.task.closed")
		}
		return ""
	}
	for _, b := range []*widget.Button{feedback, remind, closeBtn} {
		guard.add(b, open)
	}
	guard.add(history, needRow(&s.list))
	s.list.changed = guard.update
	s.guard = guard
	newTask := widget.NewButtonWithIcon(lang.L("tasks.new"), theme.ContentAddIcon(), s.New)
	newTask.Importance = widget.HighImportance
	s.list.empty = emptyState(lang.L("empty.tasks"), newTask)
	return s
}

func (s *tasksScreen) build() fyne.CanvasObject {
	v := s.list.build(lang.L("tasks.search"), []string{
		lang.L("field.状态"), lang.L("field.办结时限"), lang.L("field.来源"), lang.L("field.督办事项"), lang.L("field.牵头单位"), lang.L("field.协办单位"), lang.L("field.催办"),
	})
	all := lang.L("option.all")
	// The scope: a decade holds some 20,000 tasks, of which a secretary
	// follows the open ones and this year's results; older years are one
	// pick away. Open tasks are in the default whatever their year, so an
	// overdue one from years ago still heads the list.
	scopes := []string{lang.L("tasks.scope.current"), all}
	this := s.env.Tasks.Today().Year()
	for y := this; y >= this-10; y-- {
		scopes = append(scopes, strconv.Itoa(y))
	}
	s.scopeSel = newSelect(scopes, func(string) { s.reload() })
	s.scopeSel.SetSelected(scopes[0])
	s.unitSel = newSelect([]string{all}, func(v string) { s.filter.UnitID = s.unitID(v); s.reload() })
	s.leaderSel = newSelect([]string{all}, func(v string) { s.filter.LeaderID = s.personID(v); s.reload() })
	sources := []string{all}
	for _, src := range data.TaskSources {
		sources = append(sources, data.TaskSourceName(src))
	}
	s.sourceSel = newSelect(sources, func(v string) {
		s.filter.Source = ""
		for _, src := range data.TaskSources {
			if data.TaskSourceName(src) == v {
				s.filter.Source = src
			}
		}
		s.reload()
	})
	for _, sel := range []*widget.Select{s.unitSel, s.leaderSel, s.sourceSel} {
		sel.SetSelected(all)
	}
	s.month = newKeyEntry(s.env)
	s.month.SetPlaceHolder(lang.L("tasks.month"))
	s.month.OnSubmitted = func(string) { s.setMonth() }
	s.overdue = widget.NewCheck(lang.L("tasks.overdue"), func(b bool) { s.filter.OverdueOnly = b; s.reload() })
	// Two rows and the exports under 更多: in one row the filters pushed a
	// 1024-pixel window to 1243 and the exports out of reach.
	more := moreButton(s.env,
		fyne.NewMenuItemWithIcon(lang.L("tasks.export.ledger"), theme.DownloadIcon(), func() { s.askExport(false) }),
		fyne.NewMenuItemWithIcon(lang.L("tasks.export.report"), theme.DownloadIcon(), func() { s.askExport(true) }))
	bar := container.NewVBox(
		container.NewHBox(widget.NewLabel(lang.L("field.范围")), s.scopeSel, widget.NewLabel(lang.L("field.单位")), s.unitSel, widget.NewLabel(lang.L("field.领导")), s.leaderSel),
		container.NewBorder(nil, nil, container.NewHBox(widget.NewLabel(lang.L("field.来源")), s.sourceSel, widget.NewLabel(lang.L("field.办结时限")), sized(s.month, 110), s.overdue), more))
	s.guard.update()
	s.stack = container.NewStack(container.NewBorder(bar, s.guard.hint, nil, nil, v))
	s.reload()
	return s.stack
}

type taskView struct {
	tasks  []data.Task
	total  int // the tasks in scope
	units  []data.Unit
	people []data.Person
}

// scoped is the filter with the scope picked: 全部, a year (tasks due in
// it), or the default, open tasks and those closed since 1 January — of
// the year of the store's day, taken at each load so that a program left
// open over New Year moves on.
func (s *tasksScreen) scoped() data.TaskFilter {
	f := s.filter
	switch v := s.scopeSel.Selected; v {
	case lang.L("option.all"):
	case lang.L("tasks.scope.current"):
		f.ClosedSince = time.Date(s.env.Tasks.Today().Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	default:
		f.Year, _ = strconv.Atoi(v)
	}
	return f
}

// reload reads the tasks in scope with the units and leaders the filters
// offer. The signed 纪要 are read by the form when it opens (openForm):
// the list does not need them.
func (s *tasksScreen) reload() {
	if s.stack == nil {
		return
	}
	f := s.scoped()
	if f != s.read {
		s.limit = s.page
	}
	s.read = f
	limit := s.limit
	load(s.env, func(ctx context.Context) (taskView, error) {
		var v taskView
		var err error
		if v.tasks, v.total, err = s.env.Tasks.TasksPage(ctx, f, limit); err != nil {
			return v, err
		}
		if v.units, err = s.env.Roster.Units(ctx); err != nil {
			return v, err
		}
		v.people, err = s.env.Roster.People(ctx)
		return v, err
	}, func(v taskView) {
		s.units, s.people = v.units, v.people
		all := lang.L("option.all")
		unitNames := []string{all}
		for _, u := range v.units {
			unitNames = append(unitNames, u.Name)
		}
		s.unitSel.Options = unitNames
		leaders := []string{all}
		for _, p := range s.leaders() {
			leaders = append(leaders, p.Name)
		}
		s.leaderSel.Options = leaders
		s.list.setPage(v.tasks, v.total)
	})
}

// more reads the next page of the scope, or all of it (a search, or a
// saved task beyond the rows read).
func (s *tasksScreen) more(all bool) {
	if all {
		s.limit = 0
	} else if s.limit > 0 {
		s.limit += s.page
	}
	s.reload()
}

// setMonth filters by the month typed (due dates in it), or clears the
// filter when the field is empty; a month that does not parse is said so.
func (s *tasksScreen) setMonth() {
	s.filter.From, s.filter.To = time.Time{}, time.Time{}
	if m := strings.TrimSpace(s.month.Text); m != "" {
		from, err := time.Parse("2006-01", m)
		if err != nil || from.Year() < 1949 || from.Year() > 2200 {
			showError(s.env, data.Errorf(data.EInvalid, "%s", lang.L("hint.month")))
			return
		}
		s.filter.From, s.filter.To = from, from.AddDate(0, 1, -1)
	}
	s.reload()
}

// leaders are the people who write 批示 and answer for tasks: those with
// a protocol rank.
func (s *tasksScreen) leaders() []data.Person {
	var out []data.Person
	for _, p := range s.people {
		if p.Rank > 0 && p.Active {
			out = append(out, p)
		}
	}
	return out
}

func (s *tasksScreen) unitID(name string) int64 {
	for _, u := range s.units {
		if u.Name == name {
			return u.ID
		}
	}
	return 0
}

func (s *tasksScreen) personID(name string) int64 {
	for _, p := range s.leaders() {
		if p.Name == name {
			return p.ID
		}
	}
	return 0
}

// FocusSearch puts the cursor in the search field (Ctrl+F).
func (s *tasksScreen) FocusSearch() { s.list.FocusSearch() }

// New opens the form for a new task (Ctrl+N).
func (s *tasksScreen) New() {
	today := s.env.Tasks.Today()
	s.openForm(data.Task{Source: data.SourceMinutes, Assigned: today, Due: s.env.workdayFrom(today.AddDate(0, 1, 0))})
}
