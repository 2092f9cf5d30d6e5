package screens

import (
	"context"
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"huiwu/data"
)

// unitsScreen lists and edits the units of the roster.
type unitsScreen struct {
	env  *Env
	list recordList[data.Unit]
}

func newUnitsScreen(env *Env) *unitsScreen {
	s := &unitsScreen{env: env}
	s.list = recordList[data.Unit]{
		env: env, columns: 4, unit: lang.L("unit.units"),
		cells: func(u data.Unit) []string {
			return []string{u.Name, u.ShortName, kindLabel(u.Kind), strconv.Itoa(u.Order)}
		},
		match:  func(u data.Unit, q string) bool { return containsFold(q, u.Name, u.ShortName, kindLabel(u.Kind)) },
		name:   func(u data.Unit) string { return u.Name },
		onNew:  func() { s.openForm(data.Unit{Kind: data.KindDepartment}) },
		onEdit: func(v data.Unit) { s.openForm(v) },
		remove: func(ctx context.Context, u data.Unit) error { return env.Roster.DeleteUnit(ctx, u.ID, u.Version) },
		reload: s.reload,
	}
	return s
}

func (s *unitsScreen) build() fyne.CanvasObject {
	v := s.list.build(lang.L("units.search"), []string{lang.L("field.unitname"), lang.L("field.short"), lang.L("field.kind"), lang.L("field.order")})
	s.reload()
	return v
}

func (s *unitsScreen) reload() {
	load(s.env, s.env.Roster.Units, s.list.setRecords)
}

// openForm edits u, or creates a unit when u.ID is 0.
func (s *unitsScreen) openForm(u data.Unit) *formDialog {
	name := newKeyEntry(s.env)
	name.SetText(u.Name)
	short := newKeyEntry(s.env)
	short.SetText(u.ShortName)
	order := newKeyEntry(s.env)
	order.SetText(strconv.Itoa(u.Order))
	labels := make([]string, len(data.UnitKinds))
	byLabel := map[string]data.UnitKind{}
	for i, k := range data.UnitKinds {
		labels[i] = kindLabel(k)
		byLabel[labels[i]] = k
	}
	kind := newSelect(labels, nil)
	kind.SetSelected(kindLabel(u.Kind))

	title := lang.L("units.new")
	if u.ID != 0 {
		title = fmt.Sprintf(lang.L("units.edit"), u.Name)
	}
	items := []formField{
		field("单位名称", name, lang.L("hint.unitname")),
		field("简称", short, ""),
		field("类别", kind, ""),
		field("排序", order, lang.L("hint.order")),
	}
	f := newFormDialog(s.env, title, items, func(done func(error)) {
		v := u
		v.Name, v.ShortName, v.Kind = name.Text, short.Text, byLabel[kind.Selected]
		n, err := strconv.Atoi(order.Text)
		if err != nil {
			done(&data.Error{Code: data.EInvalid, Message: lang.L("error.notsaved"), Problems: []data.Problem{{Field: "排序", Message: lang.L("error.number")}}})
			return
		}
		v.Order = n
		act(s.env, func(ctx context.Context) error { _, err := s.env.Roster.SaveUnit(ctx, v); return err }, func(err error) {
			done(err)
			if err == nil {
				s.reload()
			}
		})
	})
	f.show()
	return f
}
