package paper

import (
	"strings"
	"time"

	"huiwu/export/typeset"
)

// Notice is a 会议通知: an optional masthead, the title, the 主送 units, the
// numbered items (time and place, 参加人员, 列席人员, requirements, contact),
// 附件说明 and attachments, the office's signature and date, an optional 附注
// and 版记. See docs/formats/notice.md.
type Notice struct {
	Masthead    *Masthead    `json:"masthead,omitempty"`
	Heading     string       `json:"title"`                 // 关于召开市政府第×次常务会议的通知
	To          string       `json:"to"`                    // 主送: 市各有关单位：
	Body        []Block      `json:"body"`                  // the text
	Attachments []Attachment `json:"attachments,omitempty"` // 附件
	Signature   string       `json:"signature"`             // 发文机关署名
	Date        Date         `json:"date"`                  // 成文日期
	Note        string       `json:"note,omitempty"`        // 附注, e.g. （联系人：…）
	CC          string       `json:"cc,omitempty"`          // 抄送
	Printer     string       `json:"printer,omitempty"`     // 印发机关 of the 版记
	PrintDate   Date         `json:"print_date,omitempty"`  // 印发日期, default the date
}

// Masthead is the 版头 in JSON: 份号, 密级, 紧急程度, the red 发文机关标志,
// the 发文字号 and, on an upward document, the 签发人.
type Masthead struct {
	Serial  string `json:"serial,omitempty"`
	Secrecy string `json:"secrecy,omitempty"`
	Urgency string `json:"urgency,omitempty"`
	Mark    string `json:"mark"`
	Number  string `json:"number,omitempty"`
	Signer  string `json:"signer,omitempty"`
}

func (m *Masthead) validate(c *checker) {
	if m == nil {
		return
	}
	c.text("masthead.mark", m.Mark, true)
	if m.Serial != "" && (len(m.Serial) != 6 || strings.Trim(m.Serial, "0123456789") != "") {
		c.fail("masthead.serial", "份号应为 6 位数字，如 000001")
	}
	if m.Number != "" && !strings.Contains(m.Number, "〔") {
		c.fail("masthead.number", "发文字号的年份应用六角括号〔〕，如 溧政办发〔2026〕35号")
	}
	c.text("masthead.secrecy", m.Secrecy, false)
	c.text("masthead.urgency", m.Urgency, false)
	c.text("masthead.signer", m.Signer, false)
}

// typeset draws the 版头, or without one leaves the line a title starts
// below.
func (m *Masthead) typeset(d *typeset.Document) {
	if m == nil {
		d.Skip(1)
		return
	}
	d.Masthead(typeset.Masthead{
		Serial: m.Serial, Secrecy: m.Secrecy, Urgency: m.Urgency,
		Mark: m.Mark, Number: m.Number, Signer: m.Signer,
	})
}

// Kind implements Paper.
func (n *Notice) Kind() string { return "notice" }

// Title implements Paper.
func (n *Notice) Title() string { return n.Heading }

// Created implements Paper.
func (n *Notice) Created() time.Time { return n.Date.Time }

// Validate implements Paper.
func (n *Notice) Validate() error {
	c := checker{kind: n.Kind()}
	n.check(&c)
	return c.err
}

// check checks the fields a 通知 and a 请示 share.
func (n *Notice) check(c *checker) {
	n.Masthead.validate(c)
	c.text("title", n.Heading, true)
	c.text("to", n.To, true)
	if n.To != "" && !strings.HasSuffix(n.To, "：") {
		c.fail("to", "主送机关应以全角冒号“：”结尾")
	}
	c.blocks("body", n.Body, true)
	c.attachments("attachments", n.Attachments)
	c.text("signature", n.Signature, true)
	c.date("date", n.Date, true)
	c.text("note", n.Note, false)
	c.text("cc", n.CC, false)
	c.text("printer", n.Printer, false)
	c.date("print_date", n.PrintDate, false)
	c.after("print_date", n.PrintDate, n.Date)
	if n.CC != "" && n.Printer == "" {
		c.fail("printer", "有抄送时须写印发机关")
	}
}

// Typeset implements Paper.
func (n *Notice) Typeset(d *typeset.Document) {
	n.Masthead.typeset(d)
	d.Text(typeset.Title, n.Heading)
	d.Skip(1)
	d.Text(typeset.Addressee, n.To)
	typesetBlocks(d, n.Body)
	d.AttachmentNote(attachmentTitles(n.Attachments))
	d.Signature(n.Signature, n.Date.Chinese())
	if n.Note != "" {
		d.Text(typeset.Note, n.Note)
	}
	typesetAttachments(d, n.Attachments)
	if n.Printer != "" {
		pd := n.PrintDate
		if pd.IsZero() {
			pd = n.Date
		}
		c := typeset.Colophon{Office: n.Printer, PrintDate: pd.Chinese() + "印发"}
		if n.CC != "" {
			c.Items = []typeset.ColophonItem{{Label: "抄送", Text: n.CC}}
		}
		d.SetColophon(c)
	}
}
