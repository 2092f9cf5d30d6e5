package store

import (
	"os"
	"path/filepath"
	"testing"

	"huiwu/data"
)

// benchFolder copies the ten-year data folder of `make bench`
// (HUIWU_BENCH_DATA) so that opening and writing leave the original as it
// was; without it the benchmark is skipped.
func benchFolder(b *testing.B) string {
	b.Helper()
	src := os.Getenv("HUIWU_BENCH_DATA")
	if src == "" {
		b.Skip("HUIWU_BENCH_DATA is not set (make bench sets it)")
	}
	dir := b.TempDir()
	if err := copyFile(filepath.Join(src, DBName), filepath.Join(dir, DBName)); err != nil {
		b.Fatal(err)
	}
	return dir
}

// BenchmarkOpenDecade opens and closes the ten-year database;
// BenchmarkOpenDecadeWithWAL does the same with a crash's -wal beside it
// (issue 19's bar: within 1.1× of opening without). Each round puts the
// -wal back, since closing checkpoints it into the file.
func BenchmarkOpenDecade(b *testing.B) {
	dir := benchFolder(b)
	for b.Loop() {
		s, err := Open(dir)
		if err != nil {
			b.Fatal(err)
		}
		closeUntimed(b, s)
	}
}

// closeUntimed closes s with the timer stopped: the bar is on opening, and
// closing after a crash's -wal checkpoints its frames into the file (a
// write and a sync the open itself does not do), which would otherwise be
// counted against the open.
func closeUntimed(b *testing.B, s *Store) {
	b.StopTimer()
	s.Close()
	b.StartTimer()
}

func BenchmarkOpenDecadeWithWAL(b *testing.B) {
	dir := benchFolder(b)
	s, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := s.SaveUnit(ctx, data.Unit{Name: "崩溃前提交的单位", Kind: data.KindOther}); err != nil {
		b.Fatal(err)
	}
	path := s.Path()
	wal, err := os.ReadFile(path + "-wal")
	s.Close()
	if err != nil || len(wal) == 0 {
		b.Fatalf("no -wal to put back: %v", err)
	}
	for b.Loop() {
		b.StopTimer()
		os.Remove(path + "-shm")
		if err := os.WriteFile(path+"-wal", wal, 0o600); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		s, err := Open(dir)
		if err != nil {
			b.Fatal(err)
		}
		closeUntimed(b, s)
	}
}

// BenchmarkCheckDecade times `huiwu check` on the ten-year data and each of
// its parts (issue 19's bar for the whole: 2 s).
func BenchmarkCheckDecade(b *testing.B) {
	dir := benchFolder(b)
	s, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	parts := []struct {
		name string
		run  func() error
	}{
		{"all", func() error {
			r, err := s.Check(ctx)
			if err == nil && !r.OK() {
				b.Fatalf("check: %+v", r)
			}
			return err
		}},
		{"integrity", func() error { return drain(s, "PRAGMA integrity_check") }},
		{"quick", func() error { return drain(s, "PRAGMA quick_check") }},
		{"foreign", func() error { return drain(s, "PRAGMA foreign_key_check") }},
		{"chain", func() error { _, err := s.VerifyAudit(ctx); return err }},
		{"ledger", func() error { _, _, err := s.verifyLedger(ctx); return err }},
		{"anchors", func() error { _, _, err := s.checkAnchors(ctx); return err }},
	}
	for _, p := range parts {
		b.Run(p.name, func(b *testing.B) {
			for b.Loop() {
				if err := p.run(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func drain(s *Store, q string) error {
	rows, err := s.db.Query(q)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
	}
	return rows.Err()
}
