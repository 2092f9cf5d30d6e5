package screens

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/rules"
)

// participantsTab lists who takes part, by role and in protocol order, and
// adds or removes people.
type participantsTab struct {
	page   *meetingPage
	list   *widget.List
	count  *widget.Label
	person *widget.SelectEntry
	role   *widget.Select
	topic  *keyEntry // the topic a unit attends for (per-topic 列席)
	sel    int
}

func (t *participantsTab) build() fyne.CanvasObject {
	t.sel = -1
	t.count = widget.NewLabel("")
	t.list = widget.NewList(func() int { return len(t.page.parts) },
		func() fyne.CanvasObject { return rowOf(5) },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			p := t.page.parts[id]
			setRow(o, attendRoleLabel(p.Role), p.Name, p.UnitName, p.Post, p.Topic)
		})
	t.list.OnSelected = func(id widget.ListItemID) { t.sel = id }
	t.person = widget.NewSelectEntry(nil)
	t.person.SetPlaceHolder(lang.L("participants.pick"))
	t.person.OnChanged = func(q string) { t.person.SetOptions(t.options(q)) }
	roles := make([]string, len(data.AttendRoles))
	for i, r := range data.AttendRoles {
		roles[i] = attendRoleLabel(r)
	}
	t.role = newSelect(roles, nil)
	t.role.SetSelected(roles[0])
	t.topic = newKeyEntry(t.page.env)
	t.topic.SetPlaceHolder(lang.L("participants.topic"))
	add := newIconButton(lang.L("participants.add"), addIcon, t.add)
	remove := newIconButton(lang.L("participants.remove"), removeIcon, t.remove)
	bar := container.NewBorder(nil, nil, nil, container.NewHBox(t.role, sized(t.topic, 200), add, remove, t.count), t.person)
	return container.NewBorder(bar, nil, nil, nil, t.list)
}

// options are the people who may join (rules.MayJoin: those in office)
// matching q, as 姓名 — 单位 — 职务.
func (t *participantsTab) options(q string) []string {
	var out []string
	for _, p := range t.page.screen.people {
		if rules.MayJoin(t.page.meeting, p) == nil && (q == "" || containsFold(q, p.Name, p.UnitName, p.Post)) {
			out = append(out, personOption(p))
			if len(out) == 30 {
				break
			}
		}
	}
	return out
}

func personOption(p data.Person) string { return p.Name + " — " + p.UnitName + " " + p.Post }

func (t *participantsTab) refresh() {
	t.sel = -1
	t.list.UnselectAll()
	t.list.Refresh()
	t.count.SetText(fmt.Sprintf(lang.L("list.count"), len(t.page.parts), lang.L("unit.people")))
}

func (t *participantsTab) add() {
	var who data.Person
	for _, p := range t.page.screen.people {
		if personOption(p) == t.person.Text {
			who = p
		}
	}
	if who.ID == 0 {
		showError(t.page.env, data.Errorf(data.EInvalid, "%s", lang.L("participants.pick")))
		return
	}
	var role data.AttendRole
	for _, r := range data.AttendRoles {
		if attendRoleLabel(r) == t.role.Selected {
			role = r
		}
	}
	pt := data.Participant{MeetingID: t.page.id, PersonID: who.ID, Role: role, Topic: t.topic.Text}
	add := func(overrides []data.Override, done func(error)) {
		act(t.page.env, func(ctx context.Context) error {
			return t.page.env.Meetings.AddParticipant(ctx, pt, overrides...)
		}, func(err error) {
			done(err)
			if err == nil {
				t.person.SetText("")
				t.topic.SetText("")
				t.page.reload()
			}
		})
	}
	t.page.offerOverride(add)
}

func (t *participantsTab) remove() {
	if t.sel < 0 || t.sel >= len(t.page.parts) {
		return
	}
	p := t.page.parts[t.sel]
	dialog.ShowConfirm(lang.L("participants.remove"), fmt.Sprintf(lang.L("confirm.remove"), p.Name), func(yes bool) {
		if !yes {
			return
		}
		act(t.page.env, func(ctx context.Context) error {
			return t.page.env.Meetings.RemoveParticipant(ctx, p.MeetingID, p.PersonID)
		}, func(err error) {
			if err != nil {
				showError(t.page.env, err)
			}
			t.page.reload()
		})
	}, t.page.env.Window)
}

func attendRoleLabel(r data.AttendRole) string { return lang.L("attendrole." + string(r)) }
func attendStatusLabel(s data.AttendStatus) string {
	if s == data.NotSignedIn {
		return lang.L("attendstatus.none")
	}
	return lang.L("attendstatus." + string(s))
}
