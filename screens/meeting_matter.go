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

// matterBar is the 四十四 line of a meeting in the government's name: the
// department whose remit its matter lies within, if one is recorded (such
// a matter is not convened in the government's name; the rules refuse it
// unless a reason is given), with a button to record it.
type matterBar struct {
	page   *meetingPage
	label  *widget.Label
	button *widget.Button
	box    *fyne.Container
}

func (p *meetingPage) matterBar() fyne.CanvasObject {
	b := &matterBar{page: p, label: widget.NewLabel("")}
	b.label.Wrapping = fyne.TextWrapWord
	b.button = widget.NewButton(lang.L("matter.record"), b.ask)
	b.box = container.NewBorder(nil, nil, nil, b.button, b.label)
	p.matter = b
	return b.box
}

// show reads the recorded matter of the page's meeting and shows it; the
// line is hidden for a department's own meeting.
func (b *matterBar) show() {
	m := b.page.meeting
	if !rules.InGovernmentName(m.Kind) {
		b.box.Hide()
		return
	}
	b.box.Show()
	load(b.page.env, func(ctx context.Context) (data.Unit, error) { return b.page.env.Meetings.MeetingMatter(ctx, m.ID) }, func(u data.Unit) {
		if u.ID == 0 {
			b.label.SetText(lang.L("matter.none"))
			return
		}
		b.label.SetText(fmt.Sprintf(lang.L("matter.recorded"), u.Name))
	})
}

// ask offers the units that may own a matter (or none) and records the
// choice, asking for a reason when the rules refuse it.
func (b *matterBar) ask() {
	p := b.page
	none := lang.L("matter.clear")
	names := []string{none}
	ids := map[string]int64{none: 0}
	for _, u := range p.screen.units {
		if u.Kind == data.KindDepartment || u.Kind == data.KindAffiliated || u.Kind == data.KindOther {
			names = append(names, u.Name)
			ids[u.Name] = u.ID
		}
	}
	unit := newSelect(names, nil)
	f := newFormDialog(p.env, lang.L("matter.record"), []formField{field("职责单位", unit, lang.L("hint.matter"))}, func(done func(error)) {
		if unit.Selected == "" {
			done(&data.Error{Code: data.EInvalid, Message: lang.L("error.notsaved"), Problems: []data.Problem{{Field: "职责单位", Message: lang.L("matter.pick")}}})
			return
		}
		done(nil)
		id := ids[unit.Selected]
		p.offerOverride(func(overrides []data.Override, done func(error)) {
			act(p.env, func(ctx context.Context) error { return p.env.Meetings.SetMeetingMatter(ctx, p.id, id, overrides...) }, func(err error) {
				done(err)
				if err == nil {
					p.reload()
				}
			})
		})
	})
	f.show()
}
