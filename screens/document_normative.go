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
)

// normativeCard is the part of a document's page that only a normative
// document has: the 司法局's legal review and the 保密审查 (五十), then
// 审签, 印发 and 备案 within 15 days (十九). The store refuses a step that
// clause 五十 forbids and the card shows the refusal with its clause.
type normativeCard struct {
	page  *docPage
	state *widget.Label
	view  *fyne.Container
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
		container.NewHBox(review, secrecy, step(data.DocSigned), step(data.DocIssued), step(data.DocFiled), widget.NewButton(lang.L("normplan.link"), c.askPlan)))
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
	if !r.FiledOn.IsZero() {
		lines += "\n" + fmt.Sprintf(lang.L("normative.filed"), dateText(r.FiledOn))
	}
	c.state.SetText(lines)
	c.view.Show()
}

// askStep signs, issues or files the document on a day; the store refuses
// what clause 五十 forbids and the form shows why.
func (c *normativeCard) askStep(to data.DocStatus) *formDialog {
	return c.askDay("日期", func(ctx context.Context, on time.Time) error {
		return c.page.env.Documents.NormativeStep(ctx, c.page.id, to, on)
	})
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
	p := c.page
	on := p.dayEntry(p.env.now())
	f := newFormDialog(p.env, lang.L("field."+name), []formField{field(name, on, lang.L("hint.date"))}, func(done func(error)) {
		var problems []data.Problem
		day := parseDay(on, name, &problems)
		if len(problems) > 0 {
			done(notSaved(problems))
			return
		}
		p.afterWrite(done, func(ctx context.Context) error { return write(ctx, day) })
	})
	f.show()
	return f
}
