package screens

import (
	"context"

	"fyne.io/fyne/v2/lang"

	"huiwu/data"
)

// askTemplate edits the opening line drafts of a meeting kind start with.
func (s *minutesScreen) askTemplate() *formDialog {
	kinds := []data.MeetingKind{data.MeetingPlenary, data.MeetingExecutive, data.MeetingMayorOffice, data.MeetingTopical}
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = kindLabel2(k)
	}
	tmpl := newKeyEntry(s.env)
	kind := newSelect(names, nil)
	kindOf := func() data.MeetingKind {
		for i, n := range names {
			if n == kind.Selected {
				return kinds[i]
			}
		}
		return ""
	}
	kind.OnChanged = func(string) {
		k := kindOf()
		load(s.env, func(ctx context.Context) (string, error) { return s.env.Minutes.MinutesTemplate(ctx, k) }, tmpl.SetText)
	}
	f := newFormDialog(s.env, lang.L("minutes.template"), []formField{
		field("会议类型", kind, ""),
		field("开头模板", tmpl, lang.L("hint.minutes.template")),
	}, func(done func(error)) {
		k, t := kindOf(), tmpl.Text
		if k == "" {
			done(notSaved([]data.Problem{{Field: "会议类型", Message: lang.L("minutes.pick")}}))
			return
		}
		act(s.env, func(ctx context.Context) error { return s.env.Minutes.SetMinutesTemplate(ctx, k, t) }, done)
	})
	kind.SetSelected(names[1])
	f.show()
	return f
}
