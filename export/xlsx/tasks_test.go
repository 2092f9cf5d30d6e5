package xlsx

import (
	"bytes"
	"testing"

	"huiwu/data"
)

func taskBook() TaskBook {
	return TaskBook{
		From: dday("2026-11-01"), To: dday("2026-11-30"), Today: dday("2026-11-28"), AuditHead: "12:abc",
		Tasks: []data.Task{
			{ID: 3, Source: data.SourceInstruction, LeaderName: "王喆", Reference: "请抓紧", Title: "汛前检查", LeadUnitID: 2, LeadUnitName: "溧阳市水利局", Assigned: dday("2026-11-02"), Due: dday("2026-11-20"), Status: data.TaskDoing, Reminders: 2, LastNote: dday("2026-11-25")},
			{ID: 1, Source: data.SourceMinutes, MinutesIssue: "〔2026〕第3期", Title: "城市更新计划印发", LeadUnitID: 1, LeadUnitName: "溧阳市住建局", HelpUnitNames: []string{"溧阳市财政局", "溧阳市自然资源和规划局"}, Assigned: dday("2026-11-02"), Due: dday("2026-11-10"), Status: data.TaskDone, ClosedOn: dday("2026-11-09"), Result: "已印发"},
			{ID: 2, Source: data.SourceMinutes, MinutesIssue: "〔2026〕第3期", Title: "老旧小区改造", LeadUnitID: 1, LeadUnitName: "溧阳市住建局", Assigned: dday("2026-11-02"), Due: dday("2026-11-10"), Status: data.TaskDone, ClosedOn: dday("2026-11-12"), Result: "已开工"},
			{ID: 4, Source: data.SourceNPC, Title: "outside the period", LeadUnitID: 3, LeadUnitName: "溧阳市教育局", Assigned: dday("2026-10-02"), Due: dday("2026-10-10")},
		},
	}
}

// The 台账 and the 通报 read back cell by cell (三十, 三十八).
func TestTaskWorkbooksCellByCell(t *testing.T) {
	var buf bytes.Buffer
	if err := Tasks(&buf, taskBook()); err != nil {
		t.Fatal(err)
	}
	f := open(t, buf.Bytes())
	cells(t, f, "督办台账", map[string]string{
		"A1": "督办台账", "A2": "办结时限：2026年11月1日至2026年11月30日　　统计日期：2026年11月28日　　审计头：12:abc",
		"B4": "领导批示", "C4": "王喆 请抓紧", "D4": "汛前检查", "I4": "逾期", "J4": "2",
		"C5": "〔2026〕第3期", "F5": "溧阳市财政局、溧阳市自然资源和规划局", "I5": "已办结", "K5": "已印发",
		"A7": "共3项",
	})
	buf.Reset()
	b := taskBook()
	b.FollowUps = PendingFollowUps([]data.Topic{
		{Title: "关于2027年财政预算草案", UnitName: "溧阳市财政局", MeetingID: 7, Outcome: "passed", Flags: data.TopicFlags{Subjects: []string{"budget"}}},
		{Title: "reported already", MeetingID: 7, Outcome: "passed", Flags: data.TopicFlags{Subjects: []string{"budget"}}, FollowUpDone: "2026-11-20 已报市委"},
		{Title: "deferred", MeetingID: 7, Outcome: "deferred", Flags: data.TopicFlags{Subjects: []string{"budget"}}},
		{Title: "no subject", MeetingID: 7, Outcome: "passed"},
	}, func(int64) string { return "市政府第12次常务会议" })
	if err := TaskReport(&buf, b); err != nil {
		t.Fatal(err)
	}
	f = open(t, buf.Bytes())
	cells(t, f, "督办通报", map[string]string{
		"A1": "督办事项办理情况通报",
		"B4": "溧阳市水利局", "C4": "1", "F4": "1", "H4": "0%",
		"B5": "溧阳市住建局", "C5": "2", "D5": "1", "E5": "1", "H5": "50%",
		"A6": "合计交办3项，按期办结1项，逾期办结1项，逾期未办结1项，未到期0项。",
	})
	cells(t, f, "待报请决定", map[string]string{"B4": "关于2027年财政预算草案", "D4": "市政府第12次常务会议", "E4": "通过", "A5": "共1项"})
	cells(t, f, "逾期事项", map[string]string{"B4": "汛前检查", "E4": "8", "F4": "2", "G4": "2026-11-25", "A5": "共1项"})
}
