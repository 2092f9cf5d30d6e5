package xlsx

import (
	"bytes"
	"context"
	"testing"
	"time"

	"huiwu/data/demo"
	"huiwu/data/store"
	"huiwu/rules"
)

// demoYearStats tallies the demonstration year from a real store.
func demoYearStats(b *testing.B) (rules.Stats, time.Time, time.Time) {
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
	return rules.AttendanceStats(rs), from, to
}

// BenchmarkStatsYear writes the 出勤统计 of the demo year;
// BenchmarkBareStatsYear writes the same cells with bare excelize.
func BenchmarkStatsYear(b *testing.B) {
	st, from, to := demoYearStats(b)
	for b.Loop() {
		if err := Stats(new(bytes.Buffer), st, from, to, ""); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBareStatsYear(b *testing.B) {
	st, from, to := demoYearStats(b)
	for b.Loop() {
		if err := bare(new(bytes.Buffer), statsTables(st, from, to)); err != nil {
			b.Fatal(err)
		}
	}
}
