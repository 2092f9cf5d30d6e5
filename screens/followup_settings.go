package screens

import (
	"context"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// followUpSettingsTab is 设置 › 跟踪时限: the days to publish a decision
// (二十七), the months to its 跟踪评估 (二十四), the days to answer a 人大代表
// 建议 and a 政协委员提案 (三十), and the year's target of documents issued in
// the government's name (五十一).
type followUpSettingsTab struct {
	*problemForm
	env *Env
	// fields are the entries by the store's names of the settings, the
	// names its validation problems carry.
	fields map[string]*keyEntry
	save   *widget.Button
}

// followUpNames are the settings in the form's order, with where each
// lives in data.FollowUpSettings and its hint.
var followUpNames = []struct {
	name, hint string
	of         func(*data.FollowUpSettings) *int
}{
	{"决定公布时限", "hint.followup.publish", func(s *data.FollowUpSettings) *int { return &s.PublishDays }},
	{"跟踪评估时限", "hint.followup.evaluate", func(s *data.FollowUpSettings) *int { return &s.EvaluateMonths }},
	{"人大代表建议办理时限", "hint.followup.npc", func(s *data.FollowUpSettings) *int { return &s.NPCDays }},
	{"政协委员提案办理时限", "hint.followup.cppcc", func(s *data.FollowUpSettings) *int { return &s.CPPCCDays }},
	{"年度发文目标", "hint.followup.target", func(s *data.FollowUpSettings) *int { return &s.IssueTarget }},
}

// withFollowUpSettingsTab appends the 跟踪时限 tab to the settings tabs.
func withFollowUpSettingsTab(env *Env, tabs fyne.CanvasObject) fyne.CanvasObject {
	at, ok := tabs.(*container.AppTabs)
	if !ok || env.FollowUp == nil {
		return tabs
	}
	t := &followUpSettingsTab{env: env, fields: map[string]*keyEntry{}}
	at.Append(container.NewTabItem(lang.L("followup.title"), t.build()))
	return at
}

func (t *followUpSettingsTab) build() fyne.CanvasObject {
	var rows []formField
	for _, n := range followUpNames {
		e := newKeyEntry(t.env)
		e.OnSubmitted = func(string) { t.submit() }
		t.fields[n.name] = e
		rows = append(rows, field(n.name, e, lang.L(n.hint)))
	}
	t.problemForm = newProblemForm(rows)
	t.save = widget.NewButton(lang.L("action.save"), t.submit)
	t.save.Importance = widget.HighImportance
	t.reload()
	return container.NewVBox(t.body, container.NewHBox(t.save))
}

func (t *followUpSettingsTab) reload() {
	load(t.env, t.env.FollowUp.FollowUpSettings, func(fs data.FollowUpSettings) {
		for _, n := range followUpNames {
			t.fields[n.name].SetText(strconv.Itoa(*n.of(&fs)))
		}
	})
}

// submit reads the form; a field that is not a whole number is refused
// under its name, the ranges are the store's to check.
func (t *followUpSettingsTab) submit() {
	var fs data.FollowUpSettings
	var problems []data.Problem
	for _, n := range followUpNames {
		*n.of(&fs) = numberOf(t.fields[n.name], n.name, &problems)
	}
	if len(problems) > 0 {
		t.showResult(notSaved(problems), "")
		return
	}
	act(t.env, func(ctx context.Context) error { return t.env.FollowUp.SaveFollowUpSettings(ctx, fs) }, func(err error) {
		t.showResult(err, "followup.saved")
		if err == nil {
			t.reload()
		}
	})
}
