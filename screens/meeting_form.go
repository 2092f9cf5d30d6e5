package screens

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2/lang"

	"huiwu/data"
	"huiwu/rules"
)

// openForm edits m, creates a meeting when m.ID is 0, or — when copyFrom is
// set — creates one with the participants of meeting copyFrom.
func (s *meetingsScreen) openForm(m data.Meeting, copyFrom int64) *formDialog {
	entry := func(v string) *keyEntry {
		e := newKeyEntry(s.env)
		e.SetText(v)
		return e
	}
	title := entry(m.Title)
	number := entry("")
	if m.Number > 0 {
		number.SetText(strconv.Itoa(m.Number))
	}
	date, start, end := newDateEntry(s.env, m.Start), entry(""), entry("")
	if !m.Start.IsZero() {
		start.SetText(m.Start.Format("15:04"))
	}
	if !m.End.IsZero() {
		end.SetText(m.End.Format("15:04"))
	}
	place := entry(m.Place)
	remarks := entry(m.Remarks)
	override := entry("")

	kinds := make([]string, len(data.MeetingKinds))
	for i, k := range data.MeetingKinds {
		kinds[i] = kindLabel2(k)
	}
	kind := newSelect(kinds, nil)
	kind.SetSelected(kindLabel2(m.Kind))
	chairNames, chairIDs := []string{}, map[string]int64{}
	for _, p := range rules.ChairCandidates(s.people) {
		label := p.Name + "（" + p.Post + "）"
		chairNames = append(chairNames, label)
		chairIDs[label] = p.ID
	}
	chair := newSelect(chairNames, nil)
	for l, id := range chairIDs {
		if id == m.ChairID {
			chair.SetSelected(l)
		}
	}
	if p, ok := rules.DefaultChair(s.people); ok && m.ChairID == 0 {
		chair.SetSelected(p.Name + "（" + p.Post + "）")
	}
	unit := newChoiceField(s.env, unitChoices(s.units), m.UnitID, lang.L("option.none"))

	unplanned := lang.L("plan.none")
	planNames, planIDs := []string{unplanned}, map[string]int64{unplanned: 0}
	for _, e := range s.plans {
		label := fmt.Sprintf("%d　%s", e.Year, e.Title)
		planNames = append(planNames, label)
		planIDs[label] = e.ID
	}
	plan := newSelect(planNames, nil)
	plan.SetSelected(unplanned)
	for l, id := range planIDs {
		if id == m.PlanID && id != 0 {
			plan.SetSelected(l)
		}
	}
	approval := entry(m.WrittenApproval)

	heading := lang.L("meetings.new")
	switch {
	case copyFrom != 0:
		heading = lang.L("meetings.copy")
	case m.ID != 0:
		heading = fmt.Sprintf(lang.L("meetings.edit"), m.Title)
	}
	items := []formField{
		field("会议名称", title, lang.L("hint.meeting.title")),
		field("会议类型", kind, ""),
		field("届次", number, lang.L("hint.meeting.number")),
		field("日期", date, lang.L("hint.date")),
		field("开始时间", start, lang.L("hint.clock")),
		field("结束时间", end, lang.L("hint.clock")),
		field("地点", place, ""),
		field("主持人", chair, ""),
		field("召开单位", unit, lang.L("hint.meeting.unit")),
		field("年度计划", plan, lang.L("hint.meeting.plan")),
		field("批准文号", approval, lang.L("hint.meeting.approval")),
		field("备注", remarks, ""),
		field("越规理由", override, lang.L("hint.override")),
	}
	var refusal *data.RuleError // the last overridable refusal, for an override
	f := newFormDialog(s.env, heading, items, func(done func(error)) {
		q := m
		q.Title, q.Place, q.Remarks = title.Text, place.Text, remarks.Text
		for _, k := range data.MeetingKinds {
			if kindLabel2(k) == kind.Selected {
				q.Kind = k
			}
		}
		q.ChairID, q.UnitID = chairIDs[chair.Selected], unit.id
		q.PlanID, q.WrittenApproval = planIDs[plan.Selected], approval.Text
		var problems []data.Problem
		q.Number = 0
		if t := strings.TrimSpace(number.Text); t != "" {
			n, err := strconv.Atoi(t)
			if err != nil || n < 1 {
				problems = append(problems, data.Problem{Field: "届次", Message: lang.L("error.number")})
			}
			q.Number = n
		}
		day := parseDay(date, "日期", &problems)
		if !day.IsZero() {
			var err error
			if q.Start, err = data.ParseClock(day, start.Text); err != nil {
				problems = append(problems, data.Problem{Field: "开始时间", Message: data.ErrorMessage(err)})
			}
			if q.End, err = data.ParseClock(day, end.Text); err != nil {
				problems = append(problems, data.Problem{Field: "结束时间", Message: data.ErrorMessage(err)})
			}
		}
		if len(problems) > 0 {
			done(&data.Error{Code: data.EInvalid, Message: lang.L("error.notsaved"), Problems: problems})
			return
		}
		if reason := strings.TrimSpace(override.Text); reason != "" && refusal != nil {
			q.Overrides = append(q.Overrides, data.OverridesFor(refusal, reason)...)
		}
		var saved data.Meeting
		var warnings []string
		act(s.env, func(ctx context.Context) error {
			var err error
			if copyFrom != 0 {
				saved, warnings, err = s.env.Meetings.CopyMeeting(ctx, copyFrom, q)
			} else {
				saved, warnings, err = s.env.Meetings.SaveMeeting(ctx, q)
			}
			return err
		}, func(err error) {
			if re, ok := data.RuleRefusal(err); ok && re.Overridable {
				refusal = re
			}
			done(err)
			if err == nil {
				s.showSaved(saved)
				if s.page != nil && s.page.id == saved.ID {
					s.page.reload()
				}
				s.showWarnings(warnings)
			}
		})
	})
	f.show()
	return f
}
