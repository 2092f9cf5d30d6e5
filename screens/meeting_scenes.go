package screens

import (
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// scenes are the meeting views worth a screenshot: a meeting's page, its
// leave, sign-in and seating tabs, and the statistics. They open the most
// recent held executive meeting of the year shown.
func (s *meetingsScreen) scenes(shell *Shell) []Scene { return s.sceneList(shell)[:7] }

// hubScenes are the meeting page's other tabs (议题与议程, 通知, 纪要, 督办),
// taken after every other scene so that the earlier pictures keep their
// numbers.
func (s *meetingsScreen) hubScenes(shell *Shell) []Scene { return s.sceneList(shell)[7:] }

func (s *meetingsScreen) sceneList(shell *Shell) []Scene {
	open := func(tab string) func() {
		return func() {
			shell.Show("meetings")
			var pick data.Meeting
			for _, m := range s.list.all {
				if m.Kind == data.MeetingExecutive && (m.Status == data.StatusHeld || m.Status == data.StatusArchived) {
					pick = m
				}
			}
			if pick.ID == 0 {
				return
			}
			if s.page == nil || s.page.id != pick.ID {
				s.open(pick.ID)
			}
			for _, it := range s.page.tabs.Items {
				if it.Text == lang.L("meeting.tab."+tab) {
					s.page.tabs.Select(it)
				}
			}
			if tab == "leave" && len(s.page.leaves) > 0 {
				s.page.leave.list.Select(0) // show the route and its decisions
			}
		}
	}
	var form *formDialog
	var sheet *widget.PopUp
	return []Scene{
		{Name: "meeting-page", Show: open("people")},
		{Name: "meeting-leave", Show: open("leave")},
		{Name: "meeting-signin", Show: open("signin")},
		{Name: "meeting-seating", Show: open("seating")},
		{Name: "meetings-calendar", Show: func() {
			shell.Show("meetings")
			s.back()
			s.showCalendar()
		}},
		{Name: "settings-meetings", Show: func() {
			shell.Show("settings")
			if tabs, ok := shell.stack.Objects[0].(*container.AppTabs); ok {
				for _, it := range tabs.Items {
					if it.Text == lang.L("meetingsettings.title") {
						tabs.Select(it)
					}
				}
			}
		}},
		{Name: "meetings-new", Show: func() {
			// the new meeting's form with the date field's month sheet open
			shell.Show("meetings")
			if s.page != nil {
				s.back()
			}
			form = s.newForm()
			if d, ok := form.fields[3].item.Widget.(*dateEntry); ok {
				d.showPicker()
				sheet = d.popup
			}
		}},
		{Name: "meetings-list", Show: func() {
			if sheet != nil {
				sheet.Hide()
			}
			if form != nil {
				form.close()
			}
			shell.Show("meetings")
			if s.page != nil {
				s.back()
			}
		}},
		{Name: "meeting-topics", Show: open("topics")},
		{Name: "meeting-notice", Show: open("notice")},
		{Name: "meeting-minutes", Show: open("minutes")},
		{Name: "meeting-tasks", Show: open("tasks")},
	}
}
