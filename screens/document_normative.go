package screens

import (
	"context"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/rules"
)

// normativeCard is the part of a document's page that only a normative
// document has: the 司法局's legal review and the 保密审查 (五十), then
// 审签, 印发 and 备案 within 15 days (十九). The store refuses a step that
// clause 五十 forbids and the card shows the refusal with its clause.
type normativeCard struct {
	page     *docPage
	state    *widget.Label
	view     *fyne.Container
	override *formDialog // the reason's form last offered (十七; tests fill it in)
}

func (c *normativeCard) build() fyne.CanvasObject {
	c.state = widget.NewLabel("")
	c.state.Wrapping = fyne.TextWrapWord
	review := widget.NewButton(lang.L("normative.review"), func() { c.askReview() })
	secrecy := widget.NewButton(lang.L("normative.secrecy"), func() { c.askDay("保密审查日期", c.secrecy) })
	step := func(to data.DocStatus) *widget.Button {
		return widget.NewButton(lang.L("normative.to."+string(to)), func() { c.askStep(to) })
	}
	c.view = container.NewVBox(widget.NewSeparator(),
		widget.NewLabelWithStyle(lang.L("document.section.normative"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		c.state,
		container.NewHBox(review, secrecy, step(data.DocSigned), step(data.DocIssued), widget.NewButton(lang.L("normative.to.filed"), func() { c.askReport() }), widget.NewButton(lang.L("normplan.link"), c.askPlan)))
	c.view.Hide()
	return c.view
}

func (c *normativeCard) secrecy(ctx context.Context, on time.Time) error {
	return c.page.env.Documents.RecordSecrecyReview(ctx, c.page.id, on)
}

func (c *normativeCard) refresh() {
	r := c.page.rec
	if r.Doc.Kind != data.DocNormative {
		c.view.Hide()
		return
	}
	review := lang.L("normative.review.none")
	switch r.Review {
	case "lawful":
		review = fmt.Sprintf(lang.L("normative.review.lawful"), dateText(r.ReviewOn), r.ReviewRef)
	case "unlawful":
		review = fmt.Sprintf(lang.L("normative.review.unlawful"), dateText(r.ReviewOn), r.ReviewRef)
	}
	lines := review
	if r.PlanYear > 0 {
		lines += "\n" + fmt.Sprintf(lang.L("normative.planned"), r.PlanYear)
	} else {
		lines += "\n" + lang.L("normative.unplanned")
	}
	for _, o := range r.Overrides {
		lines += "\n" + fmt.Sprintf(lang.L("normative.override"), o.Clause.String(), o.Reason, o.Actor)
	}
	if r.Doc.Classification != "" {
		if r.SecrecyOn.IsZero() {
			lines += "\n" + lang.L("normative.secrecy.none")
		} else {
			lines += "\n" + fmt.Sprintf(lang.L("normative.secrecy.done"), dateText(r.SecrecyOn))
		}
	}
	if !r.IssuedOn.IsZero() {
		lines += "\n" + fmt.Sprintf(lang.L("normative.issued"), dateText(r.IssuedOn), dateText(r.FilingDue))
	}
	for _, rep := range r.Reports {
		line := fmt.Sprintf(lang.L("normative.reported"), rules.ReportBodyName(rules.ReportBody(rep.Body)), dateText(rep.On), rep.Ref)
		if rep.Late {
			line += lang.L("normative.reported.late")
		}
		lines += "\n" + line
	}
	if !r.FiledOn.IsZero() {
		lines += "\n" + fmt.Sprintf(lang.L("normative.filed"), dateText(r.FiledOn))
	}
	c.state.SetText(lines)
	c.view.Show()
}

// askStep signs, issues or files the document on a day; the store refuses
// what clause 五十 forbids and the form shows why. A draft outside the
// year's plan (十七) is signed once a reason is given: the reason's form
// follows the day's.
func (c *normativeCard) askStep(to data.DocStatus) *formDialog {
	p := c.page
	step := func(on time.Time, os []data.Override, done func(error)) {
		p.afterWrite(done, func(ctx context.Context) error { return p.env.Documents.NormativeStep(ctx, p.id, to, on, os...) })
	}
	var f *formDialog
	f = c.dayForm("日期", func(on time.Time, done func(error)) {
		step(on, nil, func(err error) {
			done(err)
			if re, ok := data.RuleRefusal(err); ok && re.Overridable {
				f.close()
				c.override = askOverride(p.env, err, func(reason string, done func(error)) { step(on, data.OverridesFor(re, reason), done) })
			}
		})
	})
	return f
}

// askReview records the legal review: lawful or not, date, 意见书 number.
func (c *normativeCard) askReview() *formDialog {
	p := c.page
	results := []string{lang.L("normative.lawful"), lang.L("normative.unlawful")}
	result := widget.NewRadioGroup(results, nil)
	result.Horizontal = true
	result.SetSelected(results[0])
	on := p.dayEntry(p.env.now())
	ref := newKeyEntry(p.env)
	f := newFormDialog(p.env, lang.L("normative.review"), []formField{
		field("审查结论", result, ""),
		field("审查日期", on, lang.L("hint.date")),
		field("意见书文号", ref, lang.L("hint.normative.ref")),
	}, func(done func(error)) {
		var problems []data.Problem
		day := parseDay(on, "审查日期", &problems)
		if len(problems) > 0 {
			done(notSaved(problems))
			return
		}
		lawful := result.Selected == results[0]
		p.afterWrite(done, func(ctx context.Context) error { return p.env.Documents.RecordReview(ctx, p.id, lawful, day, ref.Text) })
	})
	f.show()
	return f
}

// askDay asks for one date and runs write with it.
func (c *normativeCard) askDay(name string, write func(context.Context, time.Time) error) *formDialog {
	return c.dayForm(name, func(day time.Time, done func(error)) {
		c.page.afterWrite(done, func(ctx context.Context) error { return write(ctx, day) })
	})
}

// dayForm asks for one day and hands it, parsed, to submit.
func (c *normativeCard) dayForm(name string, submit func(day time.Time, done func(error))) *formDialog {
	on := c.page.dayEntry(c.page.env.now())
	f := newFormDialog(c.page.env, lang.L("field."+name), []formField{field(name, on, lang.L("hint.date"))}, func(done func(error)) {
		var problems []data.Problem
		day := parseDay(on, name, &problems)
		if len(problems) > 0 {
			done(notSaved(problems))
			return
		}
		submit(day, done)
	})
	f.show()
	return f
}

// askReport records the 报送备案 to one body (十九): the body, the day and
// the reference; 已备案 follows when both bodies have it.
func (c *normativeCard) askReport() *formDialog {
	p := c.page
	var names []string
	for _, b := range rules.ReportBodies {
		names = append(names, rules.ReportBodyName(b))
	}
	body := newSelect(names, nil)
	on := p.dayEntry(time.Now())
	ref := newKeyEntry(p.env)
	f := newFormDialog(p.env, lang.L("normative.to.filed"), []formField{
		field("备案机关", body, lang.L("hint.normative.report")),
		field("报送日期", on, lang.L("hint.date")),
		field("备案文号", ref, ""),
	}, func(done func(error)) {
		var problems []data.Problem
		day := parseDay(on, "报送日期", &problems)
		var chosen rules.ReportBody
		for _, b := range rules.ReportBodies {
			if rules.ReportBodyName(b) == body.Selected {
				chosen = b
			}
		}
		if chosen == "" {
			problems = append(problems, data.Problem{Field: "备案机关", Message: lang.L("normative.report.pick")})
		}
		if len(problems) > 0 {
			done(notSaved(problems))
			return
		}
		p.afterWrite(done, func(ctx context.Context) error {
			return p.env.Documents.ReportFiling(ctx, p.id, string(chosen), day, ref.Text)
		})
	})
	f.show()
	return f
}
