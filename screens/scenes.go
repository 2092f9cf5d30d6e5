package screens

import (
	"time"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"

	"huiwu/data"
)

// Scene is one view worth a screenshot: a screen, a tab, an open form.
type Scene struct {
	Name string
	Show func()
}

// Scenes lists the views `make screenshots` captures, in order: every
// screen of the rail, the roster's other tabs, a person form showing its
// validation messages, and the 新建会议 form (the longest).
func (s *Shell) Scenes() []Scene {
	var out []Scene
	for _, key := range s.Keys() {
		out = append(out, Scene{Name: key, Show: func() { s.Show(key) }})
	}
	roster := s.screens[s.index("roster")].keys.(*rosterScreen)
	for i, name := range []string{"units", "oversight", "delegation"} {
		out = append(out, Scene{Name: "roster-" + name, Show: func() {
			s.Show("roster")
			roster.tabs.SelectIndex(i + 1)
		}})
	}
	out = append(out, Scene{Name: "settings-backup", Show: func() {
		s.Show("settings")
		if tabs, ok := s.screens[s.index("settings")].made.(*container.AppTabs); ok {
			tabs.SelectIndex(1)
		}
	}})
	out = append(out, Scene{Name: "settings-papers", Show: func() {
		s.Show("settings")
		if tabs, ok := s.screens[s.index("settings")].made.(*container.AppTabs); ok {
			for _, it := range tabs.Items {
				if it.Text == lang.L("papersettings.title") {
					tabs.Select(it)
				}
			}
		}
	}})
	out = append(out, s.screens[s.index("meetings")].keys.(*meetingsScreen).scenes(s)...)
	out = append(out, s.screens[s.index("documents")].keys.(*documentsScreen).scenes(s)...)
	out = append(out, s.screens[s.index("topics")].keys.(*topicsScreen).scenes(s)...)
	out = append(out, s.screens[s.index("minutes")].keys.(*minutesScreen).scenes(s)...)
	out = append(out, s.screens[s.index("stats")].keys.(*statsScreen).statsScenes(s)...)
	var personForm *formDialog
	out = append(out, Scene{Name: "roster-person-form", Show: func() {
		s.Show("roster")
		roster.tabs.SelectIndex(0)
		personForm = roster.people.openForm(data.Person{Active: true})
		for _, fl := range personForm.fields {
			if e, ok := fl.item.Widget.(*keyEntry); ok && fl.name == "电话" {
				e.SetText("0519-8765432a")
			}
		}
		personForm.submit()
	}})
	// The longest form, 新建会议, scrolls on a small screen with its
	// buttons in view.
	out = append(out, Scene{Name: "meeting-form", Show: func() {
		if personForm != nil {
			personForm.close()
		}
		s.Show("meetings")
		ms := s.screens[s.index("meetings")].keys.(*meetingsScreen)
		if ms.page != nil {
			ms.back()
		}
		day := s.env.now().AddDate(0, 0, 7)
		start := time.Date(day.Year(), day.Month(), day.Day(), 9, 0, 0, 0, time.UTC)
		ms.openForm(data.Meeting{Kind: data.MeetingExecutive, Start: start, End: start.Add(2 * time.Hour), Status: data.StatusPlanning}, 0)
	}})
	out = append(out, s.screens[s.index("meetings")].keys.(*meetingsScreen).hubScenes(s)...)
	// Last, so that the earlier scenes keep their numbers.
	out = append(out, s.screens[s.index("documents")].keys.(*documentsScreen).registerScenes(s)...)
	// Each scene starts from the bare window: a form or month sheet a scene
	// opened must not hang over the screens of the scenes after it.
	for i := range out {
		show := out[i].Show
		out[i].Show = func() { s.clearOverlays(); show() }
	}
	return out
}

func (s *Shell) index(key string) int {
	for i, sc := range s.screens {
		if sc.key == key {
			return i
		}
	}
	return -1
}

// clearOverlays removes the dialogs and pop-ups over the window.
func (s *Shell) clearOverlays() {
	ov := s.env.Window.Canvas().Overlays()
	for top := ov.Top(); top != nil; top = ov.Top() {
		ov.Remove(top)
	}
}
