package xlsx

import (
	"fmt"
	"io"
	"slices"
	"time"

	"huiwu/data"
	"huiwu/export/labels"
)

// DocBook is what the documents workbook lists: the register of a period,
// every countersign of those documents, and the normative documents issued
// and not yet filed (十九).
type DocBook struct {
	From, To     time.Time
	Docs         []data.Document
	Countersigns []data.Countersign // Overdue filled in by the store
	Filing       []data.DocRecord
	Today        time.Time
	AuditHead    string
}

// Documents writes the documents workbook: 公文登记簿, 会签情况 (late units
// first, then those waiting by deadline, then the replies) and 待备案.
func Documents(w io.Writer, b DocBook) error { return writeBook(w, docTables(b), b.AuditHead) }

func docTables(b DocBook) []table {
	sub := fmt.Sprintf("收文期间：%s至%s　　导出日期：%s　　审计头：%s", dateCN(b.From), dateCN(b.To), dateCN(b.Today), b.AuditHead)
	reg := table{
		name: "公文登记簿", title: "公文登记簿", sub: sub,
		cols: []col{{"序号", 6}, {"收文日期", 12}, {"文种", 10}, {"标题", 40}, {"来文单位", 26}, {"文号", 18}, {"密级", 8}, {"紧急程度", 8}, {"公开属性", 10}, {"状态", 9}, {"审核问题", 30}},
	}
	titles := map[int64]string{}
	for i, d := range b.Docs {
		titles[d.ID] = d.Title
		class := d.Classification
		if class != "" && d.SecrecyTerm != "" {
			class += "★" + d.SecrecyTerm
		}
		reg.rows = append(reg.rows, []any{i + 1, d.Received.Format(data.DateLayout), labels.DocKindName(d.Kind), d.Title, d.UnitName, d.Number, class, d.Urgency, d.Disclosure, labels.DocStatusName(d.Status), d.Problem})
	}
	reg.footer = []string{fmt.Sprintf("共%d件", len(b.Docs))}

	var signs []data.Countersign
	for _, c := range b.Countersigns {
		if _, ok := titles[c.DocID]; ok {
			signs = append(signs, c)
		}
	}
	rank := func(c data.Countersign) int {
		switch {
		case c.Overdue:
			return 0
		case c.Reply == data.ReplyNone:
			return 1
		}
		return 2
	}
	slices.SortStableFunc(signs, func(x, y data.Countersign) int {
		if r := rank(x) - rank(y); r != 0 {
			return r
		}
		return x.Deadline().Compare(y.Deadline())
	})
	cs := table{
		name: "会签情况", title: "会签办理情况", sub: sub + "　　逾期未回复的排在最前",
		cols: []col{{"序号", 6}, {"公文标题", 36}, {"会签单位", 24}, {"送签日期", 12}, {"办理期限", 12}, {"商定延期", 22}, {"状态", 14}, {"会签意见", 30}, {"回复人", 10}, {"回复日期", 12}},
	}
	late := 0
	for i, c := range signs {
		state := "已回复"
		switch {
		case c.Overdue:
			state = fmt.Sprintf("逾期%d天未回复", int(trimDay(b.Today).Sub(c.Deadline()).Hours()/24))
			late++
		case c.Reply == data.ReplyNone:
			state = "等待回复"
		case c.Reply == data.ReplyLapsed:
			state = "视为无不同意见"
		}
		due := c.Due.Format(data.DateLayout)
		if c.DueUnverified {
			due += "（待核实）"
		}
		ext := ""
		if !c.ExtendedTo.IsZero() {
			ext = c.ExtendedTo.Format(data.DateLayout) + "：" + c.ExtendReason
		}
		opinion := labels.ReplyName(c.Reply)
		if c.Reasons != "" && c.Reply != data.ReplyLapsed {
			opinion += "：" + c.Reasons
		}
		replied := ""
		if !c.RepliedOn.IsZero() {
			replied = c.RepliedOn.Format(data.DateLayout)
		}
		cs.rows = append(cs.rows, []any{i + 1, titles[c.DocID], c.UnitName, c.Sent.Format(data.DateLayout), due, ext, state, opinion, c.Replier, replied})
	}
	cs.footer = []string{fmt.Sprintf("共%d个单位次，逾期未回复%d个", len(signs), late)}

	filing := table{
		name: "待备案", title: "已印发待备案的规范性文件", sub: fmt.Sprintf("导出日期：%s　　印发后报送常州市人民政府、溧阳市人大常委会备案（第十九条）", dateCN(b.Today)),
		cols: []col{{"序号", 6}, {"标题", 40}, {"起草单位", 26}, {"印发日期", 12}, {"备案期限", 12}, {"状态", 16}},
	}
	for i, r := range b.Filing {
		state := "未到期"
		if days := int(trimDay(b.Today).Sub(r.FilingDue).Hours() / 24); days > 0 {
			state = fmt.Sprintf("已超期%d天", days)
		}
		filing.rows = append(filing.rows, []any{i + 1, r.Doc.Title, r.Doc.UnitName, r.IssuedOn.Format(data.DateLayout), r.FilingDue.Format(data.DateLayout), state})
	}
	filing.footer = []string{fmt.Sprintf("共%d件", len(b.Filing))}
	return []table{reg, cs, filing}
}

// trimDay drops the time of day, for comparing dates.
func trimDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
