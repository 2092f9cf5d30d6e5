package xlsx

import (
	"bytes"
	"testing"
	"time"

	"huiwu/data"
	"huiwu/rules"
)

// 四十五: the 出勤统计 workbook carries the lean-meeting figures, planned
// against actual, by month and for the year, read back cell by cell.
func TestLeanSheetCellByCell四十五(t *testing.T) {
	r1 := record()
	r1.Meeting.HeadCount = 5
	r1.Meeting.Actual.Start, r1.Meeting.Actual.End, r1.Meeting.Actual.Count = r1.Meeting.Start.Add(5*time.Minute), r1.Meeting.Start.Add(125*time.Minute), 4
	r2 := record() // held, nothing recorded
	st := rules.AttendanceStats([]data.MeetingRecord{r1, r2})
	var buf bytes.Buffer
	from, to := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC)
	if err := Stats(&buf, StatsBook{Stats: st, From: from, To: to}); err != nil {
		t.Fatal(err)
	}
	f := open(t, buf.Bytes())
	cells(t, f, "精简会议", map[string]string{
		"A1": "会议精简情况（第四十五条）",
		"A3": "期间", "D3": "计划时长（分钟）", "E3": "实际时长（分钟）",
		"A4": "2026年12月", "B4": "2", "C4": "1", "D4": "150", "E4": "120", "F4": "5", "G4": "4",
		"A5": "2026年全年", "B5": "2", "C5": "1", "H5": "150", "I5": "120", "J5": "5", "K5": "4",
		"A6": "计划人数不含工作人员；时长和人数只比较已登记实际开会情况的会议",
	})
}
