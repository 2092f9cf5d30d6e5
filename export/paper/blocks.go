package paper

import (
	"encoding/json"
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"huiwu/export/typeset"
)

// Date is a calendar date written 2026-05-08 in JSON and 2026年5月8日 on paper
// (full year, no leading zeros).
type Date struct {
	time.Time
	raw string // the JSON text when it is not a valid date, for the message
}

// UnmarshalJSON accepts a string; whether it is exactly YYYY-MM-DD is checked
// by Validate, which knows the field's name (encoding/json does not pass it
// to a custom unmarshaller). Feb 30, an Excel serial or 2026/5/8 never
// become the zero date silently.
func (d *Date) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return &json.UnmarshalTypeError{Value: "非字符串", Type: reflect.TypeOf(Date{})}
	}
	*d = Date{}
	if s == "" {
		return nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil || t.Year() < 1949 || t.Year() > 2199 {
		d.raw = s
		return nil
	}
	d.Time = t
	return nil
}

// MarshalJSON writes YYYY-MM-DD.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte(`""`), nil
	}
	return json.Marshal(d.Format("2006-01-02"))
}

// Chinese is the date as printed: 2026年5月8日.
func (d Date) Chinese() string {
	return fmt.Sprintf("%d年%d月%d日", d.Year(), int(d.Month()), d.Day())
}

// Block is one paragraph of body text. In JSON it is either a string (a body
// paragraph) or an object {"level": 1–4, "heading": "一、……", "text": "……"}
// whose heading is set in its level's face and whose optional text runs on
// in 仿宋 in the same paragraph.
type Block struct {
	Level   int    `json:"level,omitempty"`
	Heading string `json:"heading,omitempty"`
	Text    string `json:"text,omitempty"`
}

// UnmarshalJSON accepts the string and the object form.
func (b *Block) UnmarshalJSON(data []byte) error {
	if len(data) > 0 && data[0] == '"' {
		*b = Block{}
		return json.Unmarshal(data, &b.Text)
	}
	type plain Block
	var p plain
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return err
	}
	*b = Block(p)
	return nil
}

// MarshalJSON writes a plain paragraph as a string.
func (b Block) MarshalJSON() ([]byte, error) {
	if b.Level == 0 && b.Heading == "" {
		return json.Marshal(b.Text)
	}
	type plain Block
	return json.Marshal(plain(b))
}

// Attachment is an attachment printed on its own pages after the text.
type Attachment struct {
	Title string  `json:"title"`
	Body  []Block `json:"body"`
}

var headingPattern = map[int]*regexp.Regexp{
	1: regexp.MustCompile(`^[一二三四五六七八九十]+、`),
	2: regexp.MustCompile(`^（[一二三四五六七八九十]+）`),
	3: regexp.MustCompile(`^[0-9]+\.`),
	4: regexp.MustCompile(`^（[0-9]+）`),
}

var headingExample = map[int]string{1: "一、", 2: "（一）", 3: "1.", 4: "（1）"}

// Limits keep an absurd input from producing a thousand-page PDF by mistake.
const (
	maxField  = 5000 // characters in one field
	maxBlocks = 1000
)

// checker collects the first field error of a paper.
type checker struct {
	kind string
	err  error
}

func (c *checker) fail(field, format string, args ...any) {
	if c.err == nil {
		c.err = &FieldError{Kind: c.kind, Field: field, Msg: fmt.Sprintf(format, args...)}
	}
}

// text checks a text field: required or not, length, no control characters.
func (c *checker) text(field, s string, required bool) {
	switch {
	case required && strings.TrimSpace(s) == "":
		c.fail(field, "不能为空")
	case utf8.RuneCountInString(s) > maxField:
		c.fail(field, "太长（最多 %d 个字）", maxField)
	case strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 && r != '\n' || r == 0x7f }):
		c.fail(field, "含控制字符")
	}
}

// after checks that a later date (印发日期) is not before an earlier one.
func (c *checker) after(field string, later, earlier Date) {
	if !later.IsZero() && !earlier.IsZero() && later.Before(earlier.Time) {
		c.fail(field, "印发日期 %s 早于成文日期 %s", later.Format("2006-01-02"), earlier.Format("2006-01-02"))
	}
}

func lastRune(s string) string {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	return string(r)
}

func (c *checker) date(field string, d Date, required bool) {
	if d.raw != "" {
		c.fail(field, "日期 %q 无效：日期格式应为 2026-05-08", d.raw)
	}
	if required && d.IsZero() {
		c.fail(field, "不能为空：日期格式应为 2026-05-08")
	}
}

func (c *checker) blocks(field string, bs []Block, required bool) {
	if required && len(bs) == 0 {
		c.fail(field, "至少要有一段正文")
	}
	if len(bs) > maxBlocks {
		c.fail(field, "段落太多（最多 %d 段）", maxBlocks)
	}
	for i, b := range bs {
		f := fmt.Sprintf("%s[%d]", field, i)
		switch {
		case b.Level < 0 || b.Level > 4:
			c.fail(f+".level", "标题层级应为 1–4（正文段落不写 level）")
		case b.Level == 0 && b.Heading != "":
			c.fail(f+".level", "有 heading 时须写 level（1–4）")
		case b.Level > 0:
			c.text(f+".heading", b.Heading, true)
			if !headingPattern[b.Level].MatchString(b.Heading) {
				c.fail(f+".heading", "%d 级标题应以“%s”这样的序号开头", b.Level, headingExample[b.Level])
			}
			c.text(f+".text", b.Text, false)
		default:
			c.text(f, b.Text, true)
		}
	}
}

func (c *checker) attachments(field string, as []Attachment) {
	for i, a := range as {
		f := fmt.Sprintf("%s[%d]", field, i)
		c.text(f+".title", a.Title, true)
		if strings.ContainsAny(lastRune(a.Title), "。，；：、！？.,;:") {
			c.fail(f+".title", "附件名称后不加标点符号")
		}
		c.blocks(f+".body", a.Body, true)
	}
}

// typesetBlocks sets body blocks; a newline inside a text starts a new
// paragraph.
func typesetBlocks(d *typeset.Document, bs []Block) {
	for _, b := range bs {
		if b.Level == 0 {
			for _, para := range strings.Split(b.Text, "\n") {
				d.Text(typeset.Body, para)
			}
			continue
		}
		spans := []typeset.Span{{Text: b.Heading}}
		if b.Text != "" {
			spans = append(spans, typeset.Span{Text: b.Text, Role: typeset.Fangsong})
		}
		d.Paragraph(typeset.Heading(b.Level), spans...)
	}
}

// typesetAttachments sets each attachment from a new page.
func typesetAttachments(d *typeset.Document, as []Attachment) {
	for i, a := range as {
		n := i + 1
		if len(as) == 1 {
			n = 0
		}
		d.Attachment(n, a.Title)
		typesetBlocks(d, a.Body)
	}
}

func attachmentTitles(as []Attachment) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Title)
	}
	return out
}
