package screens

import (
	"context"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// meetingSettingsTab is 设置 › 会议: the choices the work rules leave open —
// the 常务会议's standing 列席 units (四十一), numbering per year or per
// term, the grace before an arrival is 迟到, and the 桌签's face and size.
type meetingSettingsTab struct {
	*problemForm
	env                   *Env
	standing, grace, size *keyEntry
	termStart             *dateEntry
	numbering, face       *widget.Select
	save                  *widget.Button
}

// withMeetingSettingsTab adds the 会议 tab to the settings tabs.
func withMeetingSettingsTab(env *Env, tabs fyne.CanvasObject) fyne.CanvasObject {
	at, ok := tabs.(*container.AppTabs)
	if !ok || env.Meetings == nil {
		return tabs
	}
	t := &meetingSettingsTab{env: env}
	at.Append(container.NewTabItem(lang.L("meetingsettings.title"), t.build()))
	return at
}

var cardFaceKeys = map[string]string{"hei": "meetingsettings.face.hei", "song": "meetingsettings.face.song", "kai": "meetingsettings.face.kai"}

func (t *meetingSettingsTab) build() fyne.CanvasObject {
	t.standing, t.termStart, t.grace, t.size = newKeyEntry(t.env), newDateEntry(t.env, time.Time{}), newKeyEntry(t.env), newKeyEntry(t.env)
	t.numbering = newSelect([]string{lang.L("meetingsettings.byyear"), lang.L("meetingsettings.byterm")}, nil)
	faces := make([]string, len(data.CardFaces))
	for i, f := range data.CardFaces {
		faces[i] = lang.L(cardFaceKeys[f])
	}
	t.face = newSelect(faces, nil)
	t.problemForm = newProblemForm([]formField{
		field("常务会议列席单位", t.standing, lang.L("hint.meetingsettings.standing")),
		field("编号方式", t.numbering, ""),
		field("届次起算日", t.termStart, lang.L("hint.date")),
		field("迟到宽限", t.grace, lang.L("hint.meetingsettings.grace")),
		field("桌签字体", t.face, ""),
		field("桌签字号", t.size, lang.L("hint.meetingsettings.size")),
	})
	t.save = widget.NewButton(lang.L("action.save"), t.submit)
	t.save.Importance = widget.HighImportance
	t.reload()
	return container.NewVBox(t.body, container.NewHBox(t.save))
}

func (t *meetingSettingsTab) reload() {
	load(t.env, t.env.Meetings.MeetingSettings, func(ms data.MeetingSettings) {
		t.standing.SetText(strings.Join(ms.StandingObservers, "、"))
		t.numbering.SetSelected(lang.L("meetingsettings.byyear"))
		t.termStart.SetText("")
		if ms.PerTerm {
			t.numbering.SetSelected(lang.L("meetingsettings.byterm"))
			t.termStart.SetDay(ms.TermStart)
		}
		t.grace.SetText(strconv.Itoa(ms.LateGraceMinutes))
		t.face.SetSelected(lang.L(cardFaceKeys[ms.CardFace]))
		t.size.SetText(strconv.FormatFloat(ms.CardSizePt, 'f', -1, 64))
	})
}

// submit reads the form, refusing what does not parse with the field named.
func (t *meetingSettingsTab) submit() {
	var ms data.MeetingSettings
	var problems []data.Problem
	ms.StandingObservers = strings.FieldsFunc(t.standing.Text, func(r rune) bool { return strings.ContainsRune("、,，;； ", r) })
	ms.PerTerm = t.numbering.Selected == lang.L("meetingsettings.byterm")
	if ms.PerTerm || strings.TrimSpace(t.termStart.Text) != "" {
		d, err := t.termStart.Day()
		if err != nil && ms.PerTerm {
			problems = append(problems, data.Problem{Field: "届次起算日", Message: data.ErrorMessage(err)})
		}
		ms.TermStart = d
	}
	var err error
	if ms.LateGraceMinutes, err = strconv.Atoi(strings.TrimSpace(t.grace.Text)); err != nil {
		problems = append(problems, data.Problem{Field: "迟到宽限", Message: lang.L("error.number")})
	}
	for f, key := range cardFaceKeys {
		if lang.L(key) == t.face.Selected {
			ms.CardFace = f
		}
	}
	if ms.CardSizePt, err = strconv.ParseFloat(strings.TrimSpace(t.size.Text), 64); err != nil {
		problems = append(problems, data.Problem{Field: "桌签字号", Message: lang.L("error.number")})
	}
	if len(problems) > 0 {
		t.show(&data.Error{Code: data.EInvalid, Message: lang.L("error.notsaved"), Problems: problems})
		return
	}
	act(t.env, func(ctx context.Context) error { return t.env.Meetings.SaveMeetingSettings(ctx, ms) }, func(err error) {
		t.show(err)
		if err == nil {
			t.reload()
		}
	})
}

// show puts each problem under its field, or says the settings were saved.
func (t *meetingSettingsTab) show(err error) { t.showResult(err, "meetingsettings.saved") }
