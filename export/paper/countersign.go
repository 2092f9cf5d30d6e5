package paper

import (
	"strings"
	"time"

	"huiwu/export/typeset"
)

// CountersignSheet is a 会签单 (clause 四十八): the document, its lead unit,
// and for each countersigning unit the day sent, the deadline (7 working
// days, or the extension agreed with the lead unit and why), and the reply
// with the replying person — or space for the unit to write and sign.
// Silence past the deadline prints as 视为无不同意见. A disagreement carries
// the lead unit's summary of each side's reasons and its proposal. See
// docs/formats/countersign.md.
type CountersignSheet struct {
	Heading  string         `json:"title"`            // the document's title
	Lead     string         `json:"lead"`             // 主办单位
	Number   string         `json:"number,omitempty"` // 来文字号
	Units    []SignUnitLine `json:"units"`
	Dispute  string         `json:"dispute,omitempty"`  // each side's reasons
	Proposal string         `json:"proposal,omitempty"` // the lead unit's proposal
	Signed   []string       `json:"signed,omitempty"`   // the disagreeing units' signatures on it
	Date     Date           `json:"date"`               // the day printed
}

// SignUnitLine is one countersigning unit's box.
type SignUnitLine struct {
	Unit      string `json:"unit"`
	Sent      Date   `json:"sent"`
	Due       Date   `json:"due"`
	DueNote   string `json:"due_note,omitempty"` // an extension, or a deadline past the covered years
	Reply     string `json:"reply,omitempty"`    // 同意, 无意见, 有不同意见, 逾期未回复，视为无不同意见; blank: by hand
	Reasons   string `json:"reasons,omitempty"`
	Replier   string `json:"replier,omitempty"`
	RepliedOn Date   `json:"replied_on,omitempty"`
}

// Kind implements Paper.
func (s *CountersignSheet) Kind() string { return "countersign" }

// Title implements Paper.
func (s *CountersignSheet) Title() string { return "会签单（" + s.Heading + "）" }

// Created implements Paper.
func (s *CountersignSheet) Created() time.Time { return s.Date.Time }

// Validate implements Paper.
func (s *CountersignSheet) Validate() error {
	c := checker{kind: s.Kind()}
	c.text("title", s.Heading, true)
	c.text("lead", s.Lead, true)
	c.text("number", s.Number, false)
	if len(s.Units) == 0 {
		c.fail("units", "至少应有一个会签单位")
	}
	for i, u := range s.Units {
		p := "units[" + itoa(i) + "]"
		c.text(p+".unit", u.Unit, true)
		c.date(p+".sent", u.Sent, true)
		c.date(p+".due", u.Due, true)
		if !u.Sent.IsZero() && !u.Due.IsZero() && !u.Due.After(u.Sent.Time) {
			c.fail(p+".due", "办理期限应晚于送签日期")
		}
		c.text(p+".due_note", u.DueNote, false)
		c.text(p+".reply", u.Reply, false)
		if u.Reply == "有不同意见" && strings.TrimSpace(u.Reasons) == "" {
			c.fail(p+".reasons", "有不同意见须写明理由（第四十八条）")
		}
		c.text(p+".reasons", u.Reasons, false)
		c.text(p+".replier", u.Replier, false)
		c.date(p+".replied_on", u.RepliedOn, false)
	}
	c.text("dispute", s.Dispute, false)
	c.text("proposal", s.Proposal, false)
	for i, g := range s.Signed {
		c.text("signed["+itoa(i)+"]", g, true)
	}
	c.date("date", s.Date, true)
	return c.err
}

// Typeset implements Paper.
func (s *CountersignSheet) Typeset(d *typeset.Document) {
	d.Text(typeset.Title, "会签单")
	d.Skip(1)
	field := func(label, value string) {
		d.Paragraph(formLine, typeset.Span{Text: label + "：", Role: typeset.Hei}, typeset.Span{Text: value})
	}
	field("标　　题", s.Heading)
	field("主办单位", strings.TrimSpace(s.Lead+"　"+s.Number))
	d.Text(typeset.Body, "会签单位应于办理期限内回复；不能按期回复的，应与主办单位商定期限；逾期未回复的，视为无不同意见（第四十八条）。")
	// Each unit's block, and the 分歧意见 block, stay on one page.
	for i, u := range s.Units {
		d.Keep(func() {
			d.Skip(1)
			d.Paragraph(formLabel, typeset.Span{Text: "会签单位（" + itoa(i+1) + "）" + u.Unit})
			due := u.Due.Chinese()
			if u.DueNote != "" {
				due += "（" + u.DueNote + "）"
			}
			field("送签日期", u.Sent.Chinese())
			field("办理期限", due)
			reply := u.Reply
			if u.Reasons != "" && reply != "" {
				reply += "：" + u.Reasons
			}
			if reply == "" {
				reply = blank(16)
			}
			field("会签意见", reply)
			who, when := u.Replier, blank(6)
			if who == "" {
				who = blank(6)
			}
			if !u.RepliedOn.IsZero() {
				when = u.RepliedOn.Chinese()
			}
			field("签　　名", who+"　日期："+when)
		})
	}
	if s.Dispute != "" {
		d.Keep(func() {
			d.Skip(1)
			d.Paragraph(formLabel, typeset.Span{Text: "分歧意见（第四十八条）"})
			field("各方理由", s.Dispute)
			field("主办单位意见", s.Proposal)
			if len(s.Signed) == 0 {
				field("会签单位签名", blank(12))
			} else {
				field("会签单位签名", strings.Join(s.Signed, "；"))
			}
		})
	}
}
