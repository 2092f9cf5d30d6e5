package xlsx

import (
	"bytes"
	"testing"
	"time"

	"huiwu/data"
)

// 六十一 (first sentence): the 出勤统计 lists the period's 外出请假 on their
// own sheet, people in protocol order (市长, 副市长, then by unit order —
// 天目湖镇 15 before 审计局 20 — whatever order they were filed in), each
// person's trips by first day with the person's count on the first, the
// approval and the 销假 as of the day the book is made; read back cell by
// cell.
func TestTripSheetCellByCell六十一(t *testing.T) {
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }
	at := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 16, 0, 0, 0, time.Local) }
	mayor := func(decision data.LeaveStatus, opinion string, on time.Time) []data.LeaveStep {
		return []data.LeaveStep{{ApproverName: "王建国", Decision: decision, Opinion: opinion, DecidedAt: on}}
	}
	gov := func(l data.LeaveRequest) data.LeaveRequest {
		l.UnitName, l.UnitOrder = "溧阳市人民政府", 10
		return l
	}
	trips := []data.LeaveRequest{
		{
			ID: 1, PersonID: 4, PersonName: "陈局长", UnitName: "溧阳市审计局", Post: "局长", UnitOrder: 20, Reason: "参加培训",
			Status: data.LeavePending, FiledAt: at(12, 20), Steps: mayor(data.LeavePending, "", time.Time{}),
			Trip: data.Trip{Destination: "杭州市", From: day(12, 30), To: time.Date(2027, 1, 2, 0, 0, 0, 0, time.UTC)},
		},
		gov(data.LeaveRequest{
			ID: 2, PersonID: 3, PersonName: "周玥", Post: "副市长", Rank: 3, Reason: "汇报工作",
			Status: data.LeaveApproved, FiledAt: at(11, 17), Steps: mayor(data.LeaveApproved, "", at(11, 18)),
			Trip: data.Trip{Destination: "北京市", From: day(11, 20), To: day(11, 21), ReturnedOn: day(11, 23)},
		}),
		{
			ID: 3, PersonID: 8, PersonName: "孙镇长", UnitName: "天目湖镇", Post: "镇长", UnitOrder: 15, Reason: "考察学习",
			Status: data.LeaveRejected, FiledAt: at(8, 1), Steps: mayor(data.LeaveRejected, "近期有防汛任务", at(8, 1)),
			Trip: data.Trip{Destination: "苏州市", From: day(8, 1), To: day(8, 3)},
		},
		gov(data.LeaveRequest{
			ID: 4, PersonID: 1, PersonName: "王建国", Post: "市长", Rank: 1, Reason: "赴省政府汇报",
			Status: data.LeaveFiled, FiledAt: at(6, 5),
			Trip: data.Trip{Destination: "南京市", From: day(6, 8), To: day(6, 8)},
		}),
		gov(data.LeaveRequest{
			ID: 5, PersonID: 3, PersonName: "周玥", Post: "副市长", Rank: 3, Reason: "招商洽谈",
			Status: data.LeaveApproved, FiledAt: at(2, 27), Steps: mayor(data.LeaveApproved, "同意", at(3, 1)),
			Trip: data.Trip{Destination: "上海市", From: day(3, 2), To: day(3, 4), ReturnedOn: day(3, 4)},
		}),
	}
	var buf bytes.Buffer
	b := StatsBook{Trips: trips, From: day(1, 1), To: day(12, 31), Today: day(12, 31), Head: "42:abcdef012345"}
	if err := Stats(&buf, b); err != nil {
		t.Fatal(err)
	}
	f := open(t, buf.Bytes())
	if got := f.GetSheetList(); len(got) != 5 || got[4] != "外出请假" {
		t.Fatalf("sheets %v", got)
	}
	rows, err := f.GetRows("外出请假")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3+5+2 {
		t.Fatalf("%d rows: %v", len(rows), rows)
	}
	cells(t, f, "外出请假", map[string]string{
		"A1": "外出请假情况（第六十一条）",
		"A2": "统计期间：2026年1月1日至2026年12月31日（外出日期与期间相交的外出请假）",
		"A3": "序号", "B3": "姓名", "C3": "单位", "D3": "职务", "E3": "本期次数", "F3": "外出起止", "G3": "目的地", "H3": "事由", "I3": "审批", "J3": "销假",
		"A4": "1", "B4": "王建国", "C4": "溧阳市人民政府", "D4": "市长", "E4": "1", "F4": "2026-06-08", "G4": "南京市", "H4": "赴省政府汇报", "I4": "已报备", "J4": "逾期未销假",
		"A5": "2", "B5": "周玥", "C5": "溧阳市人民政府", "D5": "副市长", "E5": "2", "F5": "2026-03-02至2026-03-04", "G5": "上海市", "H5": "招商洽谈", "I5": "王建国同意3月1日", "J5": "2026-03-04",
		"A6": "3", "B6": "周玥", "E6": "", "F6": "2026-11-20至2026-11-21", "G6": "北京市", "H6": "汇报工作", "I6": "王建国同意11月18日", "J6": "2026-11-23（逾期）",
		"A7": "4", "B7": "孙镇长", "C7": "天目湖镇", "D7": "镇长", "E7": "1", "F7": "2026-08-01至2026-08-03", "G7": "苏州市", "I7": "王建国不同意（近期有防汛任务）8月1日", "J7": "",
		"A8": "5", "B8": "陈局长", "C8": "溧阳市审计局", "E8": "1", "F8": "2026-12-30至2027-01-02", "G8": "杭州市", "I8": "王建国待批", "J8": "",
		"A9":  "共5人次（4人）：已批准或报备3人次，待审批1人次，未获批准1人次；未提前请假1人次，逾期未销假1人次",
		"A10": "审计头：42:abcdef012345",
	})
}

// A trip under way on the day the book is made says so; one not begun
// says nothing yet.
func TestTripSheetSaysWhatAnOpenTripNeeds六十一(t *testing.T) {
	trip := func(id int64, from, to time.Time) data.LeaveRequest {
		return data.LeaveRequest{
			ID: id, PersonID: id, PersonName: "周玥", Post: "副市长", Rank: 3, UnitOrder: -1, Reason: "汇报工作", Status: data.LeaveApproved,
			FiledAt: from.AddDate(0, 0, -5), Trip: data.Trip{Destination: "北京市", From: from, To: to},
		}
	}
	d := func(day int) time.Time { return time.Date(2026, 12, day, 0, 0, 0, 0, time.UTC) }
	var buf bytes.Buffer
	b := StatsBook{Trips: []data.LeaveRequest{trip(1, d(10), d(12)), trip(2, d(20), d(21))}, From: d(1), To: d(31), Today: d(11)}
	if err := Stats(&buf, b); err != nil {
		t.Fatal(err)
	}
	cells(t, open(t, buf.Bytes()), "外出请假", map[string]string{
		"F4": "2026-12-10至2026-12-12", "J4": "外出中，返回后销假",
		"F5": "2026-12-20至2026-12-21", "J5": "",
	})
}
