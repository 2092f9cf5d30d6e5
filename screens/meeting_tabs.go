package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
)

// The meeting page builds each tab the first time it is shown, not when
// the page opens (issue 19). Building all eight and filling them from the
// meeting's participants — the sign-in's rows, the seating chart drawn seat
// by seat — took over three frames on a busy meeting, though the secretary
// looks at one tab at a time. The tab the page opens on is built at once;
// each other tab holds an empty placeholder until it is selected, and is
// then built and filled from the data the page already holds.

// The page's tabs, in the order they are shown.
const (
	tabPeople = iota
	tabTopics
	tabNotice
	tabLeave
	tabSignIn
	tabSeating
	tabMinutes
	tabTasks
)

// pageTab is one tab of the page: the key of its title, its content's
// builder, and how it fills itself from the page's data (nil for a tab that
// reads its own data whenever it is shown, see refreshShown). The tab's
// content is a stack, empty until the tab is built: putting the built
// content into it refreshes only the stack, not the whole tab bar, whose
// refresh redraws every tab's button.
type pageTab struct {
	key     string
	build   func() fyne.CanvasObject
	refresh func()
	holder  *fyne.Container
}

// newTabs makes the tab bar with every tab a placeholder, and builds the
// one selected.
func (p *meetingPage) newTabs() *container.AppTabs {
	p.lazy = []*pageTab{
		tabPeople:  {key: "people", build: p.people.build, refresh: p.people.refresh},
		tabTopics:  {key: "topics", build: p.topics.build},
		tabNotice:  {key: "notice", build: p.notice.build, refresh: p.notice.refresh},
		tabLeave:   {key: "leave", build: p.leave.build, refresh: p.leave.refresh},
		tabSignIn:  {key: "signin", build: p.signin.build, refresh: p.signin.refresh},
		tabSeating: {key: "seating", build: p.seating.build, refresh: p.seating.refresh},
		tabMinutes: {key: "minutes", build: p.minutes.build},
		tabTasks:   {key: "tasks", build: p.tasks.build},
	}
	items := make([]*container.TabItem, len(p.lazy))
	for i, t := range p.lazy {
		t.holder = container.NewStack()
		items[i] = container.NewTabItem(lang.L("meeting.tab."+t.key), t.holder)
	}
	p.tabs = container.NewAppTabs(items...)
	p.tabs.OnSelected = func(*container.TabItem) {
		p.ensureBuilt(p.tabs.SelectedIndex())
		p.refreshShown()
	}
	// The tab bar's renderer is made now, while every tab is empty: making
	// it refreshes each tab's content, which for the tab built below would
	// be every widget of it refreshed once more though new.
	p.tabs.MinSize()
	// The tab the page opens on is built now, before the page is on
	// screen: putting the page there lays it out, and the page's read
	// (reload) fills it.
	first := p.lazy[p.tabs.SelectedIndex()]
	first.holder.Objects = []fyne.CanvasObject{first.build()}
	return p.tabs
}

// ensureBuilt builds tab i, just selected, if it is not built yet and
// fills it from the page's data once that has been read.
func (p *meetingPage) ensureBuilt(i int) {
	if i < 0 || i >= len(p.lazy) || p.isBuilt(i) {
		return
	}
	t := p.lazy[i]
	t.holder.Objects = []fyne.CanvasObject{t.build()}
	t.holder.Refresh()
	if p.read && t.refresh != nil {
		t.refresh()
	}
}

// isBuilt tells whether tab i has been shown.
func (p *meetingPage) isBuilt(i int) bool { return len(p.lazy[i].holder.Objects) != 0 }

// refreshBuilt fills the tabs built so far from the page's data, as read
// again; the others are filled when they are first shown.
func (p *meetingPage) refreshBuilt() {
	for i, t := range p.lazy {
		if p.isBuilt(i) && t.refresh != nil {
			t.refresh()
		}
	}
}
