package xlsx

import (
	"bytes"
	"testing"
	"time"

	"huiwu/data"
)

// The 议题登记表 read back cell by cell: each topic's step and missing items,
// and the agenda sheet warning when the reports run over the meeting (四十五).
func TestTopicsWorkbookCellByCell(t *testing.T) {
	start := dday("2026-12-03").Add(9 * time.Hour)
	m := data.Meeting{ID: 7, Title: "市政府常务会议", Kind: data.MeetingExecutive, Number: 14, Start: start, End: start.Add(30 * time.Minute), Place: "1208会议室"}
	b := TopicBook{
		Month: dday("2026-12-01"), Today: dday("2026-11-28"), AuditHead: "12:ab", Meetings: []data.Meeting{m},
		Topics: []data.Topic{
			{ID: 1, Title: "农村公路提档升级", UnitName: "溧阳市交通运输局", MeetingID: 7, Minutes: 20, State: "noticed", DeclaredOn: dday("2026-11-10")},
			{ID: 2, Title: "城区停车设施", UnitName: "溧阳市住建局", MeetingID: 7, Minutes: 15, State: "approved"},
			{ID: 3, Title: "菜市场改造", UnitName: "溧阳市商务局", MeetingID: 7, Minutes: 10, State: "deferred", StateReason: "资金未落实"},
			{ID: 4, Title: "养老服务", UnitName: "溧阳市民政局", MeetingID: 7, State: "reported", Missing: []string{"三份纸质材料（已收 0 份，第四十一条第四步）"}},
		},
	}
	var buf bytes.Buffer
	if err := Topics(&buf, b); err != nil {
		t.Fatal(err)
	}
	f := open(t, buf.Bytes())
	if got := f.GetSheetList(); len(got) != 2 || got[1] != "议程1203" {
		t.Fatalf("sheets %v", got)
	}
	cells(t, f, "议题登记表", map[string]string{
		"A1": "议题登记表", "B4": "2026-12-03", "C4": "农村公路提档升级", "H4": "2026-11-10", "I4": "已列入通知",
		"I6": "暂缓：资金未落实", "J7": "三份纸质材料（已收 0 份，第四十一条第四步）", "A8": "共4个议题",
	})
	cells(t, f, "议程1203", map[string]string{
		"A1": "市政府常务会议（第14次）议程", "B4": "农村公路提档升级", "B5": "城区停车设施", "A6": "汇报合计35分钟，会议计划30分钟，超出会议时长（第四十五条）",
	})
	if p, _ := f.GetDocProps(); p.Keywords != "huiwu-audit-head 12:ab" {
		t.Errorf("audit head %q", p.Keywords)
	}
}
