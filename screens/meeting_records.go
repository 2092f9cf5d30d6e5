package screens

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/export/gather"
	"huiwu/rules"
)

// minutesTab is the meeting's 纪要: where it stands, 起草纪要 once the
// meeting is held (四十六), 打开 on the 纪要 screen, and its two papers.
type minutesTab struct {
	page   *meetingPage
	n      data.Minutes // ID 0: none drafted yet
	state  *widget.Label
	draft  *widget.Button
	open   *widget.Button
	papers *fyne.Container
	tasks  func(minutesID int64) // the 督办 tab follows the 纪要
}

func (t *minutesTab) build() fyne.CanvasObject {
	t.state = widget.NewLabel("")
	t.state.Wrapping = fyne.TextWrapWord
	t.draft = widget.NewButtonWithIcon(lang.L("minutes.draft"), theme.DocumentCreateIcon(), t.draftNow)
	t.draft.Importance = widget.HighImportance
	t.open = widget.NewButtonWithIcon(lang.L("minutes.open"), theme.NavigateNextIcon(), func() {
		if t.n.ID != 0 && t.page.env.Open != nil {
			t.page.env.Open(data.DeskMinutes, t.n.ID)
		}
	})
	t.papers = container.NewStack()
	return container.NewBorder(container.NewVBox(container.NewHBox(t.draft, t.open), t.papers), nil, nil, nil, t.state)
}

func (t *minutesTab) refresh() {
	p := t.page
	load(p.env, func(ctx context.Context) (data.Minutes, error) {
		id, err := p.env.Minutes.MinutesForMeeting(ctx, p.id)
		if err != nil || id == 0 {
			return data.Minutes{}, err
		}
		return p.env.Minutes.MinutesOf(ctx, id)
	}, t.show)
}

// show keeps 纪要 n and shows it if the tab is built (the 督办 tab reads
// the 纪要 whether or not this tab has been shown), then has the 督办 tab
// follow it.
func (t *minutesTab) show(n data.Minutes) {
	t.n = n
	if t.state != nil {
		t.showState()
	}
	if t.tasks != nil {
		t.tasks(n.ID)
	}
}

// showState shows where the 纪要 stands and its papers.
func (t *minutesTab) showState() {
	n := t.n
	t.papers.Objects = nil
	if n.ID == 0 {
		t.open.Disable()
		if err := rules.CanDraftMinutes(t.page.meeting); err != nil {
			t.draft.Disable()
			t.state.SetText(data.ErrorMessage(err))
		} else {
			t.draft.Enable()
			t.state.SetText(lang.L("meeting.minutes.none"))
		}
	} else {
		t.draft.Disable()
		t.open.Enable()
		t.state.SetText(fmt.Sprintf(lang.L("meeting.minutes.state"), n.IssueText(), data.MinutesStageName(n.Stage)))
		build := func(final bool) builder {
			return func(ctx context.Context) (gather.Writer, error) {
				return t.page.env.sources().MinutesPaper(ctx, n.ID, final)
			}
		}
		t.papers.Objects = []fyne.CanvasObject{paperBar(t.page.env, t.page.current,
			paperSpec{lang.L("meeting.minutes.signoff"), "纪要审签单", ".pdf", build(false)},
			paperSpec{lang.L("minutes.export.final"), "纪要", ".pdf", build(true)},
		)}
	}
	t.papers.Refresh()
}

// draftNow drafts the meeting's 纪要 and opens it on the 纪要 screen.
func (t *minutesTab) draftNow() {
	p := t.page
	var n data.Minutes
	act(p.env, func(ctx context.Context) (err error) { n, err = p.env.Minutes.DraftMinutes(ctx, p.id); return err }, func(err error) {
		if err != nil {
			showError(p.env, err)
			return
		}
		t.show(n)
		if p.env.Open != nil {
			p.env.Open(data.DeskMinutes, n.ID)
		}
	})
}

// tasksTab is the meeting's 督办: the 议定事项 of its 纪要 (三十六), with
// their lead unit, due date and state.
type tasksTab struct {
	page  *meetingPage
	tasks []data.Task
	list  *widget.List
	note  *widget.Label
}

func (t *tasksTab) build() fyne.CanvasObject {
	t.note = widget.NewLabel("")
	t.note.Wrapping = fyne.TextWrapWord
	t.list = widget.NewList(func() int { return len(t.tasks) },
		func() fyne.CanvasObject { return rowOf(4) },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			k := t.tasks[id]
			setRow(o, k.Title, k.LeadUnitName, dateText(k.Due), k.State(t.page.env.Tasks.Today()))
		})
	// A row opens its task on the 督办 screen; the row is let go at once so
	// that tapping it again, back on the page, opens it again.
	t.list.OnSelected = func(id widget.ListItemID) {
		t.list.Unselect(id)
		if t.page.env.Open != nil && id < len(t.tasks) {
			t.page.env.Open(data.DeskTask, t.tasks[id].ID)
		}
	}
	all := widget.NewButtonWithIcon(lang.L("meeting.tasks.all"), theme.NavigateNextIcon(), func() {
		if t.page.env.Open != nil {
			t.page.env.Open(data.DeskTask, 0)
		}
	})
	return container.NewBorder(container.NewBorder(nil, nil, nil, all, t.note), nil, nil, nil, t.list)
}

// follow is called with the meeting's 纪要 whenever the page reads it: the
// tab, once built, reads its tasks. Before, there is nothing to show them
// in; showing the tab reads the 纪要 again (refreshShown), which loads them.
func (t *tasksTab) follow(minutesID int64) {
	if t.list != nil {
		t.load(minutesID)
	}
}

// load reads the tasks of 纪要 minutesID (0: none yet).
func (t *tasksTab) load(minutesID int64) {
	if minutesID == 0 {
		t.tasks = nil
		t.list.Refresh()
		t.note.SetText(lang.L("meeting.tasks.nominutes"))
		return
	}
	load(t.page.env, func(ctx context.Context) ([]data.Task, error) {
		return t.page.env.Tasks.Tasks(ctx, data.TaskFilter{MinutesID: minutesID})
	}, func(ts []data.Task) {
		t.tasks = ts
		t.list.Refresh()
		t.note.SetText(fmt.Sprintf(lang.L("meeting.tasks.count"), len(ts)))
	})
}
