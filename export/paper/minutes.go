package paper

import (
	"strings"
	"time"

	"huiwu/export/typeset"
)

// Minutes is a 纪要 (GB/T 9704 §10.3 and municipal practice): a red 纪要标志,
// the issue, the office and date over a red rule, the text, the 出席/请假/
// 列席 lists, attachments and a 分送 colophon. See docs/formats/minutes.md.
type Minutes struct {
	Mark         string       `json:"mark"`                  // 纪要标志: 溧阳市人民政府常务会议纪要
	Issue        string       `json:"issue"`                 // 第12期 or 〔2026〕12号
	Office       string       `json:"office"`                // 溧阳市人民政府办公室
	Date         Date         `json:"date"`                  // date of the minutes
	Heading      string       `json:"title,omitempty"`       // optional title above the text
	Body         []Block      `json:"body"`                  // the text
	Present      []string     `json:"present"`               // 出席: names in protocol order
	Leave        []string     `json:"leave,omitempty"`       // 请假: 王某（出差）
	Attending    []string     `json:"attending,omitempty"`   // 列席: unit and name
	Attachments  []Attachment `json:"attachments,omitempty"` // printed from new pages
	Distribution string       `json:"distribution"`          // 分送: units, comma separated
	PrintDate    Date         `json:"print_date,omitempty"`  // 印发日期, default the date
	// Draft marks a 送审稿 printed for the leader before 签发 (四十六):
	// 送审稿 and its version and date at the top, no 印发 colophon, and the
	// lists and 分送 optional.
	Draft []string `json:"draft,omitempty"`
}

// Kind implements Paper.
func (m *Minutes) Kind() string { return "minutes" }

// Title implements Paper.
func (m *Minutes) Title() string {
	if m.Heading != "" {
		return m.Heading
	}
	return m.Mark + " " + m.Issue
}

// Created implements Paper.
func (m *Minutes) Created() time.Time { return m.Date.Time }

// Validate implements Paper.
func (m *Minutes) Validate() error {
	c := checker{kind: m.Kind()}
	c.text("mark", m.Mark, true)
	c.text("issue", m.Issue, true)
	c.text("office", m.Office, true)
	c.date("date", m.Date, true)
	c.text("title", m.Heading, false)
	c.blocks("body", m.Body, true)
	final := len(m.Draft) == 0
	c.names("present", m.Present, final)
	c.names("leave", m.Leave, false)
	c.names("attending", m.Attending, false)
	c.attachments("attachments", m.Attachments)
	c.text("distribution", m.Distribution, final)
	for i, l := range m.Draft {
		c.text("draft["+itoa(i)+"]", l, true)
	}
	c.date("print_date", m.PrintDate, false)
	c.after("print_date", m.PrintDate, m.Date)
	return c.err
}

func (c *checker) names(field string, ns []string, required bool) {
	if required && len(ns) == 0 {
		c.fail(field, "名单不能为空")
	}
	for i, n := range ns {
		c.text(field+"["+itoa(i)+"]", n, true)
		if strings.ContainsAny(n, "\n") {
			c.fail(field+"["+itoa(i)+"]", "不能含换行")
		}
	}
}

// Typeset implements Paper.
func (m *Minutes) Typeset(d *typeset.Document) {
	d.MinutesHead(typeset.MinutesHead{Mark: m.Mark, Issue: m.Issue, Office: m.Office, Date: m.Date.Chinese(), Draft: m.Draft})
	if m.Heading != "" {
		d.Text(typeset.Title, m.Heading)
		d.Skip(1)
	}
	typesetBlocks(d, m.Body)
	d.AttachmentNote(attachmentTitles(m.Attachments))
	d.Skip(1)
	hangingList(d, "出席：", m.Present, "、")
	hangingList(d, "请假：", m.Leave, "、")
	hangingList(d, "列席：", m.Attending, "，")
	typesetAttachments(d, m.Attachments)
	if len(m.Draft) > 0 {
		return // a draft is not issued: no 印发 colophon
	}
	pd := m.PrintDate
	if pd.IsZero() {
		pd = m.Date
	}
	d.SetColophon(typeset.Colophon{
		Items:     []typeset.ColophonItem{{Label: "分送", Text: m.Distribution}},
		Office:    m.Office,
		PrintDate: pd.Chinese() + "印发",
	})
}

// hangingList sets `出席：` in 黑体 and the names in 仿宋, indented two
// characters, wrapped lines aligned with the first name. A person's name
// never splits across lines; a unit or a reason keeps together unless that
// stretches the line by more than a quarter character per gap, and an entry
// "unit name" or "name（reason）" may break between its parts.
func hangingList(d *typeset.Document, label string, names []string, sep string) {
	if len(names) == 0 {
		return
	}
	st := typeset.Body
	st.Name = "list"
	st.Indent = st.FirstIndent + d.TextWidth(typeset.Body, label)/typeset.CharPitch
	spans := []typeset.Span{{Text: label, Role: typeset.Hei}}
	for i, n := range names {
		if i > 0 {
			spans = append(spans, typeset.Span{Text: sep, Role: typeset.Fangsong})
		}
		parts := entryParts(n)
		name := 0 // the person: the part after the unit's space, else the first
		for j := 1; j < len(parts); j++ {
			if strings.HasSuffix(parts[j-1], " ") {
				name = j
				break
			}
		}
		for j, part := range parts {
			spans = append(spans, typeset.Span{Text: part, Role: typeset.Fangsong, NoBreak: j == name, KeepTogether: j != name})
		}
	}
	d.Paragraph(st, spans...)
}

// entryParts splits a list entry after its spaces and before a full-width
// bracket: "市委办公室 冯立新" gives "市委办公室 " and "冯立新",
// "郑振宇（出差）" gives "郑振宇" and "（出差）".
func entryParts(s string) []string {
	var out []string
	start := 0
	rs := []rune(s)
	for i := 1; i < len(rs); i++ {
		if rs[i-1] == ' ' && rs[i] != ' ' || rs[i] == '（' {
			out = append(out, string(rs[start:i]))
			start = i
		}
	}
	return append(out, string(rs[start:]))
}

func itoa(i int) string {
	const digits = "0123456789"
	if i < 10 {
		return digits[i : i+1]
	}
	return itoa(i/10) + digits[i%10:i%10+1]
}
