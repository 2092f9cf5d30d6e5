package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// formDialog is a record form in a dialog. Enter in any text field saves,
// Escape cancels; a failed save keeps the dialog open and shows each
// problem under its field, plus a summary in red.
type formDialog struct {
	*problemForm
	env    *Env
	save   *widget.Button
	dlg    *dialog.CustomDialog
	scroll *container.Scroll // the form, scrolled when it is taller than the window
	onSave func(done func(error))
	open   bool // shown and not yet closed
}

// problemForm is a form whose rows show validation problems under their
// fields, with a summary line below; record dialogs and settings tabs share
// it.
type problemForm struct {
	form    *widget.Form
	fields  []formField
	hints   map[string]*widget.FormItem // field name -> its row
	summary *widget.Label
	body    *fyne.Container // the form above the summary
}

func newProblemForm(fields []formField) *problemForm {
	p := &problemForm{form: widget.NewForm(), fields: fields, hints: map[string]*widget.FormItem{}}
	for _, fl := range fields {
		fl.item.HintText = fl.hint
		p.hints[fl.name] = fl.item
		p.form.AppendItem(fl.item)
	}
	p.summary = widget.NewLabel("")
	p.summary.Wrapping = fyne.TextWrapWord
	p.body = container.NewVBox(p.form, p.summary)
	return p
}

// formField is one row of a form: the data layer's name for the field (the
// Chinese label its validation problems carry) and the Fyne form item.
type formField struct {
	name string
	hint string
	item *widget.FormItem
}

// field makes a form row for the data field name, labelled through lang.
func field(name string, w fyne.CanvasObject, hint string) formField {
	return formField{name: name, hint: hint, item: widget.NewFormItem(lang.L("field."+name), w)}
}

func newFormDialog(env *Env, title string, fields []formField, onSave func(done func(error))) *formDialog {
	f := &formDialog{problemForm: newProblemForm(fields), env: env, onSave: onSave}
	for _, fl := range fields {
		if e := keyEntryOf(fl.item.Widget); e != nil {
			e.OnSubmitted = func(string) { f.submit() }
			e.onEscape = f.cancel
		}
	}
	f.summary.Importance = widget.DangerImportance
	f.summary.Hide()
	cancel := widget.NewButton(lang.L("action.cancel"), f.cancel)
	f.save = widget.NewButton(lang.L("action.save"), f.submit)
	f.save.Importance = widget.HighImportance
	// The buttons are the dialog's own, below the scrolled form, so 取消 and
	// 保存 stay in view however long the form or its problems grow.
	f.scroll = container.NewVScroll(f.body)
	f.dlg = dialog.NewCustomWithoutButtons(title, f.scroll, env.Window)
	f.dlg.SetButtons([]fyne.CanvasObject{cancel, f.save})
	return f
}

func (f *formDialog) show() {
	f.fit()
	f.dlg.Show()
	f.open = true
	for _, it := range f.form.Items {
		if e := keyEntryOf(it.Widget); e != nil {
			f.env.Window.Canvas().Focus(it.Widget.(fyne.Focusable))
			break
		}
	}
}

// formChrome is the height a dialog adds around its content: the title,
// the button row and their padding.
const formChrome = 150

// fit sizes the dialog to its form, but never taller than the window: a
// longer form scrolls (a 1024×768 screen leaves some 720 pixels).
func (f *formDialog) fit() {
	h := f.body.MinSize().Height
	if room := f.env.Window.Canvas().Size().Height - formChrome; h > room {
		h = max(room, 120)
	}
	f.scroll.SetMinSize(fyne.NewSize(0, h))
	f.dlg.Resize(fyne.NewSize(720, 0))
}

func (f *formDialog) cancel() { f.close() }

func (f *formDialog) close() {
	f.dlg.Hide()
	f.open = false
}

func (f *formDialog) submit() {
	if f.save.Disabled() {
		return
	}
	f.save.Disable()
	f.onSave(func(err error) {
		f.save.Enable()
		if err == nil {
			f.close()
			return
		}
		f.showProblems(err)
		f.fit() // the problems make the form taller
	})
}

// showProblems puts each validation problem under its field, and any other
// hint back as it was; an error with no field (a duplicate, a conflict)
// goes to the summary only.
func (f *problemForm) showProblems(err error) {
	f.markFields(err)
	f.summary.SetText(data.ErrorMessage(err))
	f.summary.Show()
}

// markFields sets each row's hint: its problem in err, or its usual hint.
func (f *problemForm) markFields(err error) {
	problems := data.ProblemsOf(err)
	rebuild := false
	for _, fl := range f.fields {
		fl.item.HintText = fl.hint
		for _, p := range problems {
			if p.Field == fl.name {
				fl.item.HintText = "✗ " + p.Message
				// Fyne gives a field a hint line only if it had a hint when
				// the form was made: one that had none needs a new form.
				rebuild = rebuild || fl.hint == ""
			}
		}
	}
	if rebuild {
		items := make([]*widget.FormItem, len(f.fields))
		for i, fl := range f.fields {
			items[i] = fl.item
			// Fyne's row with a hint line never moves its widget, taking it
			// to sit at the row's origin; one the old form had placed in
			// its grid would keep that offset and stray right and down.
			fl.item.Widget.Move(fyne.NewPos(0, 0))
		}
		f.form = widget.NewForm(items...)
		f.body.Objects[0] = f.form
		f.body.Refresh()
	} else {
		f.form.Refresh()
	}
}

// showResult shows err as problems, or says saved (a translation key) in
// green: the settings tabs save in place, without closing anything.
func (f *problemForm) showResult(err error, saved string) {
	if err != nil {
		f.summary.Importance = widget.DangerImportance
		f.showProblems(err)
		return
	}
	f.markFields(nil)
	f.summary.Importance = widget.SuccessImportance
	f.summary.SetText(lang.L(saved))
}
