package screens

import (
	"context"
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// peopleScreen lists and edits the people of the roster.
type peopleScreen struct {
	env   *Env
	list  recordList[data.Person]
	units []data.Unit
}

func newPeopleScreen(env *Env) *peopleScreen {
	s := &peopleScreen{env: env}
	s.list = recordList[data.Person]{
		env: env, columns: 5, unit: lang.L("unit.people"),
		cells: func(p data.Person) []string {
			status := ""
			if !p.Active {
				status = lang.L("person.inactive")
			}
			return []string{p.Name, p.UnitName, p.Post, rolesText(p.Roles), status}
		},
		match:  func(p data.Person, q string) bool { return containsFold(q, p.Name, p.UnitName, p.Post) },
		name:   func(p data.Person) string { return p.Name },
		onNew:  func() { s.openForm(data.Person{Active: true}) },
		onEdit: func(v data.Person) { s.openForm(v) },
		remove: func(ctx context.Context, p data.Person) error { return env.Roster.DeletePerson(ctx, p.ID, p.Version) },
		reload: s.reload,
	}
	return s
}

func (s *peopleScreen) build() fyne.CanvasObject {
	s.list.extra = []fyne.CanvasObject{s.importButton()}
	first := s.importButton()
	first.SetText(lang.L("people.import.first"))
	first.Importance = widget.HighImportance
	offers := []*widget.Button{first}
	if s.env.LoadDemo != nil {
		offers = append(offers, widget.NewButtonWithIcon(lang.L("demo.title"), theme.DownloadIcon(), s.loadDemo))
	}
	s.list.empty = emptyState(lang.L("empty.roster"), offers...)
	v := s.list.build(lang.L("people.search"), []string{lang.L("field.name"), lang.L("field.unit"), lang.L("field.post"), lang.L("field.roles"), lang.L("field.status")})
	s.reload()
	return v
}

func (s *peopleScreen) reload() {
	type both struct {
		people []data.Person
		units  []data.Unit
	}
	load(s.env, func(ctx context.Context) (both, error) {
		p, err := s.env.Roster.People(ctx)
		if err != nil {
			return both{}, err
		}
		u, err := s.env.Roster.Units(ctx)
		return both{p, u}, err
	}, func(b both) {
		s.units = b.units
		s.list.setRecords(b.people)
	})
}

// openForm edits p, or creates a person when p.ID is 0.
func (s *peopleScreen) openForm(p data.Person) *formDialog {
	name := newKeyEntry(s.env)
	name.SetText(p.Name)
	post := newKeyEntry(s.env)
	post.SetText(p.Post)
	phone := newKeyEntry(s.env)
	phone.SetText(p.Phone)
	rank := newKeyEntry(s.env)
	if p.Rank > 0 {
		rank.SetText(strconv.Itoa(p.Rank))
	}
	none := lang.L("option.none")
	unitNames := []string{none}
	unitIDs := map[string]int64{none: 0}
	for _, u := range s.units {
		unitNames = append(unitNames, u.Name)
		unitIDs[u.Name] = u.ID
	}
	unit := newSelect(unitNames, nil)
	unit.SetSelected(none)
	if p.UnitName != "" {
		unit.SetSelected(p.UnitName)
	}
	// One check per role in a grid: a horizontal CheckGroup of thirteen
	// roles would make the dialog wider than the window.
	checks := make([]fyne.CanvasObject, len(data.Roles))
	roleChecks := make(map[data.Role]*widget.Check, len(data.Roles))
	for i, r := range data.Roles {
		c := widget.NewCheck(roleLabel(r), nil)
		c.SetChecked(p.HasRole(r))
		checks[i], roleChecks[r] = c, c
	}
	roles := container.NewGridWithColumns(4, checks...)
	active := widget.NewCheck(lang.L("person.active"), nil)
	active.SetChecked(p.Active)

	title := lang.L("people.new")
	if p.ID != 0 {
		title = fmt.Sprintf(lang.L("people.edit"), p.Name)
	}
	items := []formField{
		field("姓名", name, lang.L("hint.name")),
		field("单位", unit, ""),
		field("职务", post, ""),
		field("身份", roles, ""),
		field("排位", rank, lang.L("hint.rank")),
		field("电话", phone, ""),
		field("状态", active, ""),
	}
	f := newFormDialog(s.env, title, items, func(done func(error)) {
		q := p
		q.Name, q.Post, q.Phone, q.Active = name.Text, post.Text, phone.Text, active.Checked
		q.UnitID = unitIDs[unit.Selected]
		q.Roles = q.Roles[:0:0]
		for _, r := range data.Roles {
			if roleChecks[r].Checked {
				q.Roles = append(q.Roles, r)
			}
		}
		q.Rank = 0
		if rank.Text != "" {
			n, err := strconv.Atoi(rank.Text)
			if err != nil {
				done(&data.Error{Code: data.EInvalid, Message: lang.L("error.notsaved"), Problems: []data.Problem{{Field: "排位", Message: lang.L("error.number")}}})
				return
			}
			q.Rank = n
		}
		act(s.env, func(ctx context.Context) error { _, err := s.env.Roster.SavePerson(ctx, q); return err }, func(err error) {
			done(err)
			if err == nil {
				s.reload()
			}
		})
	})
	f.show()
	return f
}

// loadDemo fills the empty roster with the demonstration data and rebuilds
// the window on it (every screen's lists change).
func (s *peopleScreen) loadDemo() {
	s.env.LoadDemo(func(err error) {
		if err != nil {
			showError(s.env, err)
			return
		}
		if s.env.Reload != nil {
			s.env.Reload()
		}
	})
}
