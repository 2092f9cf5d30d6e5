package screens

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// settingsScreen shows where the data lives and the state of the database;
// the settings of later features join it here.
type settingsScreen struct {
	env     *Env
	version string
	form    *widget.Form
	values  map[string]*widget.Label
}

func newSettingsScreen(env *Env, version string) *settingsScreen {
	return &settingsScreen{env: env, version: version, values: map[string]*widget.Label{}}
}

var settingsRows = []string{"settings.version", "settings.datadir", "settings.dbfile", "settings.schema", "settings.audithead", "settings.counts"}

func (s *settingsScreen) build() fyne.CanvasObject {
	s.form = widget.NewForm()
	tech := widget.NewForm()
	for _, key := range settingsRows {
		l := widget.NewLabel("…")
		l.Wrapping = fyne.TextWrapBreak
		l.Selectable = true
		s.values[key] = l
		if technicalRows[key] {
			tech.Append(lang.L(key), l)
		} else {
			s.form.Append(lang.L(key), l)
		}
	}
	refresh := widget.NewButtonWithIcon(lang.L("action.refresh"), theme.ViewRefreshIcon(), s.reload)
	s.reload()
	return container.NewVBox(s.form, technicalFold(tech), container.NewHBox(refresh, aboutButton(s.env, s.version)))
}

func (s *settingsScreen) reload() {
	load(s.env, s.env.Status.Status, func(st data.Status) {
		s.values["settings.version"].SetText(s.version)
		s.values["settings.datadir"].SetText(st.DataDir)
		s.values["settings.dbfile"].SetText(st.DBPath)
		s.values["settings.schema"].SetText(fmt.Sprint(st.SchemaVersion))
		s.values["settings.audithead"].SetText(st.Head.String())
		s.values["settings.counts"].SetText(fmt.Sprintf(lang.L("settings.counts.value"), st.Units, st.People))
	})
}
