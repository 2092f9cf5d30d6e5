package screens

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// planText renders a year's plan of normative documents (十七): each item
// with its drafting unit and the draft it became, or 尚未报送.
func planText(items []data.PlanItem) string {
	if len(items) == 0 {
		return lang.L("normplan.empty")
	}
	lines := make([]string, len(items))
	for i, p := range items {
		state := lang.L("normplan.pending")
		if p.DocID != 0 {
			state = fmt.Sprintf(lang.L("normplan.received"), p.DocTitle, docStatusLabel(p.DocStatus))
		}
		lines[i] = fmt.Sprintf("%d. %s（%s）— %s", i+1, p.Title, p.UnitName, state)
	}
	return strings.Join(lines, "\n")
}

// showPlan shows this year's plan with a form to add an item.
func (s *documentsScreen) showPlan() {
	year := time.Now().Year()
	load(s.env, func(ctx context.Context) ([]data.PlanItem, error) { return s.env.Documents.PlanItems(ctx, year) }, func(items []data.PlanItem) {
		text := widget.NewLabel(planText(items))
		text.Wrapping = fyne.TextWrapWord
		add := widget.NewButton(lang.L("normplan.add"), func() { s.addPlanItem(year) })
		content := container.NewBorder(nil, add, nil, nil, container.NewVScroll(text))
		d := dialog.NewCustom(fmt.Sprintf(lang.L("normplan.title"), year), lang.L("action.close"), content, s.env.Window)
		d.Resize(fyne.NewSize(720, 480))
		d.Show()
	})
}

func (s *documentsScreen) addPlanItem(year int) *formDialog {
	yearEntry := newKeyEntry(s.env)
	yearEntry.SetText(strconv.Itoa(year))
	title := newKeyEntry(s.env)
	var names []string
	ids := map[string]int64{}
	for _, u := range s.units {
		names = append(names, u.Name)
		ids[u.Name] = u.ID
	}
	unit := widget.NewSelectEntry(names)
	f := newFormDialog(s.env, lang.L("normplan.add"), []formField{
		field("年份", yearEntry, ""),
		field("标题", title, ""),
		field("起草单位", unit, lang.L("hint.doc.unit")),
	}, func(done func(error)) {
		y, err := strconv.Atoi(strings.TrimSpace(yearEntry.Text))
		if err != nil {
			done(notSaved([]data.Problem{{Field: "年份", Message: lang.L("error.number")}}))
			return
		}
		item := data.PlanItem{Year: y, Title: title.Text, UnitID: ids[unit.Text]}
		act(s.env, func(ctx context.Context) error { _, err := s.env.Documents.SavePlanItem(ctx, item); return err }, done)
	})
	f.show()
	return f
}

// askPlan links a normative draft to an item of its year's plan (十七).
func (c *normativeCard) askPlan() {
	p := c.page
	year := p.rec.Doc.Received.Year()
	load(p.env, func(ctx context.Context) ([]data.PlanItem, error) { return p.env.Documents.PlanItems(ctx, year) }, func(items []data.PlanItem) {
		var names []string
		ids := map[string]int64{}
		for _, it := range items {
			if it.DocID == 0 || it.DocID == p.id {
				names = append(names, it.Title)
				ids[it.Title] = it.ID
			}
		}
		sel := newSelect(names, nil)
		f := newFormDialog(p.env, fmt.Sprintf(lang.L("normplan.title"), year), []formField{field("计划项", sel, lang.L("hint.plan.link"))}, func(done func(error)) {
			if sel.Selected == "" {
				done(notSaved([]data.Problem{{Field: "计划项", Message: lang.L("normplan.choose")}}))
				return
			}
			id := ids[sel.Selected]
			p.afterWrite(done, func(ctx context.Context) error { return p.env.Documents.LinkPlanItem(ctx, id, p.id) })
		})
		f.show()
	})
}
