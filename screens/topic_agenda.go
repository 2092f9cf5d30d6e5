package screens

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/rules"
)

// agendaList orders one meeting's topics with up and down buttons and
// sums their reporting minutes against the meeting's planned length, with
// a warning when they run over (四十五). The topics screen shows it in a
// dialog, the meeting page in its 议题与议程 tab.
type agendaList struct {
	env     *Env
	meeting data.Meeting
	topics  []data.Topic
	rows    *fyne.Container
	total   *widget.Label
	open    func(t data.Topic) // shows a topic; nil offers no 打开
}

func newAgendaList(env *Env, m data.Meeting) *agendaList {
	return &agendaList{env: env, meeting: m, rows: container.NewVBox(), total: widget.NewLabel("")}
}

// agendaDialog is the agenda of a meeting chosen on the topics screen.
type agendaDialog struct {
	*agendaList
	screen *topicsScreen
	dlg    dialog.Dialog
}

// openAgenda reads the meetings again — one made since the screen was
// built must be on offer (issue 16) — asks for one, then shows its agenda.
func (s *topicsScreen) openAgenda() {
	year := s.filter.Year
	load(s.env, func(ctx context.Context) ([]data.Meeting, error) {
		return topicMeetings(ctx, s.env.Meetings, year, s.list.all)
	}, func(ms []data.Meeting) {
		s.meetings = ms
		s.askAgenda()
	})
}

func (s *topicsScreen) askAgenda() {
	var names []string
	for _, m := range s.meetings {
		if m.Status != data.StatusCancelled && (m.Kind == data.MeetingExecutive || m.Kind == data.MeetingPlenary) {
			names = append(names, meetingChoice(m))
		}
	}
	pick := newSelect(names, nil)
	if t, ok := s.list.current(); ok && t.MeetingID != 0 {
		pick.SetSelected(s.meetingName(t.MeetingID))
	}
	dialog.ShowForm(lang.L("agenda.button"), lang.L("action.open"), lang.L("action.cancel"),
		[]*widget.FormItem{widget.NewFormItem(lang.L("field.会议"), pick)}, func(ok bool) {
			for _, m := range s.meetings {
				if ok && meetingChoice(m) == pick.Selected {
					s.showAgenda(m)
				}
			}
		}, s.env.Window)
}

func (s *topicsScreen) showAgenda(m data.Meeting) *agendaDialog {
	a := &agendaDialog{agendaList: newAgendaList(s.env, m), screen: s}
	scroll := container.NewVScroll(a.rows)
	scroll.SetMinSize(fyne.NewSize(720, 360))
	a.dlg = dialog.NewCustom(fmt.Sprintf(lang.L("agenda.title"), meetingChoice(m)), lang.L("action.close"), container.NewBorder(a.exportBar(), a.total, nil, nil, scroll), s.env.Window)
	a.reload()
	a.dlg.Show()
	return a
}

func (a *agendaList) reload() {
	load(a.env, func(ctx context.Context) ([]data.Topic, error) {
		return a.env.Topics.Topics(ctx, data.TopicFilter{MeetingID: a.meeting.ID})
	}, func(ts []data.Topic) {
		a.topics = a.topics[:0]
		for _, t := range ts {
			if rules.OnDraftAgenda(t.State) {
				a.topics = append(a.topics, t)
			}
		}
		a.show()
	})
}

func (a *agendaList) show() {
	a.rows.Objects = nil
	sum := 0
	for i, t := range a.topics {
		sum += t.Minutes
		up := widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { a.swap(i, i-1) })
		down := widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { a.swap(i, i+1) })
		if i == 0 {
			up.Disable()
		}
		if i == len(a.topics)-1 {
			down.Disable()
		}
		if a.meeting.Status != data.StatusPlanning {
			up.Disable()
			down.Disable()
		}
		text := fmt.Sprintf("%d. %s（%s，%d 分钟）%s", i+1, t.Title, t.UnitName, t.Minutes, topicStateText(t))
		buttons := container.NewHBox(up, down)
		if a.open != nil {
			buttons.Add(widget.NewButtonWithIcon(lang.L("action.open"), theme.NavigateNextIcon(), func() { a.open(t) }))
		}
		// Cut with 「…」 rather than widen the page past a 1024-pixel
		// window; the topic's own page has the whole title.
		l := widget.NewLabel(text)
		l.Truncation = fyne.TextTruncateEllipsis
		a.rows.Add(container.NewBorder(nil, nil, nil, buttons, l))
	}
	a.rows.Refresh()
	a.total.SetText(fmt.Sprintf(lang.L("agenda.total"), len(a.topics), sum, a.meeting.Minutes()))
	a.total.Importance = widget.MediumImportance
	if sum > a.meeting.Minutes() {
		a.total.SetText(a.total.Text + lang.L("agenda.over"))
		a.total.Importance = widget.DangerImportance
	}
	a.total.Refresh()
}

// swap moves topic i to place j and saves the order (audited).
func (a *agendaList) swap(i, j int) {
	if j < 0 || j >= len(a.topics) {
		return
	}
	a.topics[i], a.topics[j] = a.topics[j], a.topics[i]
	order := make([]int64, len(a.topics))
	for k, t := range a.topics {
		order[k] = t.ID
	}
	act(a.env, func(ctx context.Context) error {
		return a.env.Topics.SetAgendaOrder(ctx, a.meeting.ID, order)
	}, func(err error) {
		if err != nil {
			showError(a.env, err)
		}
		a.reload()
	})
}
