package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// screen is one entry of the navigation rail. Its content is built the first
// time it is shown, so start-up builds only the first screen.
type screen struct {
	key   string // translation key and stable name (screenshots use it)
	icon  fyne.Resource
	build func() fyne.CanvasObject
	keys  any // the screen value, asked for FocusSearch / New
	made  fyne.CanvasObject
}

// Shell is the main window's content: the navigation rail on the left and
// the current screen on the right.
type Shell struct {
	env     *Env
	screens []*screen
	current int
	nav     *widget.List
	stack   *fyne.Container
	view    fyne.CanvasObject
	busy    *busyBar
}

// NewShell builds the main window content and registers the window-wide
// shortcuts. version is shown in 设置.
func NewShell(env *Env, version string) *Shell {
	s := &Shell{env: env, current: -1, busy: newBusyBar()}
	env.Shortcut = s.handleShortcut
	env.Open = s.openRecord
	env.Busy = s.busy.add
	roster := newRosterScreen(env)
	settings := newSettingsScreen(env, version)
	meetings := newMeetingsScreen(env)
	stats := newStatsScreen(env)
	documents := newDocumentsScreen(env)
	minutes := newMinutesScreen(env)
	tasks := newTasksScreen(env)
	topics := newTopicsScreen(env)
	desk := newDeskScreen(env, s.openLine)
	s.screens = []*screen{
		{key: "desk", icon: theme.HomeIcon(), build: desk.build, keys: desk},
		{key: "meetings", icon: theme.HistoryIcon(), build: meetings.build, keys: meetings},
		{key: "topics", icon: theme.ListIcon(), build: topics.build, keys: topics},
		{key: "minutes", icon: theme.DocumentIcon(), build: minutes.build, keys: minutes},
		{key: "documents", icon: theme.MailComposeIcon(), build: documents.build, keys: documents},
		{key: "tasks", icon: theme.ConfirmIcon(), build: tasks.build, keys: tasks},
		{key: "roster", icon: theme.AccountIcon(), build: roster.build, keys: roster},
		{key: "stats", icon: theme.GridIcon(), build: stats.build, keys: stats},
		{key: "settings", icon: theme.SettingsIcon(), build: func() fyne.CanvasObject {
			return withCalendarTab(env, withAppearanceTab(withFollowUpSettingsTab(env, withTopicSettingsTab(env, withMeetingSettingsTab(env, withPaperSettingsTab(env, withOfficeTab(env, settingsTabs(settings, newBackupScreen(env)))))))))
		}, keys: settings},
	}
	s.nav = widget.NewList(
		func() int { return len(s.screens) },
		func() fyne.CanvasObject {
			return container.NewHBox(widget.NewIcon(theme.HomeIcon()), widget.NewLabel("人员与单位"))
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			row.Objects[0].(*widget.Icon).SetResource(s.screens[id].icon)
			row.Objects[1].(*widget.Label).SetText(lang.L("nav." + s.screens[id].key))
		})
	s.nav.OnSelected = func(id widget.ListItemID) { s.show(id) }
	s.stack = container.NewStack()
	// The rail keeps the width of its longest name (人员与单位) whatever the
	// window's: a share of the width, as a split gives, is too narrow on a
	// 1024-pixel screen and wastes room on a wide one.
	body := container.NewBorder(nil, nil, container.NewHBox(s.busy.under(s.nav), widget.NewSeparator()), nil, s.stack)
	s.view = body
	if env.ReadOnly {
		banner := widget.NewLabel(lang.L("readonly.banner"))
		banner.Importance = widget.DangerImportance
		banner.Wrapping = fyne.TextWrapWord
		s.view = container.NewBorder(banner, nil, nil, nil, body)
	}
	if c, ok := env.Window.Canvas().(interface {
		AddShortcut(fyne.Shortcut, func(fyne.Shortcut))
	}); ok {
		c.AddShortcut(shortcutFind, func(sc fyne.Shortcut) { s.handleShortcut(sc) })
		c.AddShortcut(shortcutNew, func(sc fyne.Shortcut) { s.handleShortcut(sc) })
	}
	return s
}

// Content is the object to put in the window.
func (s *Shell) Content() fyne.CanvasObject { return s.view }

// Keys lists the screens' stable names in rail order.
func (s *Shell) Keys() []string {
	out := make([]string, len(s.screens))
	for i, sc := range s.screens {
		out[i] = sc.key
	}
	return out
}

// openLine shows the record of a line of the 工作台, a register's in the
// year it is kept under.
func (s *Shell) openLine(l data.DeskLine) { s.openIn(l.Kind, l.ID, l.Year) }

// openRecord shows the register of kind with the record id open on it; id
// 0 shows the register alone.
func (s *Shell) openRecord(kind data.DeskKind, id int64) { s.openIn(kind, id, 0) }

// openIn is openRecord with, for a register kept by the year, the year
// the record is in (0: the one shown).
func (s *Shell) openIn(kind data.DeskKind, id int64, year int) {
	if kind == data.DeskProposal || kind == data.DeskFiling {
		// Registers kept as tabs of 公文 (registers.go).
		s.Show("documents")
		s.screens[s.index("documents")].keys.(*documentsScreen).openRegister(kind, id, year)
		return
	}
	s.Show(string(kind))
	if i := s.index(string(kind)); i >= 0 && id != 0 {
		if r, ok := s.screens[i].keys.(interface{ open(id int64) }); ok {
			r.open(id)
		}
	}
}

// Show brings the screen named key to the front.
func (s *Shell) Show(key string) {
	for i, sc := range s.screens {
		if sc.key == key {
			s.nav.Select(i)
			return
		}
	}
}

func (s *Shell) show(i int) {
	if i == s.current {
		return
	}
	sc := s.screens[i]
	if sc.made == nil {
		sc.made = sc.build()
	}
	s.current = i
	s.stack.Objects = []fyne.CanvasObject{sc.made}
	s.stack.Refresh()
}

func (s *Shell) handleShortcut(sc fyne.Shortcut) bool {
	if s.current < 0 {
		return false
	}
	keys := s.screens[s.current].keys
	switch sc.ShortcutName() {
	case shortcutFind.ShortcutName():
		if k, ok := keys.(interface{ FocusSearch() }); ok {
			k.FocusSearch()
			return true
		}
	case shortcutNew.ShortcutName():
		if k, ok := keys.(interface{ New() }); ok {
			k.New()
			return true
		}
	}
	return false
}

// Start opens what the first start's setup handed over to: a screen, and
// on the roster the import's file chooser.
func (s *Shell) Start(n SetupNext) {
	s.Show(n.Screen)
	if n.ImportRoster {
		roster := s.screens[s.index("roster")].keys.(*rosterScreen)
		roster.tabs.SelectIndex(0)
		roster.people.chooseImport()
	}
}
