package paper

import (
	"strings"
	"time"

	"huiwu/export/typeset"
)

// LeaveForm is a 请假审批单 (formats.md, practice; clause 六十一): the
// meeting; who asks, their unit and post; the reason; whether a substitute
// attends and who; the applicant's signature and date; each approver's
// opinion on the route (办公室主任, then 市长, or as routed) with space to
// sign; and the office's filing (报备). See docs/formats/leave.md.
type LeaveForm struct {
	Meeting    string      `json:"meeting"` // 市政府第12次常务会议
	Time       string      `json:"time"`    // 2026年12月3日（星期四）上午9:00—11:30
	Person     string      `json:"person"`
	Unit       string      `json:"unit"`
	Post       string      `json:"post"`
	Reason     string      `json:"reason"`
	LeavesTown bool        `json:"leaves_town"`          // 离溧
	Substitute string      `json:"substitute,omitempty"` // 代会人 and post; blank: none
	Steps      []LeaveStep `json:"steps"`                // the route, in order; none: filed only
	Filed      string      `json:"filed"`                // 报备: recorder and time
	Date       Date        `json:"date"`                 // the day it was filed, the PDF's date
}

// LeaveStep is one approver's box.
type LeaveStep struct {
	Approver string `json:"approver"`           // 孙某（办公室主任）
	Why      string `json:"why"`                // the routing reason with its clause
	Decision string `json:"decision,omitempty"` // 同意, 不同意, or blank to be written by hand
	Opinion  string `json:"opinion,omitempty"`
	Date     Date   `json:"date,omitempty"`
}

// Kind implements Paper.
func (l *LeaveForm) Kind() string { return "leave" }

// Title implements Paper.
func (l *LeaveForm) Title() string { return "请假审批单（" + l.Person + "）" }

// Created implements Paper.
func (l *LeaveForm) Created() time.Time { return l.Date.Time }

// Validate implements Paper.
func (l *LeaveForm) Validate() error {
	c := checker{kind: l.Kind()}
	c.text("meeting", l.Meeting, true)
	c.text("time", l.Time, true)
	c.text("person", l.Person, true)
	c.text("unit", l.Unit, false)
	c.text("post", l.Post, false)
	c.text("reason", l.Reason, true)
	c.text("substitute", l.Substitute, false)
	c.text("filed", l.Filed, true)
	c.date("date", l.Date, true)
	for i, s := range l.Steps {
		f := "steps[" + itoa(i) + "]"
		c.text(f+".approver", s.Approver, true)
		c.text(f+".why", s.Why, false)
		c.text(f+".opinion", s.Opinion, false)
		c.date(f+".date", s.Date, false)
		switch s.Decision {
		case "", "同意", "不同意":
		default:
			c.fail(f+".decision", "应为“同意”“不同意”或留空")
		}
	}
	return c.err
}

var (
	formLine  = typeset.Style{Name: "leave-line", Role: typeset.Fangsong, Size: typeset.Sanhao, Pitch: typeset.CharPitch, Indent: 5}
	formLabel = typeset.Style{Name: "leave-box", Role: typeset.Hei, Size: typeset.Sanhao, Pitch: typeset.CharPitch}
)

// Typeset implements Paper.
func (l *LeaveForm) Typeset(d *typeset.Document) {
	d.Text(typeset.Title, "请假审批单")
	d.Skip(1)
	field := func(label, value string) {
		d.Paragraph(formLine, typeset.Span{Text: label + "：", Role: typeset.Hei}, typeset.Span{Text: value})
	}
	field("会　　议", l.Meeting)
	field("时　　间", l.Time)
	field("请 假 人", strings.TrimSpace(l.Person+"　"+l.Unit+l.Post))
	reason := l.Reason
	if l.LeavesTown {
		reason += "（离溧）"
	}
	field("事　　由", reason)
	sub := "无"
	if l.Substitute != "" {
		sub = "有，" + l.Substitute
	}
	field("代会人员", sub)
	field("本人签名", strings.Repeat("＿", 6)+"　日期："+strings.Repeat("＿", 6))
	d.Skip(1)
	for i, s := range l.Steps {
		d.Paragraph(formLabel, typeset.Span{Text: "审批（" + itoa(i+1) + "）" + s.Approver})
		if s.Why != "" {
			d.Text(formLine, s.Why)
		}
		opinion := s.opinion()
		if opinion == "" {
			opinion = strings.Repeat("＿", 16)
		}
		field("意　　见", opinion)
		date := strings.Repeat("＿", 6)
		if !s.Date.IsZero() {
			date = s.Date.Chinese()
		}
		field("签　　名", strings.Repeat("＿", 6)+"　日期："+date)
	}
	if len(l.Steps) == 0 {
		d.Text(formLine, "本人请假无须审批，报办公室备案（第六十一条）。")
	}
	d.Skip(1)
	field("办公室报备", l.Filed)
}

// opinion is the decision and the written opinion, the decision once: an
// opinion that already begins with it (「同意。」 after 同意) is printed alone.
func (s LeaveStep) opinion() string {
	op := strings.TrimSpace(s.Opinion)
	switch {
	case op == "":
		return s.Decision
	case s.Decision == "" || strings.HasPrefix(op, s.Decision):
		return op
	}
	return s.Decision + "。" + op
}
