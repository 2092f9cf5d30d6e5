package screens

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/rules"
)

// planView is the annual meeting plan (四十四): the city-wide conferences
// planned for the year, which a conference in the government's name should
// be one of.
type planView struct {
	screen *meetingsScreen
	env    *Env
	list   recordList[data.PlanEntry]
	year   int
}

func newPlanView(s *meetingsScreen) *planView {
	v := &planView{screen: s, env: s.env, year: s.filter.Year}
	if v.year == 0 {
		v.year = time.Now().Year()
	}
	v.list = recordList[data.PlanEntry]{
		env: s.env, columns: 4, unit: lang.L("unit.plan"),
		cells: func(e data.PlanEntry) []string {
			month := lang.L("plan.month.open")
			if e.Month > 0 {
				month = fmt.Sprintf(lang.L("plan.month"), e.Month)
			}
			return []string{strconv.Itoa(e.Year), month, e.Title, e.Note}
		},
		match:  func(e data.PlanEntry, q string) bool { return containsFold(q, e.Title, e.Note, e.UnitName) },
		name:   func(e data.PlanEntry) string { return e.Title },
		onNew:  func() { v.openForm(data.PlanEntry{Year: v.year}) },
		onEdit: func(e data.PlanEntry) { v.openForm(e) },
		remove: func(ctx context.Context, e data.PlanEntry) error {
			return v.env.Meetings.DeletePlanEntry(ctx, e.ID, e.Version)
		},
		reload: v.reload,
	}
	return v
}

func (v *planView) build() fyne.CanvasObject {
	list := v.list.build(lang.L("plan.search"), []string{lang.L("field.年度"), lang.L("field.月份"), lang.L("field.会议名称"), lang.L("field.备注")})
	back := widget.NewButtonWithIcon(lang.L("action.back"), theme.NavigateBackIcon(), v.screen.back)
	title := widget.NewLabelWithStyle(fmt.Sprintf(lang.L("plan.title"), v.year), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	note := widget.NewLabel(lang.L("plan.note"))
	note.Wrapping = fyne.TextWrapWord
	v.reload()
	return container.NewBorder(container.NewVBox(container.NewHBox(back, title), note), nil, nil, nil, list)
}

func (v *planView) reload() {
	load(v.env, func(ctx context.Context) ([]data.PlanEntry, error) { return v.env.Meetings.PlanEntries(ctx, v.year) }, v.list.setRecords)
}

// openForm edits e, or adds an entry when e.ID is 0.
func (v *planView) openForm(e data.PlanEntry) *formDialog {
	year, month, title, note := newKeyEntry(v.env), newKeyEntry(v.env), newKeyEntry(v.env), newKeyEntry(v.env)
	year.SetText(strconv.Itoa(e.Year))
	if e.Month > 0 {
		month.SetText(strconv.Itoa(e.Month))
	}
	title.SetText(e.Title)
	note.SetText(e.Note)
	heading := lang.L("plan.new")
	if e.ID != 0 {
		heading = fmt.Sprintf(lang.L("plan.edit"), e.Title)
	}
	f := newFormDialog(v.env, heading, []formField{
		field("年度", year, ""), field("月份", month, lang.L("hint.plan.month")), field("会议名称", title, lang.L("hint.plan.title")), field("备注", note, ""),
	}, func(done func(error)) {
		q := e
		q.Title, q.Note = title.Text, note.Text
		var problems []data.Problem
		var err error
		if q.Year, err = strconv.Atoi(year.Text); err != nil {
			problems = append(problems, data.Problem{Field: "年度", Message: lang.L("error.number")})
		}
		q.Month = 0
		if month.Text != "" {
			if q.Month, err = strconv.Atoi(month.Text); err != nil {
				problems = append(problems, data.Problem{Field: "月份", Message: lang.L("error.number")})
			}
		}
		if len(problems) > 0 {
			done(&data.Error{Code: data.EInvalid, Message: lang.L("error.notsaved"), Problems: problems})
			return
		}
		act(v.env, func(ctx context.Context) error { _, err := v.env.Meetings.SavePlanEntry(ctx, q); return err }, func(err error) {
			done(err)
			if err == nil {
				v.reload()
			}
		})
	})
	f.show()
	return f
}

// showPlan swaps the list for the year's plan.
func (s *meetingsScreen) showPlan() {
	s.plan = newPlanView(s)
	s.stack.Objects = []fyne.CanvasObject{s.plan.build()}
	s.stack.Refresh()
}

// approvalBar is the 四十四 line of a city-wide conference's page: planned,
// or the 副市长's review and the 市长's approval with buttons to record them.
func (p *meetingPage) approvalBar() fyne.CanvasObject {
	p.approval = widget.NewLabel("")
	p.approval.Wrapping = fyne.TextWrapWord
	p.review = widget.NewButton(lang.L("plan.review"), func() { p.askApproval("review") })
	p.approve = widget.NewButton(lang.L("plan.approve"), func() { p.askApproval("approve") })
	return container.NewBorder(nil, nil, nil, container.NewHBox(p.review, p.approve), p.approval)
}

func (p *meetingPage) showApproval() {
	m := p.meeting
	show := m.Kind == data.MeetingCityWide && m.PlanID == 0
	for _, o := range []fyne.CanvasObject{p.approval, p.review, p.approve} {
		o.(interface{ Hide() }).Hide()
		if show {
			o.(interface{ Show() }).Show()
		}
	}
	if m.Kind == data.MeetingCityWide && m.PlanID != 0 {
		p.approval.SetText(lang.L("plan.planned"))
		p.approval.Show()
		return
	}
	if !show {
		return
	}
	text := lang.L("plan.unplanned")
	if m.ReviewerID != 0 {
		text += "　" + fmt.Sprintf(lang.L("plan.reviewed"), m.ReviewerName, dateText(m.ReviewedAt.Local()))
	}
	if m.ApproverID != 0 {
		text += "　" + fmt.Sprintf(lang.L("plan.approved"), m.ApproverName, dateText(m.ApprovedAt.Local()))
	}
	p.approval.SetText(text)
}

// askApproval records who reviewed or approved the unplanned conference.
func (p *meetingPage) askApproval(step string) *formDialog {
	var names []string
	ids := map[string]int64{}
	for _, q := range rules.UnplannedApprovers(step == "approve", p.screen.people) {
		label := q.Name + "（" + q.Post + "）"
		names = append(names, label)
		ids[label] = q.ID
	}
	who := newSelect(names, nil)
	f := newFormDialog(p.env, lang.L("plan."+step), []formField{field("审批人", who, lang.L("hint.plan."+step))}, func(done func(error)) {
		id := ids[who.Selected]
		if id == 0 {
			done(&data.Error{Code: data.EInvalid, Message: lang.L("error.notsaved"), Problems: []data.Problem{{Field: "审批人", Message: lang.L("plan.pick")}}})
			return
		}
		act(p.env, func(ctx context.Context) error {
			_, err := p.env.Meetings.RecordApproval(ctx, p.id, step, id)
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
