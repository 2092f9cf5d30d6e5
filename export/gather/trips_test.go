package gather

import (
	"context"
	"testing"
	"time"

	"huiwu/data"
)

// 六十一 (first sentence), through the store: the 出勤统计 workbook of a
// month carries the month's 外出请假, filed here from a town's head up to
// the 市长, listed in protocol order — 市长, 副市长, then the department
// before the town as the units are ordered — each with its approval.
func TestAttendanceStatsListsTheTripsInProtocolOrder六十一(t *testing.T) {
	src, s := demoSources(t)
	ctx := context.Background()
	s.Now = func() time.Time { return time.Date(2026, 11, 10, 9, 0, 0, 0, time.UTC) }
	src.Now = s.Now
	people, err := s.People(ctx)
	if err != nil {
		t.Fatal(err)
	}
	find := func(unit, post string) data.Person {
		for _, p := range people {
			if p.UnitName == unit && p.Post == post {
				return p
			}
		}
		t.Fatalf("no %s of %s in the demo roster", post, unit)
		return data.Person{}
	}
	mayor, vice := find("溧阳市人民政府", "市长"), find("溧阳市人民政府", "副市长")
	town, dept := find("溧阳市天目湖镇", "镇长"), find("溧阳市交通运输局", "局长")
	day := func(d int) time.Time { return time.Date(2026, 11, d, 0, 0, 0, 0, time.UTC) }
	for i, p := range []data.Person{town, dept, vice, mayor} {
		_, err := s.RequestTrip(ctx, data.LeaveRequest{
			PersonID: p.ID, Reason: "赴省汇报工作", Trip: data.Trip{Destination: "南京市", From: day(16 + i), To: day(17 + i)},
		})
		if err != nil {
			t.Fatalf("%s: %v", p.Name, err)
		}
	}
	f := openBook(t)(src.AttendanceStats(ctx, day(1), day(30)))
	want := map[string]string{
		"B4": mayor.Name, "D4": "市长", "F4": "2026-11-19至2026-11-20", "I4": "已报备",
		"B5": vice.Name, "D5": "副市长", "F5": "2026-11-18至2026-11-19", "I5": mayor.Name + "待批",
		"B6": dept.Name, "C6": "溧阳市交通运输局", "F6": "2026-11-17至2026-11-18",
		"B7": town.Name, "C7": "溧阳市天目湖镇", "F7": "2026-11-16至2026-11-17", "E7": "1",
		"A8": "共4人次（4人）：已批准或报备1人次，待审批3人次，未获批准0人次；未提前请假0人次，逾期未销假0人次",
	}
	for cell, v := range want {
		if got, err := f.GetCellValue("外出请假", cell); err != nil || got != v {
			t.Errorf("外出请假!%s = %q (%v), want %q", cell, got, err, v)
		}
	}
}
