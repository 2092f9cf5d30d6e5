package xlsx

import (
	"bytes"
	"testing"
	"time"

	"huiwu/data"
)

func dday(s string) time.Time {
	t, err := time.Parse(data.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

// The documents workbook read back cell by cell: the register, the
// countersign list with the late unit first, and the 备案 list (十九).
func TestDocumentsWorkbookCellByCell(t *testing.T) {
	b := DocBook{
		From: dday("2026-01-01"), To: dday("2026-12-31"), Today: dday("2026-11-28").Add(9 * time.Hour), AuditHead: "9:abc",
		Docs: []data.Document{
			{ID: 2, Kind: data.DocRequest, Title: "关于就业见习补贴的请示", UnitName: "溧阳市人社局", Number: "溧人社〔2026〕36号", Received: dday("2026-11-16"), Status: data.DocCountersign},
			{ID: 1, Kind: data.DocReport, Title: "关于卫生工作的报告", UnitName: "溧阳市卫健委", Received: dday("2026-05-12"), Classification: "秘密", SecrecyTerm: "1年", Status: data.DocReturned, Problem: "报告中不得夹带请示事项（第四十七条）"},
		},
		Countersigns: []data.Countersign{
			{DocID: 2, UnitName: "溧阳市财政局", Sent: dday("2026-11-18"), Due: dday("2026-11-27"), Reply: data.ReplyAgree, Replier: "许科长", RepliedOn: dday("2026-11-24")},
			{DocID: 2, UnitName: "溧阳市文体旅局", Sent: dday("2026-11-25"), Due: dday("2026-12-04")},
			{DocID: 2, UnitName: "溧阳市教育局", Sent: dday("2026-11-18"), Due: dday("2026-11-27"), Overdue: true},
			{DocID: 99, UnitName: "not in the period", Sent: dday("2025-11-18"), Due: dday("2025-11-27")},
		},
		Filing: []data.DocRecord{{Doc: data.Document{Title: "食品小作坊登记管理办法", UnitName: "溧阳市市场监管局"}, IssuedOn: dday("2026-11-05"), FilingDue: dday("2026-11-20")}},
	}
	var buf bytes.Buffer
	if err := Documents(&buf, b); err != nil {
		t.Fatal(err)
	}
	f := open(t, buf.Bytes())
	if got := f.GetSheetList(); len(got) != 3 || got[1] != "会签情况" {
		t.Fatalf("sheets %v", got)
	}
	cells(t, f, "公文登记簿", map[string]string{
		"A1": "公文登记簿", "A2": "收文期间：2026年1月1日至2026年12月31日　　导出日期：2026年11月28日　　审计头：9:abc",
		"B4": "2026-11-16", "C4": "请示", "D4": "关于就业见习补贴的请示", "J4": "会签中",
		"G5": "秘密★1年", "J5": "已退回", "K5": "报告中不得夹带请示事项（第四十七条）", "A6": "共2件",
	})
	cells(t, f, "会签情况", map[string]string{
		"C4": "溧阳市教育局", "E4": "2026-11-27", "G4": "逾期1天未回复", "H4": "未回复",
		"C5": "溧阳市文体旅局", "G5": "等待回复",
		"C6": "溧阳市财政局", "G6": "已回复", "H6": "同意", "I6": "许科长", "J6": "2026-11-24",
		"A7": "共3个单位次，逾期未回复1个",
	})
	cells(t, f, "待备案", map[string]string{
		"B4": "食品小作坊登记管理办法", "D4": "2026-11-05", "E4": "2026-11-20", "F4": "已超期8天", "A5": "共1件",
	})
}
