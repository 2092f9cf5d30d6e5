package screens

import (
	"context"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/rules"
)

// decisionRow shows, for a topic the meeting decided, its publication
// (二十七) and 跟踪评估 (二十四) as recorded, with the button that records
// them; nil for a topic not decided.
func (p *topicPage) decisionRow() fyne.CanvasObject {
	d := p.detail
	if d.State != data.TopicDeliberated || !rules.TopicOutcome(d.Outcome).Decided() {
		return nil
	}
	f := d.Decision
	var parts []string
	switch {
	case !f.PublishedOn.IsZero():
		parts = append(parts, fmt.Sprintf(lang.L("topic.decision.published"), dateText(f.PublishedOn), f.PublishedWhere))
	case f.NotPublic != "":
		parts = append(parts, lang.L("topic.decision.notpublic")+f.NotPublic)
	default:
		parts = append(parts, lang.L("topic.decision.unpublished"))
	}
	if !f.EvaluatedOn.IsZero() {
		parts = append(parts, fmt.Sprintf(lang.L("topic.decision.evaluated"), dateText(f.EvaluatedOn), f.Evaluation))
	}
	return container.NewHBox(widget.NewLabel(strings.Join(parts, "；")), widget.NewButton(lang.L("topic.decision.record"), func() { p.askDecision() }))
}

// askDecision records the decision's publication, or why it is not
// published, and its 跟踪评估; every date may stay empty until it happens.
func (p *topicPage) askDecision() *formDialog {
	f := p.detail.Decision
	where, notPublic, eval := newKeyEntry(p.env), newKeyEntry(p.env), newKeyEntry(p.env)
	pubOn, evalOn := newDateEntry(p.env, f.PublishedOn), newDateEntry(p.env, f.EvaluatedOn) // empty until recorded
	where.SetText(f.PublishedWhere)
	notPublic.SetText(f.NotPublic)
	eval.SetText(f.Evaluation)
	dlg := newFormDialog(p.env, lang.L("topic.decision.record"), []formField{
		field("公布日期", pubOn, lang.L("hint.date")),
		field("公布载体", where, lang.L("hint.decision.where")),
		field("不予公布理由", notPublic, lang.L("hint.decision.notpublic")),
		field("评估日期", evalOn, lang.L("hint.date")),
		field("评估结论", eval, ""),
	}, func(done func(error)) {
		var problems []data.Problem
		v := data.DecisionFollowUp{TopicID: p.id, PublishedWhere: where.Text, NotPublic: notPublic.Text, Evaluation: eval.Text}
		v.PublishedOn = optionalDay(pubOn, "公布日期", &problems)
		v.EvaluatedOn = optionalDay(evalOn, "评估日期", &problems)
		if len(problems) > 0 {
			done(notSaved(problems))
			return
		}
		p.afterWrite(done, func(ctx context.Context) error { return p.env.Topics.RecordDecisionFollowUp(ctx, v) })
	})
	dlg.show()
	return dlg
}

// optionalDay reads a date field that may stay empty.
func optionalDay(e *dateEntry, field string, problems *[]data.Problem) time.Time {
	if strings.TrimSpace(e.Text) == "" {
		return time.Time{}
	}
	return parseDay(e, field, problems)
}
