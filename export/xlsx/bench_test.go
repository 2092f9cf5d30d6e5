package xlsx

import (
	"bytes"
	"context"
	"testing"
	"time"

	"huiwu/data"
	"huiwu/data/demo"
	"huiwu/data/store"
	"huiwu/rules"
)

// demoYearStats tallies the demonstration year from a real store, with a
// 外出请假 for every fourth person of it (the demo data has none).
func demoYearStats(b *testing.B) StatsBook {
	b.Helper()
	s, err := store.Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	ctx := context.Background()
	roster := demo.Roster(1)
	if err := s.LoadRoster(ctx, roster); err != nil {
		b.Fatal(err)
	}
	if err := s.LoadMeetings(ctx, demo.Meetings(1, roster)); err != nil {
		b.Fatal(err)
	}
	from, to := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC)
	rs, err := s.Records(ctx, from, to)
	if err != nil {
		b.Fatal(err)
	}
	st := rules.AttendanceStats(rs)
	return StatsBook{Stats: st, Trips: benchTrips(st.People), From: from, To: to, Today: to}
}

// benchTrips is a returned two-day trip, approved by the 市长, for every
// fourth person, spread over the year.
func benchTrips(people []rules.PersonTally) []data.LeaveRequest {
	var ls []data.LeaveRequest
	for i, p := range people {
		if i%4 != 0 {
			continue
		}
		day := time.Date(2026, time.Month(i%12+1), 10, 0, 0, 0, 0, time.UTC)
		ls = append(ls, data.LeaveRequest{
			ID: int64(i + 1), PersonID: p.PersonID, PersonName: p.Name, UnitName: p.UnitName, Post: p.Post, Rank: p.Rank, UnitOrder: p.UnitOrder,
			Reason: "赴省参加专题培训", Status: data.LeaveApproved, FiledAt: day.AddDate(0, 0, -3),
			Steps: []data.LeaveStep{{ApproverName: "市长", Decision: data.LeaveApproved, DecidedAt: day.AddDate(0, 0, -2)}},
			Trip:  data.Trip{Destination: "南京市", From: day, To: day.AddDate(0, 0, 1), ReturnedOn: day.AddDate(0, 0, 1)},
		})
	}
	return ls
}

// BenchmarkStatsYear writes the 出勤统计 of the demo year;
// BenchmarkBareStatsYear writes the same cells with bare excelize.
func BenchmarkStatsYear(b *testing.B) {
	sb := demoYearStats(b)
	for b.Loop() {
		if err := Stats(new(bytes.Buffer), sb); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(sb.Trips)), "trips")
}

func BenchmarkBareStatsYear(b *testing.B) {
	sb := demoYearStats(b)
	for b.Loop() {
		if err := bare(new(bytes.Buffer), statsTables(sb)); err != nil {
			b.Fatal(err)
		}
	}
}
