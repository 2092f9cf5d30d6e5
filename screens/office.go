package screens

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// officeForm edits the office's names and the secretary's own: she is the
// 经办人/记录人 on the forms and the actor of the audit log. 设置 › 本单位
// and the first start's first step share it.
type officeForm struct {
	*problemForm
	env                         *Env
	government, name, secretary *keyEntry
}

func newOfficeForm(env *Env) *officeForm {
	f := &officeForm{env: env, government: newKeyEntry(env), name: newKeyEntry(env), secretary: newKeyEntry(env)}
	f.problemForm = newProblemForm([]formField{
		field("政府名称", f.government, lang.L("hint.office.government")),
		field("办公室名称", f.name, lang.L("hint.office.name")),
		field("经办人姓名", f.secretary, lang.L("hint.office.secretary")),
	})
	load(env, env.Office.Office, func(o data.Office) {
		f.government.SetText(o.Government)
		f.name.SetText(o.Name)
		f.secretary.SetText(o.Secretary)
	})
	return f
}

// save stores what the form holds and calls done with the outcome, its
// problems shown under their fields.
func (f *officeForm) save(done func(error)) {
	o := data.Office{Government: f.government.Text, Name: f.name.Text, Secretary: f.secretary.Text}
	act(f.env, func(ctx context.Context) error { return f.env.Office.SetOffice(ctx, o) }, func(err error) {
		f.showResult(err, "office.saved")
		done(err)
	})
}

// withOfficeTab adds the 本单位 tab to the settings tabs: the names can be
// changed after the first start.
func withOfficeTab(env *Env, tabs fyne.CanvasObject) fyne.CanvasObject {
	at, ok := tabs.(*container.AppTabs)
	if !ok || env.Office == nil {
		return tabs
	}
	f := newOfficeForm(env)
	save := widget.NewButton(lang.L("action.save"), func() { f.save(func(error) {}) })
	save.Importance = widget.HighImportance
	for _, e := range []*keyEntry{f.government, f.name, f.secretary} {
		e.OnSubmitted = func(string) { save.OnTapped() }
	}
	at.Append(container.NewTabItem(lang.L("office.title"), container.NewVBox(f.body, container.NewHBox(save))))
	return at
}
