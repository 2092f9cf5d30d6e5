package paper

import (
	"strings"

	"huiwu/export/typeset"
)

// Request is a 请示, an upward paper (GB/T 9704 §7.2.3, 条例 第十五条):
// the fields of a Notice, with the 版头 required and carrying the 签发人
// (the 发文字号 then sits flush left, level with it), one 主送机关 (一文一事,
// a 请示 goes to one superior), and the 附注 naming the contact and phone,
// which a 请示 must give. See docs/formats/request.md.
type Request struct {
	Notice
}

// Kind implements Paper.
func (r *Request) Kind() string { return "request" }

// Validate implements Paper.
func (r *Request) Validate() error {
	c := checker{kind: r.Kind()}
	switch m := r.Masthead; {
	case m == nil:
		c.fail("masthead", "请示须有版头（发文机关标志、发文字号和签发人）")
	case m.Number == "":
		c.fail("masthead.number", "请示须写发文字号，如 溧政办〔2026〕12号")
	case m.Signer == "":
		c.fail("masthead.signer", "请示是上行文，须写签发人姓名")
	}
	r.check(&c)
	if r.Heading != "" && !strings.HasSuffix(r.Heading, "的请示") {
		c.fail("title", "请示的标题应以“的请示”结尾，如 关于……的请示")
	}
	if strings.ContainsAny(strings.TrimSuffix(r.To, "："), "，、；") {
		c.fail("to", "请示只写一个主送机关（一文一事，不多头主送）")
	}
	if r.Note == "" {
		c.fail("note", "请示须在附注处注明联系人和联系电话，如（联系人：褚婧，联系电话：0519-87654321）")
	} else if !strings.Contains(r.Note, "联系人") || !strings.ContainsAny(r.Note, "0123456789") {
		c.fail("note", "附注应注明联系人和联系电话")
	}
	return c.err
}

// Typeset implements Paper.
func (r *Request) Typeset(d *typeset.Document) { r.Notice.Typeset(d) }
