package screens

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/rules"
)

// afterWrite runs write off the UI goroutine, closes the form on success
// and reloads the page.
func (p *topicPage) afterWrite(done func(error), write func(context.Context) error) {
	act(p.env, write, func(err error) {
		done(err)
		if err == nil {
			p.reload()
		}
	})
}

// askMove asks what the step needs — the reason of 暂缓/退回, the outcome
// of 已审议, the later meeting of a carried-over topic — and takes it. A
// refusal for a missing item offers the override form (askOverride).
func (p *topicPage) askMove(to data.TopicState) *formDialog {
	var items []formField
	reason := newKeyEntry(p.env)
	outcomes := make([]string, len(rules.TopicOutcomes))
	for i, o := range rules.TopicOutcomes {
		outcomes[i] = outcomeLabel(o)
	}
	outcome := newSelect(outcomes, nil)
	var meetingNames []string
	for _, m := range p.screen.meetings {
		if m.Status == data.StatusPlanning && m.ID != p.detail.MeetingID {
			meetingNames = append(meetingNames, meetingChoice(m))
		}
	}
	meeting := newSelect(meetingNames, nil)
	from := p.detail.State
	switch {
	case to == data.TopicDeliberated:
		items = append(items, field("审议结果", outcome, ""), field("说明", reason, ""))
	case to == data.TopicDeferred || to == data.TopicReturned:
		items = append(items, field("理由", reason, lang.L("hint.topic.reason")))
	case rules.TopicCarriedOver(from, to):
		items = append(items, field("转入会议", meeting, lang.L("hint.topic.carry")))
	default:
		items = append(items, field("说明", reason, ""))
	}
	title := fmt.Sprintf(lang.L("topic.move"), topicStateLabel(to))
	var f *formDialog
	f = newFormDialog(p.env, title, items, func(done func(error)) {
		mv := data.TopicMove{TopicID: p.id, Version: p.detail.Version, To: to, Reason: reason.Text}
		for i, o := range rules.TopicOutcomes {
			if outcome.Selected == outcomes[i] {
				mv.Outcome = string(o)
			}
		}
		for _, m := range p.screen.meetings {
			if meetingChoice(m) == meeting.Selected {
				mv.MeetingID = m.ID
			}
		}
		p.move(mv, func(err error) {
			done(err)
			if data.Overridable(err) {
				f.close()
				p.override = askOverride(p.env, err, func(reason string, done func(error)) {
					mv.Override = reason
					p.move(mv, done)
				})
			}
		})
	})
	f.show()
	return f
}

func (p *topicPage) move(mv data.TopicMove, done func(error)) {
	act(p.env, func(ctx context.Context) error {
		_, err := p.env.Topics.MoveTopic(ctx, mv)
		return err
	}, func(err error) {
		done(err)
		if err == nil {
			p.reload()
		}
	})
}

// askText asks for one note and hands it to write (the mayor's approval of
// a late topic, the 二十三 report).
func (p *topicPage) askText(titleKey, name string, write func(context.Context, int64, string) error) *formDialog {
	text := newKeyEntry(p.env)
	f := newFormDialog(p.env, lang.L(titleKey), []formField{field(name, text, lang.L(titleKey+".hint"))}, func(done func(error)) {
		p.afterWrite(done, func(ctx context.Context) error { return write(ctx, p.id, text.Text) })
	})
	f.show()
	return f
}

// askLegal records the 司法局's 《合法性审查意见书》 (四十一 step 2).
func (p *topicPage) askLegal() *formDialog {
	l := p.detail.Legal
	number, conclusion, scan := newKeyEntry(p.env), newKeyEntry(p.env), newKeyEntry(p.env)
	number.SetText(l.Number)
	conclusion.SetText(l.Conclusion)
	day := newDateEntry(p.env, l.Date)
	f := newFormDialog(p.env, lang.L("topic.legal.record"), []formField{
		field("文号", number, lang.L("hint.topic.legalnumber")),
		field("日期", day, lang.L("hint.date")),
		field("审查结论", conclusion, ""),
		field("扫描件", fileField(p.env, scan), lang.L("hint.topic.scan")),
	}, func(done func(error)) {
		var problems []data.Problem
		v := data.LegalOpinion{Number: number.Text, Conclusion: conclusion.Text}
		v.Date = parseDay(day, "日期", &problems)
		if len(problems) > 0 {
			done(notSaved(problems))
			return
		}
		p.afterWrite(done, func(ctx context.Context) error {
			return p.env.Topics.RecordLegalOpinion(ctx, p.id, v, strings.TrimSpace(scan.Text))
		})
	})
	f.show()
	return f
}

// askOpinion records a related unit's opinion and attendance (二十四).
func (p *topicPage) askOpinion(u data.TopicUnit) *formDialog {
	labels := []string{lang.L("opinion.none"), lang.L("opinion.agree"), lang.L("opinion.differ")}
	codes := []string{"", data.OpinionAgree, data.OpinionDiffer}
	opinion := newSelect(labels, nil)
	for i, c := range codes {
		if c == u.Opinion {
			opinion.SetSelected(labels[i])
		}
	}
	text := newKeyEntry(p.env)
	text.SetText(u.Text)
	attends := widget.NewCheck(lang.L("topic.attends"), nil)
	attends.SetChecked(u.Attends)
	f := newFormDialog(p.env, u.UnitName, []formField{
		field("单位意见", opinion, ""),
		field("意见内容", text, lang.L("hint.topic.opinion")),
		field("列席", attends, ""),
	}, func(done func(error)) {
		v := u
		for i, l := range labels {
			if opinion.Selected == l {
				v.Opinion = codes[i]
			}
		}
		v.Text, v.Attends = text.Text, attends.Checked
		p.afterWrite(done, func(ctx context.Context) error { return p.env.Topics.SetUnitOpinion(ctx, p.id, v) })
	})
	f.show()
	return f
}

// askMaterial copies a file into the data folder with the paper copies
// received (四十一 step 4).
func (p *topicPage) askMaterial() *formDialog {
	path, copies := newKeyEntry(p.env), newKeyEntry(p.env)
	copies.SetText("3")
	f := newFormDialog(p.env, lang.L("material.add"), []formField{
		field("文件", fileField(p.env, path), lang.L("hint.topic.file")),
		field("纸质份数", copies, lang.L("hint.topic.copies")),
	}, func(done func(error)) {
		n, err := strconv.Atoi(strings.TrimSpace(copies.Text))
		if err != nil {
			done(notSaved([]data.Problem{{Field: "纸质份数", Message: lang.L("hint.topic.copies")}}))
			return
		}
		p.afterWrite(done, func(ctx context.Context) error {
			_, err := p.env.Topics.AddMaterial(ctx, p.id, strings.TrimSpace(path.Text), n)
			return err
		})
	})
	f.show()
	return f
}

// askCopies records the paper copies received of one material.
func (p *topicPage) askCopies(m data.TopicMaterial) *formDialog {
	copies := newKeyEntry(p.env)
	copies.SetText(strconv.Itoa(m.Copies))
	f := newFormDialog(p.env, m.Name, []formField{field("纸质份数", copies, lang.L("hint.topic.copies"))}, func(done func(error)) {
		n, err := strconv.Atoi(strings.TrimSpace(copies.Text))
		if err != nil {
			done(notSaved([]data.Problem{{Field: "纸质份数", Message: lang.L("hint.topic.copies")}}))
			return
		}
		p.afterWrite(done, func(ctx context.Context) error { return p.env.Topics.SetMaterialCopies(ctx, m.ID, n) })
	})
	f.show()
	return f
}

// fileField is a path entry with a 浏览 button that fills it from the
// file chooser.
func fileField(env *Env, path *keyEntry) fyne.CanvasObject {
	b := widget.NewButton(lang.L("action.browse"), func() {
		chooseOpen(env.Window, nil, path.SetText)
	})
	return container.NewBorder(nil, nil, nil, b, path)
}

// askCheck records a checklist item done (二十二, 二十四): its date and a
// note of what was done.
func (p *topicPage) askCheck(key, label string) *formDialog {
	day, note := newDateEntry(p.env, p.env.now()), newKeyEntry(p.env)
	f := newFormDialog(p.env, label, []formField{
		field("完成日期", day, lang.L("hint.date")),
		field("说明", note, lang.L("hint.topic.checknote")),
	}, func(done func(error)) {
		var problems []data.Problem
		on := parseDay(day, "完成日期", &problems)
		if len(problems) > 0 {
			done(notSaved(problems))
			return
		}
		p.afterWrite(done, func(ctx context.Context) error {
			return p.env.Topics.SetTopicCheck(ctx, p.id, key, true, on, note.Text)
		})
	})
	f.show()
	return f
}
