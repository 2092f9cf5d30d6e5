package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
)

// rosterScreen is 人员与单位: people, units, 分管 and 委托主持 in tabs, each
// built the first time it is opened.
type rosterScreen struct {
	env        *Env
	tabs       *container.AppTabs
	people     *peopleScreen
	units      *unitsScreen
	oversight  *oversightScreen
	delegation *delegationScreen
}

func newRosterScreen(env *Env) *rosterScreen {
	return &rosterScreen{
		env: env, people: newPeopleScreen(env), units: newUnitsScreen(env),
		oversight: newOversightScreen(env), delegation: newDelegationScreen(env),
	}
}

func (s *rosterScreen) build() fyne.CanvasObject {
	s.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("tab.people"), s.people.build()),
		container.NewTabItem(lang.L("tab.units"), s.units.build()),
		container.NewTabItem(lang.L("tab.oversight"), s.oversight.build()),
		container.NewTabItem(lang.L("tab.delegation"), s.delegation.build()),
	)
	// Switching tabs reloads it, so an edit on one tab (a new unit) shows on
	// the next (the unit choice in the people form).
	s.tabs.OnSelected = func(*container.TabItem) { s.refresh() }
	return s.tabs
}

func (s *rosterScreen) refresh() {
	switch s.tabs.SelectedIndex() {
	case 0:
		s.people.reload()
	case 1:
		s.units.reload()
	case 2:
		s.oversight.reload()
	case 3:
		s.delegation.reload()
	}
}

// FocusSearch and New serve Ctrl+F and Ctrl+N on the tab in front.
func (s *rosterScreen) FocusSearch() {
	switch s.tabs.SelectedIndex() {
	case 0:
		s.people.list.FocusSearch()
	case 1:
		s.units.list.FocusSearch()
	case 3:
		s.delegation.list.FocusSearch()
	}
}

func (s *rosterScreen) New() {
	switch s.tabs.SelectedIndex() {
	case 0:
		s.people.list.onNew()
	case 1:
		s.units.list.onNew()
	case 3:
		s.delegation.list.onNew()
	}
}
