package screens

import (
	"context"
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/rules"
)

// issuedScreen is 公文 › 发文登记: the year's documents issued in the name
// of the government or its office, each with its 公开属性 (五十), and the
// year's count against the office's target (五十一), the target editable
// here as well as in 设置.
type issuedScreen struct {
	env    *Env
	list   recordList[data.IssuedDoc]
	year   int
	tally  *widget.Label
	target *keyEntry
	note   *widget.Label // the target's save, or what was wrong with it
	// override is the form asking for the reason to issue beyond the
	// target, while it is shown (五十一).
	override *formDialog
	view     fyne.CanvasObject
}

func newIssuedScreen(env *Env) *issuedScreen {
	s := &issuedScreen{env: env, year: env.now().Year()}
	s.list = recordList[data.IssuedDoc]{
		env: env, columns: 6, unit: lang.L("unit.issued"),
		cells: func(d data.IssuedDoc) []string {
			return []string{yearDay(d.IssuedOn, s.year), d.Number, d.Title, issuerLabel(d.Issuer), orNone(d.Disclosure), orNone(d.Classification)}
		},
		match: func(d data.IssuedDoc, q string) bool {
			return containsFold(q, d.Number, d.Title, issuerLabel(d.Issuer), d.Disclosure, d.Classification, dateKeys(d.IssuedOn))
		},
		name:    func(d data.IssuedDoc) string { return d.Title },
		id:      func(d data.IssuedDoc) int64 { return d.ID },
		weights: []float32{1.1, 2.5, 4.6, 1.6, 1.3, 0.9},
		onNew: func() {
			s.openForm(data.IssuedDoc{Issuer: data.IssuerGovernment, IssuedOn: env.now(), Disclosure: "主动公开"})
		},
		onEdit: func(d data.IssuedDoc) { s.openForm(d) },
		reload: s.reload,
	}
	return s
}

func issuerLabel(i data.Issuer) string { return lang.L("issuer." + string(i)) }

func (s *issuedScreen) build() fyne.CanvasObject {
	emptyRegister(&s.list, "empty.issued", "issued.new")
	v := s.list.build(lang.L("issued.search"), []string{
		lang.L("field.印发日期"), lang.L("field.文号"), lang.L("field.标题"), lang.L("field.发文名义"), lang.L("field.公开属性"), lang.L("field.密级"),
	})
	s.tally = widget.NewLabel("")
	s.tally.Truncation = fyne.TextTruncateEllipsis
	s.target = newKeyEntry(s.env)
	s.target.OnSubmitted = func(string) { s.saveTarget() }
	s.note = widget.NewLabel("")
	s.note.Hide()
	save := widget.NewButton(lang.L("issued.target.save"), s.saveTarget)
	year := registerYear(s.year, s.env.now().Year(), func(y int) { s.year = y; s.reload() })
	target := container.NewHBox(widget.NewLabel(lang.L("field.年度发文目标")), container.NewGridWrap(fyne.NewSize(80, s.target.MinSize().Height), s.target), save)
	bar := container.NewBorder(nil, nil, container.NewHBox(widget.NewLabel(lang.L("field.年份")), year), target, s.tally)
	s.view = container.NewBorder(container.NewVBox(bar, s.note), nil, nil, nil, v)
	s.reload()
	return s.view
}

func (s *issuedScreen) reload() {
	if s.view == nil {
		return
	}
	type all struct {
		docs   []data.IssuedDoc
		tally  data.IssueTally
		limits data.FollowUpSettings
	}
	year := s.year
	load(s.env, func(ctx context.Context) (all, error) {
		var a all
		var err error
		if a.limits, err = s.env.FollowUp.FollowUpSettings(ctx); err != nil {
			return a, err
		}
		a.docs, a.tally, err = s.env.Issued.IssuedDocs(ctx, year)
		return a, err
	}, func(a all) {
		s.tally.SetText(rules.TallyText(a.tally))
		s.tally.Importance = widget.MediumImportance
		if a.tally.Target > 0 && a.tally.Count >= a.tally.Target {
			s.tally.Importance = widget.DangerImportance // 五十一: at the target, a new one needs a reason
		}
		s.tally.Refresh()
		s.target.SetText(strconv.Itoa(a.limits.IssueTarget))
		s.list.setRecords(a.docs)
	})
}

// saveTarget writes the year's target (五十一), the other follow-up
// settings read afresh and kept as they are.
func (s *issuedScreen) saveTarget() {
	var problems []data.Problem
	n := numberOf(s.target, "年度发文目标", &problems)
	if len(problems) > 0 {
		s.showNote(notSaved(problems))
		return
	}
	act(s.env, func(ctx context.Context) error {
		fs, err := s.env.FollowUp.FollowUpSettings(ctx)
		if err != nil {
			return err
		}
		fs.IssueTarget = n
		return s.env.FollowUp.SaveFollowUpSettings(ctx, fs)
	}, func(err error) {
		s.showNote(err)
		if err == nil {
			s.reload()
		}
	})
}

// showNote says the target was saved, or why not.
func (s *issuedScreen) showNote(err error) {
	s.note.Importance = widget.SuccessImportance
	s.note.SetText(lang.L("issued.target.saved"))
	if err != nil {
		s.note.Importance = widget.DangerImportance
		s.note.SetText(data.ErrorMessage(err))
	}
	s.note.Show()
}

// openForm registers d (ID 0) or corrects it. A new document beyond the
// year's target is refused until a reason is given (五十一), which is
// audited with it.
func (s *issuedScreen) openForm(d data.IssuedDoc) *formDialog {
	number, title := textEntry(s.env, d.Number), textEntry(s.env, d.Title)
	issuers := []data.Issuer{data.IssuerGovernment, data.IssuerOffice}
	issuer := newSelect([]string{issuerLabel(issuers[0]), issuerLabel(issuers[1])}, nil)
	issuer.SetSelected(issuerLabel(d.Issuer))
	on, secrecy := newDateEntry(s.env, d.IssuedOn), newDateEntry(s.env, d.SecrecyOn)
	disclosure, class := choice(data.Disclosures, d.Disclosure), choice(data.Classifications, d.Classification)
	heading := lang.L("issued.new")
	if d.ID != 0 {
		heading = fmt.Sprintf(lang.L("issued.edit"), d.Number)
	}
	var f *formDialog
	f = newFormDialog(s.env, heading, []formField{
		field("文号", number, lang.L("hint.issued.number")),
		field("标题", title, lang.L("hint.issued.title")),
		field("发文名义", issuer, lang.L("hint.issued.issuer")),
		field("印发日期", on, lang.L("hint.issued.on")),
		field("公开属性", disclosure, lang.L("hint.issued.disclosure")),
		field("密级", class, lang.L("hint.issued.class")),
		field("保密审查日期", secrecy, lang.L("hint.issued.secrecy")),
	}, func(done func(error)) {
		v := d
		var problems []data.Problem
		v.Number, v.Title, v.Issuer = number.Text, title.Text, ""
		for _, i := range issuers {
			if issuerLabel(i) == issuer.Selected {
				v.Issuer = i
			}
		}
		v.IssuedOn = parseDay(on, "印发日期", &problems)
		v.SecrecyOn = optionalDay(secrecy, "保密审查日期", &problems)
		v.Disclosure, v.Classification = choiceValue(disclosure), choiceValue(class)
		if len(problems) > 0 {
			done(notSaved(problems))
			return
		}
		s.save(v, func(err error) {
			// 五十一: at the target the reason is asked for in its own
			// form, and the document saved with it from there.
			s.override = askOverride(s.env, err, func(reason string, done func(error)) { v.Override = reason; s.save(v, done) })
			if s.override != nil {
				f.close()
				return
			}
			done(err)
		})
	})
	f.show()
	return f
}

// save writes v and reads the register again.
func (s *issuedScreen) save(v data.IssuedDoc, done func(error)) {
	writeRecord(&s.list, done, func(ctx context.Context) (data.IssuedDoc, error) { return s.env.Issued.SaveIssuedDoc(ctx, v) })
}
