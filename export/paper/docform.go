package paper

import (
	"strings"
	"time"

	"huiwu/export/typeset"
)

// DocForm is a 公文处理笺 (formats.md, practice; clauses 四十七 to 四十九):
// the registration data of an incoming document, the office's checks, the
// countersign replies, the office's 拟办意见 and the routing steps, each with
// the leader's opinion (批示) or space to write and sign it by hand, so that
// the paper can be signed and scanned back. See docs/formats/docform.md.
type DocForm struct {
	Office      string     `json:"office"`            // 溧阳市人民政府办公室
	Serial      string     `json:"serial,omitempty"`  // 收文编号
	Received    Date       `json:"received"`          // 收文日期
	Unit        string     `json:"unit"`              // 来文单位
	Number      string     `json:"number,omitempty"`  // 来文字号
	DocKind     string     `json:"kind"`              // 请示, 报告 …
	Heading     string     `json:"title"`             // the document's title
	Secrecy     string     `json:"secrecy,omitempty"` // 机密★1年
	Urgency     string     `json:"urgency,omitempty"` // 特急, 加急
	Disclosure  string     `json:"disclosure,omitempty"`
	Attachments []string   `json:"attachments,omitempty"`
	Checks      string     `json:"checks"`                // the 四十七 answers
	Countersign []SignLine `json:"countersign,omitempty"` // one line per unit
	Opinion     string     `json:"opinion,omitempty"`     // 拟办意见; blank: written by hand
	OpinionBy   string     `json:"opinion_by,omitempty"`
	OpinionDate Date       `json:"opinion_date,omitempty"`
	Steps       []DocStep  `json:"steps"` // the routing, in order
	Date        Date       `json:"date"`  // the day printed, the PDF's date
}

// SignLine is one countersigning unit's reply as the 处理笺 summarises it.
type SignLine struct {
	Unit  string `json:"unit"`
	Reply string `json:"reply"` // 同意（张某，2026年10月9日） or 未回复
}

// DocStep is one leader's box on the 处理笺.
type DocStep struct {
	Leader  string `json:"leader"`            // 周某（副市长）
	Why     string `json:"why,omitempty"`     // the routing reason with its clause
	Opinion string `json:"opinion,omitempty"` // the 批示; blank: written by hand
	Date    Date   `json:"date,omitempty"`
}

// Kind implements Paper.
func (f *DocForm) Kind() string { return "docform" }

// Title implements Paper.
func (f *DocForm) Title() string { return "公文处理笺（" + f.Heading + "）" }

// Created implements Paper.
func (f *DocForm) Created() time.Time { return f.Date.Time }

// Validate implements Paper.
func (f *DocForm) Validate() error {
	c := checker{kind: f.Kind()}
	c.text("office", f.Office, true)
	c.text("serial", f.Serial, false)
	c.date("received", f.Received, true)
	c.text("unit", f.Unit, true)
	c.text("number", f.Number, false)
	c.text("kind", f.DocKind, true)
	c.text("title", f.Heading, true)
	c.text("secrecy", f.Secrecy, false)
	c.text("urgency", f.Urgency, false)
	c.text("disclosure", f.Disclosure, false)
	for i, a := range f.Attachments {
		c.text("attachments["+itoa(i)+"]", a, true)
	}
	c.text("checks", f.Checks, true)
	for i, s := range f.Countersign {
		c.text("countersign["+itoa(i)+"].unit", s.Unit, true)
		c.text("countersign["+itoa(i)+"].reply", s.Reply, true)
	}
	c.text("opinion", f.Opinion, false)
	c.text("opinion_by", f.OpinionBy, false)
	c.date("opinion_date", f.OpinionDate, false)
	for i, s := range f.Steps {
		p := "steps[" + itoa(i) + "]"
		c.text(p+".leader", s.Leader, true)
		c.text(p+".why", s.Why, false)
		c.text(p+".opinion", s.Opinion, false)
		c.date(p+".date", s.Date, false)
	}
	c.date("date", f.Date, true)
	c.after("date", f.Date, f.Received)
	return c.err
}

// docPlain is a flush-left line without the form's hanging indent.
var docPlain = typeset.Style{Name: "doc-line", Role: typeset.Fangsong, Size: typeset.Sanhao, Pitch: typeset.CharPitch}

// blank is a line to write on by hand.
func blank(n int) string { return strings.Repeat("＿", n) }

// Typeset implements Paper.
func (f *DocForm) Typeset(d *typeset.Document) {
	d.Text(typeset.Title, f.Office+"公文处理笺")
	d.Skip(1)
	field := func(label, value string) {
		d.Paragraph(formLine, typeset.Span{Text: label + "：", Role: typeset.Hei}, typeset.Span{Text: value})
	}
	if f.Serial != "" {
		field("收文编号", f.Serial)
	}
	field("收文日期", f.Received.Chinese())
	field("来文单位", strings.TrimSpace(f.Unit+"　"+f.Number))
	field("文　　种", f.DocKind)
	field("标　　题", f.Heading)
	var marks []string
	for _, m := range []string{f.Secrecy, f.Urgency, f.Disclosure} {
		if m != "" {
			marks = append(marks, m)
		}
	}
	if len(marks) > 0 {
		field("密级紧急", strings.Join(marks, "　"))
	}
	if len(f.Attachments) > 0 {
		field("附　　件", strings.Join(f.Attachments, "；"))
	}
	field("审核情况", f.Checks)
	if len(f.Countersign) > 0 {
		d.Paragraph(formLabel, typeset.Span{Text: "会签情况（第四十八条）"})
		for _, s := range f.Countersign {
			d.Text(docPlain, s.Unit+"："+s.Reply)
		}
	}
	d.Skip(1)
	d.Paragraph(formLabel, typeset.Span{Text: "拟办意见（第四十九条）"})
	if f.Opinion == "" {
		d.Text(formLine, blank(16))
		field("签　　名", blank(6)+"　日期："+blank(6))
	} else {
		d.Text(typeset.Body, f.Opinion)
		by := f.OpinionBy
		if !f.OpinionDate.IsZero() {
			by += "　" + f.OpinionDate.Chinese()
		}
		field("拟 办 人", strings.TrimSpace(by))
	}
	for i, s := range f.Steps {
		d.Skip(1)
		d.Paragraph(formLabel, typeset.Span{Text: "领导批示（" + itoa(i+1) + "）" + s.Leader})
		if s.Why != "" {
			d.Text(formLine, s.Why)
		}
		opinion := s.Opinion
		if opinion == "" {
			opinion = blank(16)
		}
		field("批　　示", opinion)
		date := blank(6)
		if !s.Date.IsZero() {
			date = s.Date.Chinese()
		}
		field("签　　名", blank(6)+"　日期："+date)
	}
}
