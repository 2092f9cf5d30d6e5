package paper

import (
	"strings"
	"time"

	"huiwu/export/typeset"
)

// Invitation is a set of 邀请函, one per invited 人大代表 or 政协委员, each on
// its own pages numbered from — 1 — (each letter is a paper of its own),
// under the office's 信函 版头 (mark, double red rule, number) when one is
// given: the salutation, the meeting and what it studies, the
// materials enclosed, the contact, the office's signature and date. See
// docs/formats/invitation.md.
type Invitation struct {
	Masthead  *Masthead `json:"masthead,omitempty"` // the office's 信函 版头: mark and number
	Meeting   string    `json:"meeting"`            // 市政府第×次常务会议
	Time      string    `json:"time"`               // 12月3日（星期四）上午9:00
	Place     string    `json:"place"`              // 市行政中心……会议室
	Topics    []string  `json:"topics"`             // what the meeting studies
	Materials []string  `json:"materials"`          // enclosed in advance (四十一)
	Contact   string    `json:"contact"`
	Signature string    `json:"signature"`
	Date      Date      `json:"date"`
	Invitees  []Guest   `json:"invitees"`
}

// Guest is one invitee: the name and whether a 代表 or a 委员.
type Guest struct {
	Name  string `json:"name"`
	Title string `json:"title"` // 代表 or 委员
}

// Kind implements Paper.
func (v *Invitation) Kind() string { return "invitation" }

// Title implements Paper.
func (v *Invitation) Title() string { return "邀请函（" + v.Meeting + "）" }

// Created implements Paper.
func (v *Invitation) Created() time.Time { return v.Date.Time }

// Validate implements Paper.
func (v *Invitation) Validate() error {
	c := checker{kind: v.Kind()}
	v.Masthead.validate(&c)
	c.text("meeting", v.Meeting, true)
	c.text("time", v.Time, true)
	c.text("place", v.Place, true)
	if len(v.Topics) == 0 {
		c.fail("topics", "至少应写明会议研究的一个事项")
	}
	for i, t := range v.Topics {
		c.text("topics["+itoa(i)+"]", t, true)
	}
	for i, m := range v.Materials {
		c.text("materials["+itoa(i)+"]", m, true)
	}
	c.text("contact", v.Contact, true)
	c.text("signature", v.Signature, true)
	c.date("date", v.Date, true)
	if len(v.Invitees) == 0 {
		c.fail("invitees", "至少应有一位受邀的代表或委员")
	}
	for i, g := range v.Invitees {
		p := "invitees[" + itoa(i) + "]"
		c.text(p+".name", g.Name, true)
		if g.Title != "代表" && g.Title != "委员" {
			c.fail(p+".title", "应为“代表”或“委员”")
		}
	}
	return c.err
}

// Typeset implements Paper.
func (v *Invitation) Typeset(d *typeset.Document) {
	for i, g := range v.Invitees {
		if i > 0 {
			d.NewPaper()
		}
		if m := v.Masthead; m != nil {
			d.Letterhead(m.Mark, m.Number)
		} else {
			d.Skip(1)
		}
		d.Text(typeset.Title, "邀请函")
		d.Skip(1)
		d.Text(typeset.Addressee, "尊敬的"+g.Name+g.Title+"：")
		d.Text(typeset.Body, "兹定于"+v.Time+"在"+v.Place+"召开"+v.Meeting+"，研究"+strings.Join(v.Topics, "；")+"等事项。诚邀您列席会议。")
		if len(v.Materials) > 0 {
			d.Text(typeset.Body, "随函送上会议材料，请提前审阅：")
			for j, m := range v.Materials {
				d.Paragraph(typeset.Heading(3), typeset.Span{Text: itoa(j+1) + "."}, typeset.Span{Text: m, Role: typeset.Fangsong})
			}
		}
		d.Text(typeset.Body, "联系人："+v.Contact)
		d.Signature(v.Signature, v.Date.Chinese())
	}
}
