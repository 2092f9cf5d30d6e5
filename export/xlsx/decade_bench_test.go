package xlsx

import (
	"bytes"
	"context"
	"os"
	"testing"
	"time"

	"huiwu/data"
	"huiwu/data/store"
	"huiwu/rules"
)

// decadeStore opens the ten-year data folder of `make bench`; without
// HUIWU_BENCH_DATA the benchmark is skipped.
func decadeStore(b *testing.B) *store.Store {
	b.Helper()
	dir := os.Getenv("HUIWU_BENCH_DATA")
	if dir == "" {
		b.Skip("HUIWU_BENCH_DATA is not set (make bench sets it)")
	}
	s, err := store.Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	// The check that runs after opening reads the whole file (a second of
	// CPU on the ten-year data); waited for here, it runs before the timing
	// rather than beside the first iterations of whichever benchmark opened.
	if err := s.Verified(context.Background()); err != nil {
		b.Fatal(err)
	}
	return s
}

// decadeYearStats tallies the last full year of the ten-year data, with
// its 外出请假.
func decadeYearStats(b *testing.B) StatsBook {
	s := decadeStore(b)
	ctx := context.Background()
	from, to := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)
	rs, err := s.Records(ctx, from, to)
	if err != nil {
		b.Fatal(err)
	}
	trips, err := s.Trips(ctx, from, to)
	if err != nil {
		b.Fatal(err)
	}
	return StatsBook{Stats: rules.AttendanceStats(rs), Trips: trips, From: from, To: to, Today: s.Today()}
}

// BenchmarkStatsDecadeYear writes a year's 出勤统计 from the ten-year data;
// BenchmarkBareStatsDecadeYear writes the same cells with bare excelize.
func BenchmarkStatsDecadeYear(b *testing.B) {
	sb := decadeYearStats(b)
	for b.Loop() {
		if err := Stats(new(bytes.Buffer), sb); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBareStatsDecadeYear(b *testing.B) {
	sb := decadeYearStats(b)
	for b.Loop() {
		if err := bare(new(bytes.Buffer), statsTables(sb)); err != nil {
			b.Fatal(err)
		}
	}
}

// allTasks is the 督办台账 of every task of the ten-year data.
func allTasks(b *testing.B) TaskBook {
	s := decadeStore(b)
	ts, err := s.Tasks(context.Background(), data.TaskFilter{})
	if err != nil {
		b.Fatal(err)
	}
	return TaskBook{From: time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC), Tasks: ts, Today: s.Today()}
}

// BenchmarkTaskLedgerAll writes the 督办台账 of all tasks;
// BenchmarkBareTaskLedgerAll writes the same cells with bare excelize.
func BenchmarkTaskLedgerAll(b *testing.B) {
	tb := allTasks(b)
	for b.Loop() {
		if err := Tasks(new(bytes.Buffer), tb); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(tb.Tasks)), "tasks")
}

func BenchmarkBareTaskLedgerAll(b *testing.B) {
	tb := allTasks(b)
	for b.Loop() {
		if err := bare(new(bytes.Buffer), []table{ledger(tb)}); err != nil {
			b.Fatal(err)
		}
	}
}
