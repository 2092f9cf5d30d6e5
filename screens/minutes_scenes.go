package screens

import (
	"context"

	"huiwu/data"
)

// scenes are the 纪要 and 督办 views worth a screenshot: the list, a draft
// in the editor, a signed and corrected 纪要 with its chain, its versions
// compared, the 督办 list and a task's form with its 议定事项.
func (s *minutesScreen) scenes(shell *Shell) []Scene {
	var versions *versionsDialog
	var form *formDialog
	tidy := func() {
		if versions != nil {
			versions.dlg.Hide()
			versions = nil
		}
		if form != nil {
			form.close()
			form = nil
		}
	}
	open := func(pick func(data.Minutes) bool) func() {
		return func() {
			tidy()
			shell.Show("minutes")
			if s.page != nil {
				s.back()
			}
			for _, n := range s.list.all {
				if pick(n) {
					s.open(n.ID)
					return
				}
			}
		}
	}
	corrected := func(n data.Minutes) bool { return n.Locked() && n.Versions > 2 }
	tasks := shell.screens[shell.index("tasks")].keys.(*tasksScreen)
	return []Scene{
		{Name: "minutes-draft", Show: open(func(n data.Minutes) bool { return n.Stage == data.MinutesDraft })},
		{Name: "minutes-reviewed", Show: open(func(n data.Minutes) bool { return n.Stage == data.MinutesReviewed && n.Disclosure == "" })},
		{Name: "minutes-signed", Show: open(corrected)},
		{Name: "minutes-versions", Show: func() {
			open(corrected)()
			if s.page != nil {
				versions = s.page.showVersions()
			}
		}},
		{Name: "minutes-new", Show: func() {
			// 新建's meeting picker, narrowed to the executive meetings
			tidy()
			shell.Show("minutes")
			if s.page != nil {
				s.back()
			}
			s.newDraft(func(f *formDialog) {
				form = f
				s.picker.search.SetText(kindLabel2(data.MeetingExecutive))
			})
		}},
		{Name: "minutes-list", Show: func() {
			tidy()
			shell.Show("minutes")
			if s.page != nil {
				s.back()
			}
		}},
		{Name: "tasks-form", Show: func() {
			tidy()
			shell.Show("tasks")
			// The newest signed 纪要, as the form's own picker lists them.
			if refs, err := tasks.env.Tasks.SignedMinutes(context.Background()); err == nil && len(refs) > 0 {
				n := refs[0]
				form = tasks.openForm(data.Task{Source: data.SourceMinutes, MinutesID: n.ID, Assigned: tasks.env.Tasks.Today(), Due: tasks.env.Tasks.Today().AddDate(0, 1, 0)})
			}
		}},
		{Name: "tasks-list", Show: func() { tidy(); shell.Show("tasks") }},
		// A closed task opens as its record, read-only (三十八).
		{Name: "tasks-closed", Show: func() {
			tidy()
			shell.Show("tasks")
			for _, t := range tasks.list.all {
				if t.Status == data.TaskDone {
					tasks.view(t)
					return
				}
			}
		}},
	}
}
