// Package docpdf turns a document's record into its printed papers — the
// 公文处理笺 and the 会签单 — by filling in the paper kinds of export/paper,
// so that the command line and the screens print the same thing.
package docpdf

import (
	"strconv"
	"strings"
	"time"

	"huiwu/data"
	"huiwu/export/labels"
	"huiwu/export/paper"
	"huiwu/rules"
)

// Office is the name printed at the head of the 处理笺.
const Office = "溧阳市人民政府办公室"

func day(t time.Time) paper.Date {
	if t.IsZero() {
		return paper.Date{}
	}
	y, m, d := t.Date()
	return paper.Date{Time: time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
}

// replyText is a unit's reply as the 处理笺 summarises it.
func replyText(c data.Countersign) string {
	if c.Reply == data.ReplyNone {
		if c.Overdue {
			return "逾期未回复（期限" + c.Deadline().Format(data.DateLayout) + "）"
		}
		return "未回复（期限" + c.Deadline().Format(data.DateLayout) + "）"
	}
	s := labels.ReplyName(c.Reply)
	if c.Reply == data.ReplyLapsed {
		s = rules.LapseText
	} else if c.Reasons != "" {
		s += "：" + c.Reasons
	}
	who := c.Replier
	if who != "" {
		who += "，"
	}
	return s + "（" + who + paper.Date{Time: c.RepliedOn}.Chinese() + "）"
}

// DocForm is the 公文处理笺 of r, printed on today: the registration, the
// 四十七 answers, the countersign replies, the office's opinion, and one box
// for the routed leader (with the 批示 if recorded) and one for each other
// leader who wrote one.
func DocForm(r data.DocRecord, today time.Time) *paper.DocForm {
	d := r.Doc
	f := &paper.DocForm{
		Office: Office, Serial: "第" + strconv.FormatInt(d.ID, 10) + "号", Received: day(d.Received), Unit: d.UnitName, Number: d.Number,
		DocKind: labels.DocKindName(d.Kind), Heading: d.Title, Urgency: d.Urgency, Disclosure: d.Disclosure,
		Attachments: d.Attachments, Opinion: r.Opinion, OpinionBy: r.OpinionBy, OpinionDate: day(r.OpinionOn), Date: day(today),
	}
	if d.Classification != "" {
		f.Secrecy = d.Classification + "★" + d.SecrecyTerm
	}
	f.Checks = strings.Join(r.Findings, "；")
	for _, c := range r.Countersigns {
		f.Countersign = append(f.Countersign, paper.SignLine{Unit: c.UnitName, Reply: replyText(c)})
	}
	if r.RouteLeaderID != 0 {
		step := paper.DocStep{Leader: r.RouteLeader, Why: r.RouteReason}
		for _, in := range r.Instructions {
			if in.PersonID == r.RouteLeaderID && step.Opinion == "" {
				step.Opinion, step.Date = in.Text, day(in.Day)
				if in.Delegated != "" {
					step.Leader += "（" + in.Delegated + "）"
				}
			}
		}
		f.Steps = append(f.Steps, step)
	}
	if r.RouteLeaderID == 0 {
		// Not routed yet: a box to fill in by hand, so the slip can go
		// round on paper.
		f.Steps = append(f.Steps, paper.DocStep{Leader: "（呈批领导）"})
	}
	for _, in := range r.Instructions {
		if in.PersonID != r.RouteLeaderID {
			leader := in.PersonName
			if in.Delegated != "" {
				leader += "（" + in.Delegated + "）"
			}
			f.Steps = append(f.Steps, paper.DocStep{Leader: leader, Opinion: in.Text, Date: day(in.Day)})
		}
	}
	return f
}

// Countersign is the 会签单 of r, printed on today. It refuses a document
// with no countersign.
func Countersign(r data.DocRecord, today time.Time) (*paper.CountersignSheet, error) {
	if len(r.Countersigns) == 0 {
		return nil, data.Errorf(data.EInvalid, "「%s」未发起会签，没有会签单", r.Doc.Title)
	}
	s := &paper.CountersignSheet{Heading: r.Doc.Title, Lead: r.Doc.UnitName, Number: r.Doc.Number, Dispute: r.Dispute, Proposal: r.Proposal, Date: day(today)}
	for _, g := range r.DisputeSigns {
		s.Signed = append(s.Signed, g.UnitName+" "+g.Signer+"（"+paper.Date{Time: g.On}.Chinese()+"）")
	}
	for _, c := range r.Countersigns {
		u := paper.SignUnitLine{Unit: c.UnitName, Sent: day(c.Sent), Due: day(c.Due), Replier: c.Replier, RepliedOn: day(c.RepliedOn)}
		if !c.ExtendedTo.IsZero() {
			u.DueNote = "商定延至" + paper.Date{Time: c.ExtendedTo}.Chinese() + "：" + c.ExtendReason
		} else if c.DueUnverified {
			u.DueNote = "该日期超出已录入的节假日安排，待核实"
		}
		if c.Reply != data.ReplyNone {
			u.Reply = labels.ReplyName(c.Reply)
			if c.Reply != data.ReplyLapsed {
				u.Reasons = c.Reasons
			}
		}
		s.Units = append(s.Units, u)
	}
	return s, nil
}
