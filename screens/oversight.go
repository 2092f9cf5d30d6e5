package screens

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/rules"
)

// oversightScreen edits the 分管 of clause 八: which vice-mayor oversees
// each unit. Picking a leader in a row saves it at once.
type oversightScreen struct {
	env     *Env
	units   []data.Unit
	leaders []data.Person
	byUnit  map[int64]int64
	list    *widget.List
}

func newOversightScreen(env *Env) *oversightScreen { return &oversightScreen{env: env} }

func (s *oversightScreen) build() fyne.CanvasObject {
	s.list = widget.NewList(
		func() int { return len(s.units) },
		func() fyne.CanvasObject {
			return container.NewGridWithColumns(2, widget.NewLabel(""), newSelect(nil, nil))
		},
		func(id widget.ListItemID, o fyne.CanvasObject) { s.fillRow(s.units[id], o.(*fyne.Container)) })
	note := widget.NewLabel(lang.L("oversight.note"))
	note.Wrapping = fyne.TextWrapWord
	s.reload()
	return container.NewBorder(note, nil, nil, nil, s.list)
}

func (s *oversightScreen) fillRow(u data.Unit, row *fyne.Container) {
	row.Objects[0].(*widget.Label).SetText(u.Name)
	sel := row.Objects[1].(*widget.Select)
	none := lang.L("option.none")
	options := []string{none}
	ids := map[string]int64{none: 0}
	current := none
	for _, l := range s.leaders {
		label := fmt.Sprintf("%s（%s）", l.Name, l.Post)
		options = append(options, label)
		ids[label] = l.ID
		if s.byUnit[u.ID] == l.ID {
			current = label
		}
	}
	sel.OnChanged = nil // the row is recycled: detach the previous unit's handler first
	sel.Options = options
	sel.SetSelected(current)
	sel.OnChanged = func(choice string) {
		leader := ids[choice]
		if leader == s.byUnit[u.ID] {
			return
		}
		act(s.env, func(ctx context.Context) error { return s.env.Roster.SetOversight(ctx, u.ID, leader) }, func(err error) {
			if err != nil {
				showError(s.env, err)
			}
			s.reload()
		})
	}
}

func (s *oversightScreen) reload() {
	type all struct {
		units   []data.Unit
		people  []data.Person
		oversee []data.Oversight
	}
	load(s.env, func(ctx context.Context) (all, error) {
		var a all
		var err error
		if a.units, err = s.env.Roster.Units(ctx); err != nil {
			return a, err
		}
		if a.people, err = s.env.Roster.People(ctx); err != nil {
			return a, err
		}
		a.oversee, err = s.env.Roster.Oversights(ctx)
		return a, err
	}, func(a all) {
		s.units = s.units[:0]
		for _, u := range a.units {
			if u.Kind == data.KindDepartment || u.Kind == data.KindAffiliated || u.Kind == data.KindTown || u.Kind == data.KindOther {
				s.units = append(s.units, u)
			}
		}
		s.leaders = s.leaders[:0]
		for _, p := range a.people {
			if rules.CanOversee(p) == nil {
				s.leaders = append(s.leaders, p)
			}
		}
		s.byUnit = map[int64]int64{}
		for _, o := range a.oversee {
			s.byUnit[o.UnitID] = o.LeaderID
		}
		s.list.Refresh()
	})
}
