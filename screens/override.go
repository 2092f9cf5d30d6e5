package screens

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// askOverride is the one answer to a work-rule refusal that a reason may
// override, whatever the workflow: it shows the refusal and asks why the
// secretary goes ahead all the same; saved, resend sends the same change
// again carrying the reason, and the store writes the reason in that
// change's own transaction (audited with it) or not at all. It returns nil,
// showing nothing, when err is not such a refusal: the rules said the
// change cannot be made whatever the reason.
func askOverride(env *Env, err error, resend func(reason string, done func(error))) *formDialog {
	if !data.Overridable(err) {
		return nil
	}
	why := newKeyEntry(env)
	note := widget.NewLabel(data.ErrorMessage(err))
	note.Wrapping = fyne.TextWrapWord
	note.Importance = widget.DangerImportance
	f := newFormDialog(env, lang.L("override.title"), []formField{
		field("拒绝原因", note, ""),
		field("越规理由", why, lang.L("hint.override")),
	}, func(done func(error)) {
		if strings.TrimSpace(why.Text) == "" {
			done(notSaved([]data.Problem{{Field: "越规理由", Message: lang.L("hint.override")}}))
			return
		}
		resend(why.Text, done)
	})
	f.show()
	return f
}

// overridable runs change carrying no override; when the rules refuse it
// and a reason may override the refusal, it asks for the reason and runs
// change again carrying an override for each clause refused. Any other
// error is shown. asked receives the reason's form when one is shown.
func overridable(env *Env, change func(overrides []data.Override, done func(error)), asked func(*formDialog)) {
	change(nil, func(err error) {
		if err == nil {
			return
		}
		re, _ := data.RuleRefusal(err)
		f := askOverride(env, err, func(reason string, done func(error)) {
			change(data.OverridesFor(re, reason), done)
		})
		if f == nil {
			showError(env, err)
			return
		}
		asked(f)
	})
}
