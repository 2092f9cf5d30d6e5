package rules

import (
	"testing"
	"time"

	"huiwu/data"
)

// 四十五: the actual figures are recorded at the meeting, on its day, once
// the notice is out.
func TestCheckActual四十五(t *testing.T) {
	at := func(s string) time.Time {
		v, err := time.Parse("2006-01-02 15:04", s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	m := data.Meeting{Title: "常务会议", Start: at("2026-12-03 09:00"), End: at("2026-12-03 11:30"), Status: data.StatusHeld}
	ok := data.MeetingActual{Start: at("2026-12-03 09:05"), End: at("2026-12-03 11:10"), Count: 21}
	tests := []struct {
		name   string
		status data.MeetingStatus
		a      data.MeetingActual
		want   string // "" = recorded; else the first problem or the message
	}{
		{"held, on the day", data.StatusHeld, ok, ""},
		{"at the meeting, notice out", data.StatusNotified, ok, ""},
		{"still in preparation", data.StatusPlanning, ok, "会议「常务会议」尚在筹备，通知发出后才能登记实际开会情况"},
		{"archived", data.StatusArchived, ok, "会议「常务会议」已归档，不能再登记实际开会情况"},
		{"another day", data.StatusHeld, data.MeetingActual{Start: at("2026-12-04 09:00"), End: at("2026-12-04 10:00"), Count: 3}, "实际开始：应为会议当天（2026-12-03）的时间"},
		{"ends before it starts", data.StatusHeld, data.MeetingActual{Start: ok.Start, End: ok.Start, Count: 3}, "实际结束：应晚于实际开始"},
		{"nobody", data.StatusHeld, data.MeetingActual{Start: ok.Start, End: ok.End}, "实到人数：应在 1 到 9999 之间"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m.Status = tt.status
			err := CheckActual(m, tt.a)
			var got string
			if re, ok := data.RuleRefusal(err); ok {
				got = re.Err.Message
				if ps := re.Err.Problems; len(ps) > 0 {
					got = ps[0].Field + "：" + ps[0].Message
				}
				if re.Clauses[0] != c45 {
					t.Errorf("clause %v", re.Clauses)
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// 四十五: planned against actual length and head count, by month and year,
// over the held meetings whose figures were recorded.
func TestLeanFigures四十五(t *testing.T) {
	rec := func(start string, mins, heads int, status data.MeetingStatus, actualMins, actualHeads int) data.MeetingRecord {
		st, _ := time.Parse("2006-01-02 15:04", start)
		m := data.Meeting{Start: st, End: st.Add(time.Duration(mins) * time.Minute), HeadCount: heads, Status: status}
		if actualHeads > 0 {
			m.Actual = data.MeetingActual{Start: st, End: st.Add(time.Duration(actualMins) * time.Minute), Count: actualHeads}
		}
		return data.MeetingRecord{Meeting: m}
	}
	rs := []data.MeetingRecord{
		rec("2026-11-05 09:00", 150, 20, data.StatusArchived, 120, 18),
		rec("2026-11-19 09:00", 120, 16, data.StatusHeld, 100, 15),
		rec("2026-11-26 09:00", 90, 10, data.StatusHeld, 0, 0), // held, not recorded
		rec("2026-12-03 09:00", 60, 8, data.StatusHeld, 75, 9),
		rec("2026-12-10 09:00", 60, 8, data.StatusCancelled, 0, 0),
		rec("2026-12-17 09:00", 60, 8, data.StatusPlanning, 0, 0),
	}
	want := []LeanLine{
		{Label: "2026年11月", Held: 3, Recorded: 2, PlannedMinutes: 270, ActualMinutes: 220, PlannedHeads: 36, ActualHeads: 33},
		{Label: "2026年12月", Held: 1, Recorded: 1, PlannedMinutes: 60, ActualMinutes: 75, PlannedHeads: 8, ActualHeads: 9},
		{Label: "2026年全年", Held: 4, Recorded: 3, PlannedMinutes: 330, ActualMinutes: 295, PlannedHeads: 44, ActualHeads: 42},
	}
	got := LeanFigures(rs)
	if len(got) != len(want) {
		t.Fatalf("got %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d: %+v, want %+v", i, got[i], want[i])
		}
	}
	if y := got[2]; y.AvgPlannedMinutes() != 110 || y.AvgActualMinutes() != 98 || y.AvgPlannedHeads() != 15 || y.AvgActualHeads() != 14 {
		t.Errorf("averages %d %d %d %d", y.AvgPlannedMinutes(), y.AvgActualMinutes(), y.AvgPlannedHeads(), y.AvgActualHeads())
	}
}
