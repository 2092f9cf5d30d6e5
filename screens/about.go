package screens

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/app/buildinfo"
	"huiwu/data"
	"huiwu/fonts"
	"huiwu/rules"
)

// aboutRow is one line of the 关于 dialog: a translation key and its value.
type aboutRow struct{ key, value string }

// aboutRows is what a secretary reads out or pastes when asking for help:
// which build runs (version with build date), on which data (folder, file,
// schema, audit head) and where (system, source revision). version is the
// line `huiwu version` prints first, so the two always agree.
func aboutRows(version string, st data.Status) []aboutRow {
	rows := []aboutRow{
		{"settings.version", version},
		{"settings.datadir", st.DataDir},
		{"settings.dbfile", st.DBPath},
		{"settings.schema", fmt.Sprint(st.SchemaVersion)},
		{"settings.audithead", st.Head.String()},
		{"about.platform", buildinfo.Platform()},
	}
	if rev := sourceRevision(); rev != "" {
		rows = append(rows, aboutRow{"about.source", rev})
	}
	return rows
}

// technicalRows are the figures the IT office asks for, not the secretary:
// 关于 and 设置 keep them under a closed 「技术信息」 fold.
var technicalRows = map[string]bool{
	"settings.dbfile": true, "settings.schema": true, "settings.audithead": true,
	"about.platform": true, "about.source": true,
}

// technicalFold is form under a 「技术信息」 fold, closed until opened.
func technicalFold(form *widget.Form) *widget.Accordion {
	return widget.NewAccordion(widget.NewAccordionItem(lang.L("about.technical"), form))
}

// sourceRevision is the commit line of 关于, empty when the build did not
// record one.
func sourceRevision() string {
	rev, modified := buildinfo.Revision()
	if rev != "" && modified {
		rev += " " + lang.L("about.modified")
	}
	return rev
}

// aboutText is the rows as plain lines for the clipboard.
func aboutText(rows []aboutRow) string {
	var b strings.Builder
	for _, r := range rows {
		fmt.Fprintf(&b, "%s：%s\n", lang.L(r.key), r.value)
	}
	return b.String()
}

// aboutButton opens the 关于 dialog; the settings screen carries it.
func aboutButton(env *Env, version string) *widget.Button {
	return widget.NewButtonWithIcon(lang.L("about.open"), theme.InfoIcon(), func() { showAbout(env, version) })
}

// showAbout reads the database state afresh and shows it with a button that
// copies everything, so it can be pasted into a message to the IT office.
func showAbout(env *Env, version string) {
	load(env, env.Status.Status, func(st data.Status) {
		rows := aboutRows(version, st)
		form, tech := widget.NewForm(), widget.NewForm()
		for _, r := range rows {
			l := widget.NewLabel(r.value)
			l.Selectable = true
			l.Wrapping = fyne.TextWrapBreak
			if technicalRows[r.key] {
				tech.Append(lang.L(r.key), l)
			} else {
				form.Append(lang.L(r.key), l)
			}
		}
		body := container.NewVBox(form, technicalFold(tech))
		d := dialog.NewCustomWithoutButtons(lang.L("about.title"), body, env.Window)
		copyBtn := widget.NewButtonWithIcon(lang.L("about.copy"), theme.ContentCopyIcon(), func() {
			fyne.CurrentApp().Clipboard().SetContent(aboutText(rows))
		})
		licencesBtn := widget.NewButton(lang.L("about.licences"), func() { showLicences(env) })
		closeBtn := widget.NewButton(lang.L("action.close"), d.Hide)
		closeBtn.Importance = widget.HighImportance
		d.SetButtons([]fyne.CanvasObject{licencesBtn, copyBtn, closeBtn})
		d.Resize(fyne.NewSize(640, 0))
		d.Show()
	})
}

// licence is one entry of the licences dialog: what it covers and its text.
type licence struct{ covers, text string }

// allLicences is every licence the program carries: the bundled faces'
// (fonts.Licences) first, then the built-in stroke data's
// (rules.StrokeDataLicences), which 按姓氏笔画 sorts names by.
func allLicences() []licence {
	var all []licence
	for _, l := range fonts.Licences() {
		all = append(all, licence{l.Faces, l.Text})
	}
	for _, l := range rules.StrokeDataLicences() {
		all = append(all, licence{l.Source, l.Text})
	}
	return all
}

// showLicences shows the licence of each bundled face and of the stroke
// data, as the program carries them, one at a time.
func showLicences(env *Env) {
	all := allLicences()
	text := widget.NewLabel("")
	text.Wrapping = fyne.TextWrapWord
	text.Selectable = true
	names := make([]string, len(all))
	for i, l := range all {
		names[i] = l.covers
	}
	pick := newSelect(names, func(v string) {
		for _, l := range all {
			if l.covers == v {
				text.SetText(l.text)
			}
		}
	})
	pick.SetSelectedIndex(0)
	body := container.NewBorder(pick, nil, nil, nil, container.NewVScroll(text))
	d := dialog.NewCustom(lang.L("about.licences"), lang.L("action.close"), body, env.Window)
	d.Resize(fyne.NewSize(760, 560))
	d.Show()
}
