package screens

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/rules"
)

// deskScreen is 工作台, the first screen: what is due today and this week,
// each line opening its record.
type deskScreen struct {
	env      *Env
	open     func(data.DeskLine) // the shell's: shows the line's record
	heading  *widget.Label
	sections *inViewRows
	desk     data.Desk
}

func newDeskScreen(env *Env, open func(data.DeskLine)) *deskScreen {
	return &deskScreen{env: env, open: open}
}

func (s *deskScreen) build() fyne.CanvasObject {
	s.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.sections = newInViewRows()
	s.sections.shown, s.env.Shown = s.env.Shown, nil
	refresh := widget.NewButtonWithIcon(lang.L("desk.refresh"), theme.ViewRefreshIcon(), s.reload)
	top := container.NewBorder(nil, nil, nil, refresh, s.heading)
	s.reload()
	return container.NewBorder(top, nil, nil, nil, s.sections.view)
}

// reload reads the desk of today off the UI goroutine.
func (s *deskScreen) reload() {
	if s.env.Desk == nil {
		return
	}
	day := s.env.now()
	load(s.env, func(ctx context.Context) (data.Desk, error) { return s.env.Desk.Desk(ctx, day) }, s.show)
}

func (s *deskScreen) show(d data.Desk) {
	s.desk = d
	// 五十一: the year's documents issued against the office's target.
	s.heading.SetText(fmt.Sprintf(lang.L("desk.heading"), dateText(d.Day)) + "　" + rules.TallyText(d.Issued))
	count := func(key string, lines []data.DeskLine) string {
		return fmt.Sprintf("%s（%d）", lang.L(key), len(lines))
	}
	tasks := count("desk.tasks", d.Tasks)
	if d.TasksOverdue > len(d.Tasks) {
		tasks = fmt.Sprintf(lang.L("desk.tasks.more"), d.TasksOverdue, len(d.Tasks))
	}
	decisions := count("desk.decisions", d.Decisions)
	if d.DecisionsDue > len(d.Decisions) {
		decisions = fmt.Sprintf(lang.L("desk.decisions.more"), d.DecisionsDue, len(d.Decisions))
	}
	// One column of headings and lines, not a box per section: the spacing
	// is the same (the padding between every two rows), each line's size is
	// asked for once less while the desk is laid out, and only the lines in
	// view are drawn (inViewRows).
	var objs []fyne.CanvasObject
	for _, sec := range []struct {
		title string
		lines []data.DeskLine
	}{
		{count("desk.meetings", d.Meetings), d.Meetings},
		{count("desk.countersigns", d.Countersigns), d.Countersigns},
		{tasks, d.Tasks},
		{count("desk.topics", d.Topics), d.Topics},
		{count("desk.minutes", d.Minutes), d.Minutes},
		{count("desk.filing", d.Filing), d.Filing},
		{count("desk.filed", d.Filed), d.Filed},
		{count("desk.trips", d.Trips), d.Trips},
		{decisions, d.Decisions},
		{count("desk.proposals", d.Proposals), d.Proposals},
	} {
		objs = s.section(objs, sec.title, sec.lines)
	}
	s.sections.setRows(objs)
}

// section appends a heading (with its count) and its lines, or a line
// saying nothing is due, to objs.
func (s *deskScreen) section(objs []fyne.CanvasObject, title string, lines []data.DeskLine) []fyne.CanvasObject {
	objs = append(objs, widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	if len(lines) == 0 {
		none := widget.NewLabel(lang.L("desk.none"))
		none.Importance = widget.LowImportance
		objs = append(objs, none)
	}
	for _, l := range lines {
		objs = append(objs, s.line(l))
	}
	return objs
}

// line is one record: its day, its name and what it needs, late ones in
// red, wrapped to the window's width, with 打开 that opens the record.
func (s *deskScreen) line(l data.DeskLine) fyne.CanvasObject {
	text := dateText(l.Day) + "　" + l.Title
	if len(l.Needs) > 0 {
		text += "　—　" + strings.Join(l.Needs, "；")
	}
	label := widget.NewLabel(text)
	label.Wrapping = fyne.TextWrapWord
	if l.Late {
		label.Importance = widget.DangerImportance
	}
	open := newOpenButton(func() { s.open(l) })
	return container.NewBorder(nil, nil, nil, open, label)
}
