package screens

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// askSettings edits what decides the route and the printing: 公开属性 and
// 密级 (五十), 三重一大 (四十六), the lead unit of a 专题会议 (八), 分送.
func (p *minutesPage) askSettings() *formDialog {
	n := p.n
	title := newKeyEntry(p.env)
	title.SetText(n.Title)
	disclosure := choice(data.Disclosures, n.Disclosure)
	secret := choice(data.Classifications, n.Classification)
	major := widget.NewCheck(lang.L("minutes.threemajor.check"), nil)
	major.SetChecked(n.ThreeMajor)
	var names []string
	ids := map[string]int64{lang.L("option.none"): 0}
	names = append(names, lang.L("option.none"))
	for _, u := range p.units {
		names = append(names, u.Name)
		ids[u.Name] = u.ID
	}
	lead := newSelect(names, nil)
	lead.SetSelected(lang.L("option.none"))
	if n.LeadUnitID != 0 {
		lead.SetSelected(unitName(p.units, n.LeadUnitID))
	}
	dist := newKeyEntry(p.env)
	dist.SetText(n.Distribution)
	f := newFormDialog(p.env, lang.L("minutes.settings"), []formField{
		field("标题", title, ""),
		field("公开属性", disclosure, lang.L("hint.minutes.disclosure")),
		field("密级", secret, ""),
		field("三重一大", major, lang.L("hint.minutes.threemajor")),
		field("牵头单位", lead, lang.L("hint.minutes.lead")),
		field("分送", dist, ""),
	}, func(done func(error)) {
		m := n
		m.Title, m.Disclosure, m.Classification = title.Text, choiceValue(disclosure), choiceValue(secret)
		m.ThreeMajor, m.LeadUnitID, m.Distribution = major.Checked, ids[lead.Selected], dist.Text
		act(p.env, func(ctx context.Context) error { _, err := p.env.Minutes.SaveMinutes(ctx, m); return err }, func(err error) {
			done(err)
			if err == nil {
				p.reload()
			}
		})
	})
	f.show()
	return f
}

// askSign records the next step of the chain: who (fixed by the rules),
// the opinion, the day and the scanned paper's file name.
func (p *minutesPage) askSign() *formDialog {
	var st data.MinutesSign
	for _, s := range p.chain {
		if s.Day.IsZero() {
			st = s
			break
		}
	}
	who := widget.NewLabel(st.Who + "（" + st.Note + "）")
	who.Wrapping = fyne.TextWrapWord
	opinion := newKeyEntry(p.env)
	day := newDateEntry(p.env, p.screen.now())
	scan := newKeyEntry(p.env)
	f := newFormDialog(p.env, fmt.Sprintf(lang.L("minutes.sign.step"), st.Stage), []formField{
		field("签字人", who, ""),
		field("意见", opinion, lang.L("hint.minutes.opinion")),
		field("日期", day, lang.L("hint.date")),
		field("扫描件", scan, lang.L("hint.minutes.scan")),
	}, func(done func(error)) {
		var problems []data.Problem
		d := parseDay(day, "日期", &problems)
		if len(problems) > 0 {
			done(notSaved(problems))
			return
		}
		a := data.SignAction{Stage: st.Stage, PersonID: st.PersonID, Opinion: opinion.Text, Day: d, Scan: scan.Text}
		act(p.env, func(ctx context.Context) error { _, err := p.env.Minutes.SignMinutes(ctx, p.id, a); return err }, func(err error) {
			done(err)
			if err == nil {
				p.reload()
			}
		})
	})
	f.show()
	return f
}

// askCorrect makes a 更正 version of a signed 纪要, with its reason.
func (p *minutesPage) askCorrect() *formDialog {
	text := widget.NewMultiLineEntry()
	text.Wrapping = fyne.TextWrapWord
	text.SetMinRowsVisible(10)
	if len(p.versions) > 0 {
		text.SetText(p.versions[len(p.versions)-1].Body)
	}
	reason := newKeyEntry(p.env)
	f := newFormDialog(p.env, lang.L("minutes.correct"), []formField{
		field("正文", text, ""),
		field("更正理由", reason, lang.L("hint.minutes.reason")),
	}, func(done func(error)) {
		act(p.env, func(ctx context.Context) error {
			_, err := p.env.Minutes.CorrectMinutes(ctx, p.id, text.Text, reason.Text)
			return err
		}, func(err error) {
			done(err)
			if err == nil {
				p.reload()
			}
		})
	})
	f.show()
	return f
}

// showVersions lists the versions; two chosen are compared with the changed
// characters marked, and an old one can be restored as a new version.
func (p *minutesPage) showVersions() *versionsDialog {
	v := &versionsDialog{page: p}
	load(p.env, func(ctx context.Context) ([]data.MinutesVersion, error) {
		return p.env.Minutes.MinutesVersions(ctx, p.id)
	}, func(vs []data.MinutesVersion) {
		p.versions = vs
		v.show()
	})
	return v
}

type versionsDialog struct {
	page     *minutesPage
	from, to *widget.Select
	diff     *widget.RichText
	restore  *widget.Button
	dlg      dialog.Dialog
}

func (v *versionsDialog) label(x data.MinutesVersion) string {
	s := fmt.Sprintf(lang.L("minutes.version.label"), x.N, x.SavedAt.Local().Format("2006-01-02 15:04"), x.SavedBy)
	switch x.Kind {
	case data.VersionCorrection:
		s += "　" + lang.L("minutes.version.correction") + "：" + x.Note
	case data.VersionRestore:
		s += "　" + x.Note
	}
	return s
}

func (v *versionsDialog) show() {
	vs := v.page.versions
	labels := make([]string, len(vs))
	for i, x := range vs {
		labels[i] = v.label(x)
	}
	v.diff = widget.NewRichText()
	v.diff.Wrapping = fyne.TextWrapWord
	v.from = newSelect(labels, func(string) { v.compare() })
	v.to = newSelect(labels, func(string) { v.compare() })
	v.restore = widget.NewButton(lang.L("minutes.restore"), v.doRestore)
	if v.page.n.Locked() || v.page.env.ReadOnly {
		v.restore.Disable()
	}
	if len(labels) > 1 {
		v.from.SetSelectedIndex(len(labels) - 2)
	}
	if len(labels) > 0 {
		v.to.SetSelectedIndex(len(labels) - 1)
	}
	form := widget.NewForm(widget.NewFormItem(lang.L("minutes.compare.from"), container.NewBorder(nil, nil, nil, v.restore, v.from)),
		widget.NewFormItem(lang.L("minutes.compare.to"), v.to))
	body := container.NewBorder(form, nil, nil, nil, container.NewVScroll(v.diff))
	v.dlg = dialog.NewCustom(lang.L("minutes.versions"), lang.L("action.close"), body, v.page.env.Window)
	v.dlg.Resize(fyne.NewSize(900, 600))
	v.dlg.Show()
}

// compare shows the newer text with deletions struck through in red and
// insertions in bold blue.
func (v *versionsDialog) compare() {
	a, b := v.from.SelectedIndex(), v.to.SelectedIndex()
	if a < 0 || b < 0 {
		return
	}
	vs := v.page.versions
	var segs []widget.RichTextSegment
	for _, part := range data.DiffChars(vs[a].Body, vs[b].Body) {
		seg := &widget.TextSegment{Text: part.Text, Style: widget.RichTextStyleInline}
		switch part.Op {
		case data.DiffDeleted:
			// Marked by colour and brackets, not italics: the CJK face has
			// no italic, and each text style costs a parse of the face.
			seg.Style.ColorName = "error"
			seg.Text = "［－" + part.Text + "］"
		case data.DiffInserted:
			seg.Style.ColorName = "primary"
			seg.Style.TextStyle = fyne.TextStyle{Bold: true}
			seg.Text = "［＋" + part.Text + "］"
		}
		segs = append(segs, seg)
	}
	v.diff.Segments = segs
	v.diff.Refresh()
}

func (v *versionsDialog) doRestore() {
	i := v.from.SelectedIndex()
	if i < 0 {
		return
	}
	n, p := v.page.versions[i].N, v.page
	act(p.env, func(ctx context.Context) error {
		_, err := p.env.Minutes.RestoreMinutesVersion(ctx, p.id, n)
		return err
	}, func(err error) {
		if err != nil {
			showError(p.env, err)
			return
		}
		v.dlg.Hide()
		p.editor.saved = p.editor.entry.Text // take the restored text, not the editor's
		p.reload()
	})
}
