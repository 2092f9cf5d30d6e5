package screens

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/rules"
)

// filingsScreen is 公文 › 规范性文件备案: the normative documents the towns
// and departments filed with the 市政府 in a year (十九) — what each filing
// lacks (received past the 15 days, no public consultation, no legal
// review of its own, a public matter not asked beforehand) and the step it
// waits for: the 司法局's registration, its review, and for one found at
// fault the order to amend or revoke it. The government's own documents'
// 报送备案 to the 常州市政府 and the 市人大常委会 are recorded on the
// normative document's page (收文).
type filingsScreen struct {
	env     *Env
	list    recordList[data.Filing]
	year    int
	yearSel *widget.Select // the register year shown
	units   []data.Unit    // those that file: towns and departments
	view    fyne.CanvasObject
}

func newFilingsScreen(env *Env) *filingsScreen {
	s := &filingsScreen{env: env, year: env.now().Year()}
	s.list = recordList[data.Filing]{
		env: env, columns: 6, unit: lang.L("unit.filings"),
		cells: func(f data.Filing) []string {
			title := f.Title
			if f.Number != "" {
				title += "（" + f.Number + "）"
			}
			return []string{yearDay(f.Received, s.year), f.UnitName, title, yearDay(f.Issued, s.year), filingFlagsText(f), filingStepText(f)}
		},
		match: func(f data.Filing, q string) bool {
			return containsFold(q, f.Title, f.Number, f.UnitName, filingFlagsText(f), filingStepText(f), dateKeys(f.Received))
		},
		name:    func(f data.Filing) string { return f.Title },
		id:      func(f data.Filing) int64 { return f.ID },
		late:    func(f data.Filing) bool { return len(rules.FilingFlags(f)) > 0 || filingOwesOrder(f) },
		weights: []float32{1.1, 2.2, 3.6, 1.1, 2.6, 2.4},
		onNew:   func() { s.openForm() },
		onOpen:  func(f data.Filing) { s.openStep(f) },
		reload:  s.reload,
	}
	return s
}

func (s *filingsScreen) build() fyne.CanvasObject {
	emptyRegister(&s.list, "empty.filings", "filings.new")
	v := s.list.build(lang.L("filings.search"), []string{
		lang.L("field.收到日期"), lang.L("field.制定单位"), lang.L("field.标题"), lang.L("field.印发日期"), lang.L("field.报送情况"), lang.L("field.进度"),
	})
	step := s.list.rowButton(lang.L("filings.step"), theme.NavigateNextIcon(), func(f data.Filing) { s.openStep(f) })
	step.Importance = widget.HighImportance
	s.yearSel = registerYear(s.year, s.env.now().Year(), func(y int) { s.year = y; s.reload() })
	bar := container.NewHBox(widget.NewLabel(lang.L("field.年份")), s.yearSel, layoutSpacer(), step)
	s.view = container.NewBorder(bar, nil, nil, nil, v)
	s.reload()
	return s.view
}

func (s *filingsScreen) reload() {
	if s.view == nil {
		return
	}
	type all struct {
		fs    []data.Filing
		units []data.Unit
	}
	year := s.year
	load(s.env, func(ctx context.Context) (all, error) {
		var a all
		var err error
		if a.units, err = s.env.Roster.Units(ctx); err != nil {
			return a, err
		}
		a.fs, err = s.env.Filings.Filings(ctx, year)
		return a, err
	}, func(a all) {
		s.units = slices.DeleteFunc(a.units, func(u data.Unit) bool { return !rules.FilingUnit(u.Kind) })
		s.list.setRecords(a.fs)
	})
}

// filingFlagsText is what the filing lacks under 十九, or that it is in order.
func filingFlagsText(f data.Filing) string {
	var out []string
	for _, b := range rules.FilingFlags(f) {
		out = append(out, b.Message)
	}
	if len(out) == 0 {
		return lang.L("filings.inorder")
	}
	return strings.Join(out, "；")
}

// filingOwesOrder tells whether the 司法局 found f at fault and no order
// to amend or revoke it is recorded yet.
func filingOwesOrder(f data.Filing) bool {
	return f.Review != "" && f.Review != rules.FilingPass && f.Order == ""
}

// filingStepText is the step the filing is at, or waits for.
func filingStepText(f data.Filing) string {
	switch {
	case f.RegisteredOn.IsZero():
		return lang.L("filings.state.register")
	case f.Review == "":
		return lang.L("filings.state.review")
	case f.Review == rules.FilingPass:
		return rules.FilingName(f.Review)
	case f.Order == "":
		return fmt.Sprintf(lang.L("filings.state.order"), rules.FilingName(f.Review))
	}
	return fmt.Sprintf(lang.L("filings.state.ordered"), rules.FilingName(f.Order), f.OrderRef)
}

// checks are the steps a filing shows were taken before issue.
var filingChecks = []struct {
	key string
	of  func(*data.Filing) *bool
}{
	{"filings.consulted", func(f *data.Filing) *bool { return &f.Consulted }},
	{"filings.ownreview", func(f *data.Filing) *bool { return &f.OwnReview }},
	{"filings.public", func(f *data.Filing) *bool { return &f.PublicMatter }},
}

// openForm registers a filing as it came in; what it lacks is shown in the
// register, not refused (十九: the register records what came in).
func (s *filingsScreen) openForm() *formDialog {
	unit, unitID := unitSelect(s.units, 0)
	title, number, asked := textEntry(s.env, ""), textEntry(s.env, ""), textEntry(s.env, "")
	issued, received := newDateEntry(s.env, time.Time{}), newDateEntry(s.env, s.env.now())
	labels := make([]string, len(filingChecks))
	for i, c := range filingChecks {
		labels[i] = lang.L(c.key)
	}
	checks := widget.NewCheckGroup(labels, nil)
	f := newFormDialog(s.env, lang.L("filings.new"), []formField{
		field("制定单位", unit, lang.L("hint.filing.unit")),
		field("标题", title, lang.L("hint.filing.title")),
		field("文号", number, lang.L("hint.filing.number")),
		field("印发日期", issued, lang.L("hint.filing.issued")),
		field("收到日期", received, lang.L("hint.filing.received")),
		field("备案材料", checks, lang.L("hint.filing.checks")),
		field("请示文号", asked, lang.L("hint.filing.asked")),
	}, func(done func(error)) {
		v := data.Filing{UnitID: unitID(), Title: title.Text, Number: number.Text, AskedRef: asked.Text}
		for i, c := range filingChecks {
			*c.of(&v) = slices.Contains(checks.Selected, labels[i])
		}
		var problems []data.Problem
		v.Issued = parseDay(issued, "印发日期", &problems)
		v.Received = parseDay(received, "收到日期", &problems)
		if len(problems) > 0 {
			done(notSaved(problems))
			return
		}
		writeRecord(&s.list, done, func(ctx context.Context) (data.Filing, error) { return s.env.Filings.AddFiling(ctx, v) })
	})
	f.show()
	return f
}

// openStep records the step filing f waits for: the 司法局's registration,
// its review, or the order on a filing found at fault; a filing with no
// step left is shown as it stands.
func (s *filingsScreen) openStep(f data.Filing) *formDialog {
	on := newDateEntry(s.env, s.env.now())
	var items []formField
	var step, dayField string
	result := func() string { return "" }
	ref := textEntry(s.env, "")
	switch {
	case f.RegisteredOn.IsZero():
		step, dayField = "register", "登记日期"
		items = []formField{field("登记日期", on, lang.L("hint.filing.registered"))}
	case f.Review == "":
		step, dayField = "review", "审查日期"
		sel, codeOf := filingChoice(rules.FilingPass, rules.FilingConflict, rules.FilingUltraVires, rules.FilingProcedure)
		result = codeOf
		items = []formField{field("审查结论", sel, lang.L("hint.filing.review")), field("审查日期", on, lang.L("hint.filing.reviewed"))}
	case filingOwesOrder(f):
		step, dayField = "order", "日期"
		sel, codeOf := filingChoice(rules.OrderAmend, rules.OrderRevoke)
		result = codeOf
		items = []formField{field("处理", sel, lang.L("hint.filing.order")), field("文号", ref, lang.L("hint.filing.ref")), field("日期", on, lang.L("hint.filing.orderon"))}
	default:
		dialog.ShowInformation(f.Title, s.list.detail.Text, s.env.Window)
		return nil
	}
	return s.showStep(f, step, items, func(problems *[]data.Problem) (string, string, time.Time) {
		return result(), ref.Text, parseDay(on, dayField, problems)
	})
}

// showStep is the form of one step; read gives its result, reference and day.
func (s *filingsScreen) showStep(f data.Filing, step string, items []formField, read func(*[]data.Problem) (string, string, time.Time)) *formDialog {
	heading := fmt.Sprintf(lang.L("filings.step."+step), f.Title)
	d := newFormDialog(s.env, heading, items, func(done func(error)) {
		var problems []data.Problem
		result, ref, on := read(&problems)
		if len(problems) > 0 {
			done(notSaved(problems))
			return
		}
		writeRecord(&s.list, done, func(ctx context.Context) (data.Filing, error) {
			return s.env.Filings.FilingStep(ctx, f.ID, step, result, ref, on)
		})
	})
	d.show()
	return d
}

// filingChoice is a select of the outcomes codes by their Chinese names,
// and the code of the one chosen ("" for none).
func filingChoice(codes ...string) (*widget.Select, func() string) {
	names := make([]string, len(codes))
	for i, c := range codes {
		names[i] = rules.FilingName(c)
	}
	sel := newSelect(names, nil)
	return sel, func() string {
		for _, c := range codes {
			if rules.FilingName(c) == sel.Selected {
				return c
			}
		}
		return ""
	}
}
