package store

import (
	"os"
	"path/filepath"
	"testing"
)

// benchStore opens the ten-year data of make bench (HUIWU_BENCH_DATA).
func benchStore(b *testing.B) *Store {
	b.Helper()
	dir := os.Getenv("HUIWU_BENCH_DATA")
	if dir == "" {
		b.Skip("HUIWU_BENCH_DATA not set (make bench sets it)")
	}
	s, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// BenchmarkBackupDecade is one backup of the ten-year data as the program
// takes it: snapshot, compress, read back.
func BenchmarkBackupDecade(b *testing.B) {
	s := benchStore(b)
	var size, plain int64
	for b.Loop() {
		info, err := s.BackupTo(ctx, b.TempDir(), "manual")
		if err != nil {
			b.Fatal(err)
		}
		size, plain = info.Size, info.Plain
	}
	b.ReportMetric(float64(size)/(1<<20), "size-MB")
	b.ReportMetric(float64(plain)/(1<<20), "db-MB")
}

// BenchmarkVacuumIntoDecade is the yardstick: VACUUM INTO of the same file,
// which the backups of the last release were.
func BenchmarkVacuumIntoDecade(b *testing.B) {
	s := benchStore(b)
	var size int64
	for b.Loop() {
		path := filepath.Join(b.TempDir(), "copy.db")
		if _, err := s.DB().Exec("VACUUM INTO ?", path); err != nil {
			b.Fatal(err)
		}
		fi, err := os.Stat(path)
		if err != nil {
			b.Fatal(err)
		}
		size = fi.Size()
	}
	b.ReportMetric(float64(size)/(1<<20), "size-MB")
}
