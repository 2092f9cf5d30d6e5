package screens

import (
	"context"
	"fmt"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// minutesScreen lists the 纪要 with where each stands on its sign-off chain
// (四十六); 起草纪要 drafts one from a held meeting, and opening one swaps the
// list for its page (minutesPage).
type minutesScreen struct {
	env  *Env
	list recordList[data.Minutes]
	year *widget.Select
	// filter is the list's 年度: the year's 纪要 and every one not yet
	// signed, whatever its year.
	filter data.MinutesFilter
	stack  *fyne.Container
	view   fyne.CanvasObject
	page   *minutesPage
	now    func() time.Time // today, for the date a step is signed; tests fix it
	draft  *formDialog      // the last 新建 dialog (the meeting to draft from)
	picker *filterPicker    // its meeting picker
}

func newMinutesScreen(env *Env) *minutesScreen {
	s := &minutesScreen{env: env, now: time.Now, filter: data.MinutesFilter{Year: env.now().Year(), Unsigned: true}}
	s.list = recordList[data.Minutes]{
		env: env, columns: 6, unit: lang.L("unit.minutes"),
		cells: func(n data.Minutes) []string {
			return []string{
				n.IssueText(), kindLabel2(n.MeetingKind), dateText(n.MeetingDay), n.MeetingTitle,
				data.MinutesStageName(n.Stage), fmt.Sprintf(lang.L("minutes.versions.count"), n.Versions),
			}
		},
		match: func(n data.Minutes, q string) bool {
			return containsFold(q, n.IssueText(), n.MeetingTitle, kindLabel2(n.MeetingKind), data.MinutesStageName(n.Stage), dateKeys(n.MeetingDay))
		},
		name:    func(n data.Minutes) string { return n.IssueText() + " " + n.MeetingTitle },
		id:      func(n data.Minutes) int64 { return n.ID },
		weights: []float32{1.2, 1.2, 2.4, 3.4, 1.2, 0.8},
		onNew:   func() { s.New() },
		onEdit:  func(n data.Minutes) { s.open(n.ID) },
		remove: func(ctx context.Context, n data.Minutes) error {
			return env.Minutes.DeleteMinutes(ctx, n.ID, n.Version)
		},
		reload: s.reload,
	}
	return s
}

func (s *minutesScreen) build() fyne.CanvasObject {
	first := widget.NewButtonWithIcon(lang.L("minutes.draft"), theme.ContentAddIcon(), s.New)
	first.Importance = widget.HighImportance
	s.list.empty = emptyState(lang.L("empty.minutes"), first)
	v := s.list.build(lang.L("minutes.search"), []string{
		lang.L("field.期号"), lang.L("field.会议类型"), lang.L("field.会议日期"), lang.L("field.会议"), lang.L("field.状态"), lang.L("field.版本"),
	})
	open := s.list.rowButton(lang.L("minutes.open"), theme.NavigateNextIcon(), s.list.open)
	open.Importance = widget.HighImportance
	search := widget.NewButtonWithIcon(lang.L("minutes.search.full"), theme.SearchIcon(), func() { s.showSearch() })
	tmpl := widget.NewButtonWithIcon(lang.L("minutes.template"), theme.SettingsIcon(), func() { s.askTemplate() })
	s.year = yearSelect(s.filter.Year, s.env.now().Year(), func(y int) {
		s.filter.Year = y
		s.reload()
	})
	guard := newActionGuard()
	guard.add(open, needRow(&s.list))
	s.list.changed = guard.update
	guard.update()
	note := widget.NewLabel(lang.L("minutes.note"))
	note.Truncation = fyne.TextTruncateEllipsis
	bar := container.NewBorder(nil, nil, container.NewHBox(widget.NewLabel(lang.L("field.年份")), s.year), container.NewHBox(tmpl, search, open), note)
	s.view = container.NewBorder(bar, guard.hint, nil, nil, v)
	s.stack = container.NewStack(s.view)
	s.reload()
	return s.stack
}

func (s *minutesScreen) reload() {
	if s.stack == nil {
		return
	}
	f := s.filter
	load(s.env, func(ctx context.Context) ([]data.Minutes, error) {
		return s.env.Minutes.MinutesList(ctx, f)
	}, s.list.setRecords)
}

// FocusSearch puts the cursor in the search field (Ctrl+F).
func (s *minutesScreen) FocusSearch() { s.list.FocusSearch() }

// New offers the held meetings that have no 纪要 yet and drafts the chosen
// one's (Ctrl+N).
func (s *minutesScreen) New() { s.newDraft(nil) }

// newDraft reads the meetings and opens the 新建 dialog, then hands it to
// then (a screenshot scene narrows its picker) unless then is nil.
func (s *minutesScreen) newDraft(then func(*formDialog)) {
	type pick struct {
		meetings []data.Meeting
		taken    map[int64]bool
	}
	load(s.env, func(ctx context.Context) (pick, error) {
		p := pick{taken: map[int64]bool{}}
		ns, err := s.env.Minutes.MinutesList(ctx, data.MinutesFilter{})
		if err != nil {
			return p, err
		}
		for _, n := range ns {
			p.taken[n.MeetingID] = true
		}
		for _, st := range []data.MeetingStatus{data.StatusHeld, data.StatusArchived} {
			ms, err := s.env.Meetings.Meetings(ctx, data.MeetingFilter{Status: st})
			if err != nil {
				return p, err
			}
			p.meetings = append(p.meetings, ms...)
		}
		return p, nil
	}, func(p pick) {
		f := s.askDraft(draftChoices(p.meetings, p.taken))
		if then != nil {
			then(f)
		}
	})
}

// draftChoices are the held meetings, newest first; those that have their
// 纪要 already stay in the list, marked and not choosable, so that a
// secretary looking for one sees why it cannot be picked.
func draftChoices(meetings []data.Meeting, taken map[int64]bool) []pickItem {
	ms := slices.Clone(meetings)
	slices.SortStableFunc(ms, func(a, b data.Meeting) int { return b.Start.Compare(a.Start) })
	items := make([]pickItem, len(ms))
	for i, m := range ms {
		items[i] = pickItem{ID: m.ID, Label: dateText(m.Start) + "　" + m.Title, Keys: dateKeys(m.Start) + " " + kindNumber(m)}
		if taken[m.ID] {
			items[i].Note, items[i].Off = lang.L("minutes.taken"), true
		}
	}
	return items
}

func (s *minutesScreen) askDraft(items []pickItem) *formDialog {
	picker := newFilterPicker(s.env, items, lang.L("minutes.pick.search"), 8)
	s.picker = picker
	hint := lang.L("hint.minutes.meeting")
	if len(items) == 0 {
		hint = lang.L("minutes.nomeeting")
	}
	f := newFormDialog(s.env, lang.L("minutes.draft"), []formField{field("会议", picker.view, hint)}, func(done func(error)) {
		chosen, ok := picker.selected()
		if !ok {
			done(notSaved([]data.Problem{{Field: "会议", Message: lang.L("minutes.pick")}}))
			return
		}
		id := chosen.ID
		var n data.Minutes
		act(s.env, func(ctx context.Context) (err error) { n, err = s.env.Minutes.DraftMinutes(ctx, id); return err }, func(err error) {
			done(err)
			if err == nil {
				s.open(n.ID)
			}
		})
	})
	picker.search.OnSubmitted = func(string) { f.submit() }
	picker.search.onEscape = f.cancel
	f.show()
	s.env.Window.Canvas().Focus(picker.search)
	s.draft = f
	return f
}

// open shows a 纪要's page in place of the list.
func (s *minutesScreen) open(id int64) {
	s.page = newMinutesPage(s, id)
	s.stack.Objects = []fyne.CanvasObject{s.page.build()}
	s.stack.Refresh()
}

// back returns from a page to the list.
func (s *minutesScreen) back() {
	if s.page != nil {
		s.page.editor.stop()
		s.list.selectID(s.page.id) // back on the 纪要 just left
	}
	s.page = nil
	s.stack.Objects = []fyne.CanvasObject{s.view}
	s.stack.Refresh()
	s.reload()
}
