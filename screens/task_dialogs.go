package screens

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/export/gather"
)

// openForm enters or edits a task. For a 议定事项 the secretary picks the
// signed 纪要 and then one of its headings, which becomes the task's title.
// The signed 纪要 are read when the form opens, numbers and meetings only:
// the list has no use for them, and a decade holds thousands.
func (s *tasksScreen) openForm(t data.Task) *formDialog {
	var sources []string
	for _, src := range data.TaskSources {
		sources = append(sources, data.TaskSourceName(src))
	}
	source := newSelect(sources, nil)
	source.SetSelected(data.TaskSourceName(t.Source))
	issues := map[string]int64{} // filled by the load after f.show
	minutes := newSelect(nil, nil)
	title := newKeyEntry(s.env)
	title.SetText(t.Title)
	item := newSelect(nil, func(v string) {
		if v != "" {
			title.SetText(v)
		}
	})
	var leaderNames []string
	for _, p := range s.leaders() {
		leaderNames = append(leaderNames, p.Name)
	}
	leader := newSelect(leaderNames, nil)
	for _, p := range s.leaders() {
		if p.ID == t.LeaderID {
			leader.SetSelected(p.Name)
		}
	}
	ref := newKeyEntry(s.env)
	ref.SetText(t.Reference)
	detail := widget.NewMultiLineEntry()
	detail.SetText(t.Detail)
	var unitNames []string
	for _, u := range s.units {
		unitNames = append(unitNames, u.Name)
	}
	lead := newChoiceField(s.env, unitChoices(s.units), t.LeadUnitID, lang.L("select.placeholder"))
	help := widget.NewCheckGroup(unitNames, nil)
	help.SetSelected(t.HelpUnitNames)
	assigned, due := newDateEntry(s.env, t.Assigned), newDateEntry(s.env, t.Due)
	title.SetPlaceHolder(lang.L("hint.task.title"))
	f := newFormDialog(s.env, lang.L("tasks.form"), []formField{
		field("来源", source, ""),
		field("纪要", minutes, lang.L("hint.task.minutes")),
		field("议定事项", item, lang.L("hint.task.item")),
		field("督办事项", title, ""),
		field("批示领导", leader, lang.L("hint.task.leader")),
		field("依据", ref, lang.L("hint.task.reference")),
		field("内容", detail, ""),
		field("牵头单位", lead, lang.L("hint.task.lead")),
		field("协办单位", widgetScroll(help), ""),
		field("交办日期", assigned, lang.L("hint.date")),
		field("办结时限", due, lang.L("hint.date")),
	}, func(done func(error)) {
		var problems []data.Problem
		n := t
		n.Assigned = parseDay(assigned, "交办日期", &problems)
		n.Due = parseDay(due, "办结时限", &problems)
		if len(problems) > 0 {
			done(notSaved(problems))
			return
		}
		for _, src := range data.TaskSources {
			if data.TaskSourceName(src) == source.Selected {
				n.Source = src
			}
		}
		n.MinutesID, n.LeaderID = issues[minutes.Selected], s.personID(leader.Selected)
		n.Title, n.Reference, n.Detail, n.LeadUnitID = title.Text, ref.Text, detail.Text, lead.id
		n.HelpUnitIDs = nil
		for _, h := range help.Selected {
			n.HelpUnitIDs = append(n.HelpUnitIDs, s.unitID(h))
		}
		var saved data.Task
		act(s.env, func(ctx context.Context) (err error) { saved, err = s.env.Tasks.SaveTask(ctx, n); return err }, func(err error) {
			done(err)
			if err == nil {
				s.list.selectID(saved.ID)
				s.reload()
			}
		})
	})
	f.show()
	load(s.env, s.env.Tasks.SignedMinutes, func(refs []data.MinutesRef) {
		var names []string
		for _, n := range refs {
			l := n.IssueText() + " " + n.MeetingTitle
			issues[l] = n.ID
			names = append(names, l)
			if n.ID == t.MinutesID {
				minutes.Selected = l // not SetSelected: the headings load below, once
			}
		}
		minutes.Options = names
		minutes.Refresh()
		// Set after the task's own 纪要 is shown, so that only her pick
		// reloads the headings.
		minutes.OnChanged = func(v string) { s.loadItems(issues[v], item) }
		if t.MinutesID != 0 {
			s.loadItems(t.MinutesID, item)
		}
	})
	return f
}

// loadItems offers the headings of a signed 纪要's text as 议定事项.
func (s *tasksScreen) loadItems(id int64, item *widget.Select) {
	if id == 0 {
		item.Options = nil
		item.Refresh()
		return
	}
	load(s.env, func(ctx context.Context) (data.MinutesRecord, error) { return s.env.Minutes.MinutesRecord(ctx, id) }, func(r data.MinutesRecord) {
		var opts []string
		for _, b := range data.ParseMinutesText(r.Text.Body) {
			if t := data.HeadingSubject(b.Text); b.Level > 0 && !slices.Contains(opts, t) {
				opts = append(opts, t)
			}
		}
		item.Options = opts
		item.Refresh()
	})
}

// askNote records the lead unit's feedback or a reminder sent (催办).
func (s *tasksScreen) askNote(t data.Task, kind string) *formDialog {
	day := newDateEntry(s.env, s.env.Tasks.Today())
	text := widget.NewMultiLineEntry()
	text.SetMinRowsVisible(3)
	f := newFormDialog(s.env, lang.L("tasks."+map[string]string{"feedback": "feedback", "reminder": "remind"}[kind])+"："+t.Title, []formField{
		field("日期", day, lang.L("hint.date")),
		field("内容", text, lang.L("hint.task."+kind)),
	}, func(done func(error)) {
		var problems []data.Problem
		d := parseDay(day, "日期", &problems)
		if len(problems) > 0 {
			done(notSaved(problems))
			return
		}
		n := data.TaskNote{TaskID: t.ID, Kind: kind, Day: d, Text: text.Text}
		act(s.env, func(ctx context.Context) error { return s.env.Tasks.AddTaskNote(ctx, n) }, func(err error) {
			done(err)
			if err == nil {
				s.reload()
			}
		})
	})
	f.show()
	return f
}

// askClose records how a task ended.
func (s *tasksScreen) askClose(t data.Task) *formDialog {
	day := newDateEntry(s.env, s.env.Tasks.Today())
	result := widget.NewMultiLineEntry()
	result.SetMinRowsVisible(3)
	f := newFormDialog(s.env, lang.L("tasks.close")+"："+t.Title, []formField{
		field("办结日期", day, lang.L("hint.date")),
		field("办理结果", result, ""),
	}, func(done func(error)) {
		var problems []data.Problem
		d := parseDay(day, "办结日期", &problems)
		if len(problems) > 0 {
			done(notSaved(problems))
			return
		}
		act(s.env, func(ctx context.Context) error {
			_, err := s.env.Tasks.CloseTask(ctx, t.ID, t.Version, d, result.Text)
			return err
		}, func(err error) {
			done(err)
			if err == nil {
				s.reload()
			}
		})
	})
	f.show()
	return f
}

// view opens a task as its state allows: the form while it is open, its
// record when closed — a closed task takes no edit (三十八), so its form
// would only refuse on 保存.
func (s *tasksScreen) view(t data.Task) {
	if t.Status == data.TaskDone {
		s.showRecord(t, true)
		return
	}
	s.openForm(t)
}

// showNotes lists a task's feedback and reminders.
func (s *tasksScreen) showNotes(t data.Task) { s.showRecord(t, false) }

// showRecord shows a task's 办理记录 — its feedback, reminders and 办结 —
// read-only, after its own particulars when facts is set.
func (s *tasksScreen) showRecord(t data.Task, facts bool) {
	load(s.env, func(ctx context.Context) ([]data.TaskNote, error) { return s.env.Tasks.TaskNotes(ctx, t.ID) }, func(ns []data.TaskNote) {
		var lines []string
		if facts {
			lines = taskFacts(t)
		}
		lines = append(lines, fmt.Sprintf(lang.L("tasks.history.head"), t.LeadUnitName, dateText(t.Assigned), dateText(t.Due)))
		for _, n := range ns {
			lines = append(lines, dateText(n.Day)+"　"+lang.L("tasks.note."+n.Kind)+"　"+n.Text)
		}
		if t.Status == data.TaskDone {
			lines = append(lines, dateText(t.ClosedOn)+"　"+lang.L("tasks.close")+"　"+t.Result)
		}
		l := widget.NewLabel(strings.Join(lines, "\n"))
		l.Wrapping = fyne.TextWrapWord
		// A long record scrolls inside the dialog, its 关闭 in view on a
		// 768-pixel screen, as the forms do.
		const width = 600
		l.Resize(fyne.NewSize(width, 0))
		scroll := container.NewVScroll(l)
		scroll.SetMinSize(fyne.NewSize(width, min(l.MinSize().Height, max(s.env.Window.Canvas().Size().Height-formChrome, 120))))
		d := dialog.NewCustom(t.Title, lang.L("action.close"), scroll, s.env.Window)
		d.Resize(fyne.NewSize(640, 0))
		d.Show()
	})
}

// askExport asks for a month and writes its 台账 or 通报: every task due
// in the month, whatever the list's scope and filters show (the field's
// hint says so). A month's 台账 and the 通报's counts of tasks finished on
// time and late (三十八) must be whole, or a past month would lose the tasks
// the default scope hides; and the same month gives the same book as
// `huiwu export tasks` and `task-report` on the command line.
func (s *tasksScreen) askExport(report bool) *formDialog {
	month := newKeyEntry(s.env)
	month.SetText(s.env.Tasks.Today().Format("2006-01"))
	f := newFormDialog(s.env, lang.L(map[bool]string{false: "tasks.export.ledger", true: "tasks.export.report"}[report]), []formField{
		field("月份", month, lang.L("hint.task.export")),
	}, func(done func(error)) {
		from, err := time.Parse("2006-01", strings.TrimSpace(month.Text))
		if err != nil || from.Year() < 1949 || from.Year() > 2200 {
			done(notSaved([]data.Problem{{Field: "月份", Message: lang.L("hint.month")}}))
			return
		}
		to := from.AddDate(0, 1, -1)
		done(nil)
		name := map[bool]string{false: "督办台账", true: "督办通报"}[report] + from.Format("2006-01") + ".xlsx"
		saveBuilt(s.env, name, func(ctx context.Context) (gather.Writer, error) {
			return s.env.sources().TaskWorkbook(ctx, from, to, report)
		})
	})
	f.show()
	return f
}

// taskFacts are a task's particulars, a line each, those it has.
func taskFacts(t data.Task) []string {
	var lines []string
	add := func(name, v string) {
		if v != "" {
			lines = append(lines, lang.L("field."+name)+"："+v)
		}
	}
	add("来源", data.TaskSourceName(t.Source))
	add("纪要", t.MinutesIssue)
	add("批示领导", t.LeaderName)
	add("依据", t.Reference)
	add("内容", t.Detail)
	add("协办单位", strings.Join(t.HelpUnitNames, "、"))
	return append(lines, "")
}
