package screens

import (
	"context"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// topicSettingsTab is 设置 › 议题: the declaration deadline of 四十一 (the
// day, and whether that day is still in time) and the size limit of a
// material copied into the data folder.
type topicSettingsTab struct {
	*problemForm
	env       *Env
	day, max  *keyEntry
	office    *keyEntry
	contact   *keyEntry
	inclusive *widget.Check
	save      *widget.Button
}

// withTopicSettingsTab appends the 议题 tab to the settings tabs.
func withTopicSettingsTab(env *Env, tabs fyne.CanvasObject) fyne.CanvasObject {
	at, ok := tabs.(*container.AppTabs)
	if !ok || env.Topics == nil {
		return tabs
	}
	t := &topicSettingsTab{env: env}
	at.Append(container.NewTabItem(lang.L("topicsettings.title"), t.build()))
	return at
}

func (t *topicSettingsTab) build() fyne.CanvasObject {
	t.day, t.max, t.office, t.contact = newKeyEntry(t.env), newKeyEntry(t.env), newKeyEntry(t.env), newKeyEntry(t.env)
	t.inclusive = widget.NewCheck(lang.L("topicsettings.inclusive"), nil)
	t.problemForm = newProblemForm([]formField{
		field("申报截止日", t.day, lang.L("hint.topicsettings.day")),
		field("截止日当天", t.inclusive, ""),
		field("材料大小上限", t.max, lang.L("hint.topicsettings.max")),
		field("通知署名", t.office, lang.L("hint.topicsettings.office")),
		field("联系人", t.contact, lang.L("hint.topicsettings.contact")),
	})
	t.save = widget.NewButton(lang.L("action.save"), t.submit)
	t.save.Importance = widget.HighImportance
	t.reload()
	return container.NewVBox(t.body, container.NewHBox(t.save))
}

func (t *topicSettingsTab) reload() {
	load(t.env, t.env.Topics.TopicSettings, func(ts data.TopicSettings) {
		t.day.SetText(strconv.Itoa(ts.DeadlineDay))
		t.inclusive.SetChecked(ts.DeadlineInclusive)
		t.max.SetText(strconv.Itoa(ts.MaxMaterialMB))
		t.office.SetText(ts.NoticeOffice)
		t.contact.SetText(ts.NoticeContact)
	})
}

// submit reads the form; what does not parse is refused with the field named.
func (t *topicSettingsTab) submit() {
	ts := data.TopicSettings{DeadlineInclusive: t.inclusive.Checked, NoticeOffice: t.office.Text, NoticeContact: t.contact.Text}
	var problems []data.Problem
	var err error
	if ts.DeadlineDay, err = strconv.Atoi(strings.TrimSpace(t.day.Text)); err != nil {
		problems = append(problems, data.Problem{Field: "申报截止日", Message: lang.L("error.number")})
	}
	if ts.MaxMaterialMB, err = strconv.Atoi(strings.TrimSpace(t.max.Text)); err != nil {
		problems = append(problems, data.Problem{Field: "材料大小上限", Message: lang.L("error.number")})
	}
	if len(problems) > 0 {
		t.show(&data.Error{Code: data.EInvalid, Message: lang.L("error.notsaved"), Problems: problems})
		return
	}
	act(t.env, func(ctx context.Context) error { return t.env.Topics.SaveTopicSettings(ctx, ts) }, func(err error) {
		t.show(err)
		if err == nil {
			t.reload()
		}
	})
}

// show puts each problem under its field, or says the settings were saved.
func (t *topicSettingsTab) show(err error) { t.showResult(err, "topicsettings.saved") }
