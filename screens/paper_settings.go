package screens

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// paperSettingsTab is 设置 › 公文印制: the office's own licensed fonts
// (仿宋_GB2312, 方正小标宋, 黑体, 楷体) by role, and the 机关代字 of its
// notices' 发文字号. It is where a secretary finds the font setting: the
// note says what it is for and that an empty field prints with the fonts
// the program carries; the store checks each file when saved.
type paperSettingsTab struct {
	*problemForm
	env    *Env
	fonts  map[string]*keyEntry
	prefix *keyEntry
	save   *widget.Button
}

// withPaperSettingsTab appends the 公文印制 tab to the settings tabs.
func withPaperSettingsTab(env *Env, tabs fyne.CanvasObject) fyne.CanvasObject {
	at, ok := tabs.(*container.AppTabs)
	if !ok || env.Office == nil {
		return tabs
	}
	t := &paperSettingsTab{env: env, fonts: map[string]*keyEntry{}}
	at.Append(container.NewTabItem(lang.L("papersettings.title"), t.build()))
	return at
}

func (t *paperSettingsTab) build() fyne.CanvasObject {
	var fields []formField
	for _, r := range data.FontRoles {
		e := newKeyEntry(t.env)
		e.SetPlaceHolder(lang.L("papersettings.bundled"))
		t.fonts[r.Key] = e
		choose := widget.NewButton(lang.L("papersettings.choose"), func() {
			chooseOpen(t.env.Window, []string{".ttf"}, func(path string) { e.SetText(path) })
		})
		fields = append(fields, field(r.Field, container.NewBorder(nil, nil, nil, choose, e), lang.L("hint.papersettings."+r.Key)))
	}
	t.prefix = newKeyEntry(t.env)
	fields = append(fields, field("发文字号前缀", t.prefix, lang.L("hint.papersettings.prefix")))
	t.problemForm = newProblemForm(fields)
	t.save = widget.NewButton(lang.L("action.save"), t.submit)
	t.save.Importance = widget.HighImportance
	note := widget.NewLabel(lang.L("papersettings.note"))
	note.Wrapping = fyne.TextWrapBreak // Chinese has no spaces to wrap at
	t.reload()
	return container.NewVBox(note, t.body, container.NewHBox(t.save))
}

func (t *paperSettingsTab) reload() {
	load(t.env, t.env.Office.PaperSettings, func(p data.PaperSettings) {
		for k, e := range t.fonts {
			e.SetText(p.Fonts[k])
		}
		t.prefix.SetText(p.NoticePrefix)
	})
}

// submit saves the form; a font file the store refuses is named under its
// field, and nothing is saved.
func (t *paperSettingsTab) submit() {
	p := data.PaperSettings{Fonts: map[string]string{}, NoticePrefix: t.prefix.Text}
	for k, e := range t.fonts {
		p.Fonts[k] = e.Text
	}
	act(t.env, func(ctx context.Context) error { return t.env.Office.SetPaperSettings(ctx, p) }, func(err error) {
		t.showResult(err, "papersettings.saved")
		if err == nil {
			t.reload()
		}
	})
}
