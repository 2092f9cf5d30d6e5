package screens

import (
	"context"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/rules"
)

// delegationScreen records the mayor's delegations (委托主持, clause 六) and
// says who presides today.
type delegationScreen struct {
	env     *Env
	list    recordList[data.Delegation]
	leaders []data.Person
	today   *widget.Label
	now     func() time.Time
}

func newDelegationScreen(env *Env) *delegationScreen {
	s := &delegationScreen{env: env, now: time.Now}
	s.list = recordList[data.Delegation]{
		env: env, columns: 3, unit: lang.L("unit.delegations"),
		cells: func(d data.Delegation) []string {
			return []string{d.DelegateName, dateText(d.From) + " — " + dateText(d.To), d.Reason}
		},
		match: func(d data.Delegation, q string) bool { return containsFold(q, d.DelegateName, d.Reason) },
		name: func(d data.Delegation) string {
			return fmt.Sprintf("%s %s — %s", d.DelegateName, dateText(d.From), dateText(d.To))
		},
		onNew:  func() { s.openForm(data.Delegation{}) },
		onEdit: func(v data.Delegation) { s.openForm(v) },
		remove: func(ctx context.Context, d data.Delegation) error { return env.Roster.DeleteDelegation(ctx, d.ID) },
		reload: s.reload,
	}
	return s
}

func (s *delegationScreen) build() fyne.CanvasObject {
	v := s.list.build(lang.L("delegation.search"), []string{lang.L("field.受委托人"), lang.L("field.period"), lang.L("field.事由")})
	s.today = widget.NewLabel("")
	s.today.Importance = widget.HighImportance
	s.reload()
	return newTopped(s.today, v)
}

func (s *delegationScreen) reload() {
	type both struct {
		ds     []data.Delegation
		people []data.Person
	}
	load(s.env, func(ctx context.Context) (both, error) {
		ds, err := s.env.Roster.Delegations(ctx)
		if err != nil {
			return both{}, err
		}
		p, err := s.env.Roster.People(ctx)
		return both{ds, p}, err
	}, func(b both) {
		s.leaders = s.leaders[:0]
		for _, p := range b.people {
			if rules.CanBeDelegate(p) == nil {
				s.leaders = append(s.leaders, p)
			}
		}
		if d, ok := rules.DelegationOn(b.ds, s.now()); ok {
			s.today.SetText(fmt.Sprintf(lang.L("delegation.today"), d.DelegateName, dateText(d.To), d.Reason))
		} else {
			s.today.SetText(lang.L("delegation.none"))
		}
		s.list.setRecords(b.ds)
	})
}

func (s *delegationScreen) openForm(d data.Delegation) *formDialog {
	labels := make([]string, 0, len(s.leaders))
	ids := map[string]int64{}
	current := ""
	for _, p := range s.leaders {
		l := fmt.Sprintf("%s（%s）", p.Name, p.Post)
		labels = append(labels, l)
		ids[l] = p.ID
		if p.ID == d.DelegateID {
			current = l
		}
	}
	who := newSelect(labels, nil)
	if current != "" {
		who.SetSelected(current)
	}
	from, to, reason := newDateEntry(s.env, d.From), newDateEntry(s.env, d.To), newKeyEntry(s.env)
	reason.SetText(d.Reason)
	title := lang.L("delegation.new")
	if d.ID != 0 {
		title = lang.L("delegation.edit")
	}
	fields := []formField{
		field("受委托人", who, lang.L("hint.delegate")),
		field("开始日期", from, ""),
		field("结束日期", to, ""),
		field("事由", reason, lang.L("hint.reason")),
	}
	f := newFormDialog(s.env, title, fields, func(done func(error)) {
		v := d
		v.DelegateID, v.Reason = ids[who.Selected], reason.Text
		var problems []data.Problem
		v.From = parseDay(from, "开始日期", &problems)
		v.To = parseDay(to, "结束日期", &problems)
		if len(problems) > 0 {
			done(&data.Error{Code: data.EInvalid, Message: lang.L("error.notsaved"), Problems: problems})
			return
		}
		var saved data.Delegation
		act(s.env, func(ctx context.Context) (err error) { saved, err = s.env.Roster.SaveDelegation(ctx, v); return err }, func(err error) {
			done(err)
			if err == nil {
				s.reload()
				// 四十二: say which planned meetings the delegation changed.
				if len(saved.Changes) > 0 {
					dialog.ShowInformation(lang.L("delegation.rechecked"), strings.Join(saved.Changes, "\n"), s.env.Window)
				}
			}
		})
	})
	f.show()
	return f
}
