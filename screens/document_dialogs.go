package screens

import (
	"context"
	"fmt"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/rules"
)

// dayEntry is a date field filled with day (or left empty for the zero time).
func (p *docPage) dayEntry(day time.Time) *dateEntry { return newDateEntry(p.env, day) }

// parseDay reads a date field; a bad one becomes the field's problem.
func parseDay(e *dateEntry, field string, problems *[]data.Problem) time.Time {
	d, err := e.Day()
	if err != nil {
		*problems = append(*problems, data.Problem{Field: field, Message: data.ErrorMessage(err)})
	}
	return d
}

func notSaved(problems []data.Problem) error {
	return &data.Error{Code: data.EInvalid, Message: lang.L("error.notsaved"), Problems: problems}
}

// afterWrite runs write off the UI goroutine, closes the form on success and
// reloads the page.
func (p *docPage) afterWrite(done func(error), write func(context.Context) error) {
	act(p.env, write, func(err error) {
		done(err)
		if err == nil {
			p.reload()
		}
	})
}

// askStart starts a countersign: the units whose remits the document
// touches, and the day it is sent (四十八).
func (p *docPage) askStart() *formDialog {
	var names []string
	ids := map[string]int64{}
	for _, u := range p.screen.units {
		if u.ID != p.rec.Doc.UnitID && (u.Kind == data.KindDepartment || u.Kind == data.KindAffiliated || u.Kind == data.KindTown) {
			names = append(names, u.Name)
			ids[u.Name] = u.ID
		}
	}
	units := widget.NewCheckGroup(names, nil)
	sent := p.dayEntry(p.rec.Doc.Received)
	f := newFormDialog(p.env, lang.L("countersign.start"), []formField{
		field("会签单位", widgetScroll(units), ""),
		field("送签日期", sent, lang.L("hint.countersign.sent")),
	}, func(done func(error)) {
		var problems []data.Problem
		day := parseDay(sent, "送签日期", &problems)
		if len(problems) > 0 {
			done(notSaved(problems))
			return
		}
		var chosen []int64
		for _, n := range names {
			if slices.Contains(units.Selected, n) {
				chosen = append(chosen, ids[n])
			}
		}
		p.afterWrite(done, func(ctx context.Context) error { return p.env.Documents.StartCountersign(ctx, p.id, chosen, day) })
	})
	f.show()
	return f
}

// askReply records a unit's reply.
func (p *docPage) askReply(c data.Countersign) *formDialog {
	replies := []data.Reply{data.ReplyAgree, data.ReplyNoIdea, data.ReplyDisagree}
	labels := make([]string, len(replies))
	for i, r := range replies {
		labels[i] = replyLabel(r)
	}
	reply := widget.NewRadioGroup(labels, nil)
	reply.Horizontal = true
	reasons := newKeyEntry(p.env)
	replier := newKeyEntry(p.env)
	on := p.dayEntry(p.env.now())
	f := newFormDialog(p.env, fmt.Sprintf(lang.L("countersign.reply.title"), c.UnitName), []formField{
		field("会签意见", reply, ""),
		field("理由", reasons, lang.L("hint.countersign.reasons")),
		field("回复人", replier, ""),
		field("回复日期", on, lang.L("hint.date")),
	}, func(done func(error)) {
		var problems []data.Problem
		r := c
		r.RepliedOn = parseDay(on, "回复日期", &problems)
		if len(problems) > 0 {
			done(notSaved(problems))
			return
		}
		r.Reply = ""
		for i, l := range labels {
			if l == reply.Selected {
				r.Reply = replies[i]
			}
		}
		r.Reasons, r.Replier = reasons.Text, replier.Text
		p.afterWrite(done, func(ctx context.Context) error { return p.env.Documents.ReplyCountersign(ctx, r) })
	})
	f.show()
	return f
}

// askExtend records a later deadline agreed with the lead unit (四十八).
func (p *docPage) askExtend(c data.Countersign) *formDialog {
	to := p.dayEntry(time.Time{})
	reason := newKeyEntry(p.env)
	f := newFormDialog(p.env, fmt.Sprintf(lang.L("countersign.extend.title"), c.UnitName, dateText(c.Deadline())), []formField{
		field("延长至", to, lang.L("hint.date")),
		field("延期理由", reason, lang.L("hint.countersign.extend")),
	}, func(done func(error)) {
		var problems []data.Problem
		day := parseDay(to, "延长至", &problems)
		if len(problems) > 0 {
			done(notSaved(problems))
			return
		}
		p.afterWrite(done, func(ctx context.Context) error {
			return p.env.Documents.ExtendCountersign(ctx, c.DocID, c.UnitID, day, reason.Text)
		})
	})
	f.show()
	return f
}

// askDispute records the lead unit's summary of a disagreement (四十八).
func (p *docPage) askDispute() *formDialog {
	summary, proposal := newKeyEntry(p.env), newKeyEntry(p.env)
	summary.SetText(p.rec.Dispute)
	proposal.SetText(p.rec.Proposal)
	f := newFormDialog(p.env, lang.L("countersign.dispute"), []formField{
		field("各方理由", summary, lang.L("hint.countersign.dispute")),
		field("主办单位意见", proposal, ""),
	}, func(done func(error)) {
		p.afterWrite(done, func(ctx context.Context) error {
			return p.env.Documents.SetDispute(ctx, p.id, summary.Text, proposal.Text)
		})
	})
	f.show()
	return f
}

// askInstruction records a leader's 批示; the routed leader is offered first.
func (p *docPage) askInstruction() *formDialog {
	var names []string
	ids := map[string]int64{}
	chosen := ""
	for _, person := range p.screen.people {
		if person.Active && person.Rank > 0 {
			label := person.Name + "（" + person.Post + "）"
			names = append(names, label)
			ids[label] = person.ID
			if person.ID == p.rec.RouteLeaderID {
				chosen = label
			}
		}
	}
	leader := newSelect(names, nil)
	leader.SetSelected(chosen)
	text := newKeyEntry(p.env)
	day := p.dayEntry(p.env.now())
	f := newFormDialog(p.env, lang.L("instruction.add"), []formField{
		field("批示领导", leader, ""),
		field("批示内容", text, ""),
		field("批示日期", day, lang.L("hint.date")),
	}, func(done func(error)) {
		var problems []data.Problem
		in := data.Instruction{DocID: p.id, PersonID: ids[leader.Selected], Text: text.Text}
		in.Day = parseDay(day, "批示日期", &problems)
		if len(problems) > 0 {
			done(notSaved(problems))
			return
		}
		p.afterWrite(done, func(ctx context.Context) error { return p.env.Documents.AddInstruction(ctx, in) })
	})
	f.show()
	return f
}

// widgetScroll gives a long check list a scroll of its own inside a form.
func widgetScroll(o fyne.CanvasObject) fyne.CanvasObject {
	s := container.NewVScroll(o)
	s.SetMinSize(fyne.NewSize(640, 260))
	return s
}

// askDisputeSign records a disagreeing unit's signature on the summary.
func (p *docPage) askDisputeSign() *formDialog {
	var names []string
	ids := map[string]int64{}
	for _, c := range rules.UnsignedAgainst(p.rec.Countersigns, p.rec.DisputeSigns) {
		names = append(names, c.UnitName)
		ids[c.UnitName] = c.UnitID
	}
	unit := newSelect(names, nil)
	if len(names) > 0 {
		unit.SetSelected(names[0])
	}
	signer := newKeyEntry(p.env)
	on := p.dayEntry(p.env.now())
	f := newFormDialog(p.env, lang.L("countersign.dispute.sign"), []formField{
		field("会签单位", unit, ""),
		field("签字人", signer, ""),
		field("签字日期", on, lang.L("hint.date")),
	}, func(done func(error)) {
		var problems []data.Problem
		day := parseDay(on, "签字日期", &problems)
		if len(problems) > 0 {
			done(notSaved(problems))
			return
		}
		id, who := ids[unit.Selected], signer.Text
		p.afterWrite(done, func(ctx context.Context) error { return p.env.Documents.SignDispute(ctx, p.id, id, who, day) })
	})
	f.show()
	return f
}
