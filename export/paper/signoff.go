package paper

import (
	"strings"
	"time"

	"huiwu/export/typeset"
)

// SignOffSheet is a 纪要's 审签单 (clause 四十六, formats §审签单): the
// 纪要 named by its mark and issue, the meeting, the 公开属性 and 密级 (五十),
// then each step of its route — 起草, 审核, 签发 — with who acts and why,
// the opinion, and a space to sign and date by hand, so the paper can go
// round and be scanned back. A step already recorded prints its opinion
// and date; the signature space stays for the hand. See
// docs/formats/signoff.md.
type SignOffSheet struct {
	Heading        string        `json:"title"`   // 溧阳市人民政府常务会议纪要
	Issue          string        `json:"issue"`   // 〔2026〕第3期
	Meeting        string        `json:"meeting"` // 市政府第12次常务会议（2026年5月6日）
	Disclosure     string        `json:"disclosure,omitempty"`
	Classification string        `json:"classification,omitempty"`
	ThreeMajor     bool          `json:"three_major,omitempty"` // 涉及「三重一大」
	Steps          []SignOffStep `json:"steps"`
	Date           Date          `json:"date"` // the day printed
}

// SignOffStep is one step's box on the 审签单.
type SignOffStep struct {
	Stage   string `json:"stage"`             // 起草, 审核, 签发
	Who     string `json:"who"`               // the person, or 市政府办公室
	Why     string `json:"why,omitempty"`     // the clause that names them
	Opinion string `json:"opinion,omitempty"` // blank: written by hand
	Date    Date   `json:"date,omitempty"`    // blank: written by hand
}

// Kind implements Paper.
func (s *SignOffSheet) Kind() string { return "signoff" }

// Title implements Paper.
func (s *SignOffSheet) Title() string { return "审签单（" + s.Heading + s.Issue + "）" }

// Created implements Paper.
func (s *SignOffSheet) Created() time.Time { return s.Date.Time }

// Validate implements Paper.
func (s *SignOffSheet) Validate() error {
	c := checker{kind: s.Kind()}
	c.text("title", s.Heading, true)
	c.text("issue", s.Issue, true)
	c.text("meeting", s.Meeting, true)
	c.text("disclosure", s.Disclosure, false)
	c.text("classification", s.Classification, false)
	if len(s.Steps) == 0 {
		c.fail("steps", "至少应有一个审签步骤")
	}
	var prev Date
	for i, st := range s.Steps {
		p := "steps[" + itoa(i) + "]"
		c.text(p+".stage", st.Stage, true)
		c.text(p+".who", st.Who, true)
		c.text(p+".why", st.Why, false)
		c.text(p+".opinion", st.Opinion, false)
		c.date(p+".date", st.Date, false)
		if !st.Date.IsZero() {
			if !prev.IsZero() {
				c.after(p+".date", st.Date, prev)
			}
			prev = st.Date
		}
	}
	c.date("date", s.Date, true)
	return c.err
}

// Typeset implements Paper.
func (s *SignOffSheet) Typeset(d *typeset.Document) {
	d.Text(typeset.Title, "纪要审签单")
	d.Skip(1)
	field := func(label, value string) {
		d.Paragraph(formLine, typeset.Span{Text: label + "：", Role: typeset.Hei}, typeset.Span{Text: value})
	}
	field("纪　　要", s.Heading+s.Issue)
	field("会　　议", s.Meeting)
	attrs := []string{orBlank(s.Disclosure, 6)}
	if s.Classification != "" {
		attrs = append(attrs, "密级："+s.Classification)
	}
	field("公开属性", strings.Join(attrs, "　"))
	if s.ThreeMajor {
		d.Text(typeset.Body, "本纪要涉及「三重一大」事项，须由市长签发（第四十六条）。")
	}
	// Each step's block (the 签发 block above all) stays on one page.
	for i, st := range s.Steps {
		d.Keep(func() {
			d.Skip(1)
			d.Paragraph(formLabel, typeset.Span{Text: "（" + itoa(i+1) + "）" + st.Stage})
			field("办 理 人", st.Who)
			if st.Why != "" {
				field("依　　据", st.Why)
			}
			field("意　　见", orBlank(st.Opinion, 16))
			when := blank(6)
			if !st.Date.IsZero() {
				when = st.Date.Chinese()
			}
			field("签　　名", blank(6)+"　日期："+when)
		})
	}
}

func orBlank(s string, n int) string {
	if s == "" {
		return blank(n)
	}
	return s
}
