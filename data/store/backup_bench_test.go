package store

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"huiwu/data"
	"huiwu/data/demo"
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
// takes it into a folder that holds none yet: snapshot, cut into chunks,
// compress, read back.
func BenchmarkBackupDecade(b *testing.B) {
	s := benchStore(b)
	var size, plain int64
	for b.Loop() {
		info, err := s.BackupWithProgress(ctx, b.TempDir(), "manual", nil)
		if err != nil {
			b.Fatal(err)
		}
		size, plain = info.Size, info.Plain
	}
	b.ReportMetric(float64(size)/(1<<20), "size-MB")
	b.ReportMetric(float64(plain)/(1<<20), "db-MB")
}

// BenchmarkBackupAgainDecade is the copy a secretary waits for as she closes
// the program after a day's work (the exit copy), and the daily one: a
// backup of the ten-year data into a folder that already holds one, so that
// only what changed is stored. Here nothing changed: what it costs is the
// snapshot and reading, cutting and naming the whole of it.
func BenchmarkBackupAgainDecade(b *testing.B) {
	s := benchStore(b)
	dir := b.TempDir()
	if _, err := s.BackupWithProgress(ctx, dir, "manual", nil); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := s.BackupWithProgress(ctx, dir, "exit", nil); err != nil {
			b.Fatal(err)
		}
	}
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

// BenchmarkBackupYear is a year of daily use on top of the ten-year data:
// each working day's meetings, topics, minutes and documents written as the
// day goes, a copy at 8:30 (the daily one) and at two exits, pruned by the
// default policy after each. Only the copies the policy still holds at the
// year's end are taken (data.Retention.Survivors): the others would have
// been removed with the chunks only they named. It reports the disk the
// backup folder takes then against the database's size.
func BenchmarkBackupYear(b *testing.B) {
	src := os.Getenv("HUIWU_BENCH_DATA")
	if src == "" {
		b.Skip("HUIWU_BENCH_DATA not set (make bench sets it)")
	}
	year := demo.Today.Year() + 1
	cst := time.FixedZone("CST", 8*3600)
	var taken []data.BackupInfo
	for day := time.Date(year, 1, 1, 0, 0, 0, 0, cst); day.Year() == year; day = day.AddDate(0, 0, 1) {
		if wd := day.Weekday(); wd != time.Saturday && wd != time.Sunday {
			taken = append(taken, data.BackupInfo{Label: "auto", Taken: day.Add(8*time.Hour + 30*time.Minute)},
				data.BackupInfo{Label: "exit", Taken: day.Add(12 * time.Hour)}, data.BackupInfo{Label: "exit", Taken: day.Add(17*time.Hour + 30*time.Minute)})
		}
	}
	keep := map[time.Time]string{}
	for _, k := range data.DefaultRetention.Survivors(taken) {
		keep[k.Taken] = k.Label
	}
	var disk, db float64
	for b.Loop() {
		dir := b.TempDir()
		if err := copyFile(filepath.Join(src, DBName), filepath.Join(dir, DBName)); err != nil {
			b.Fatal(err)
		}
		s, err := Open(dir)
		if err != nil {
			b.Fatal(err)
		}
		backups := b.TempDir()
		if err := s.SetBackupSettings(ctx, backups, data.DefaultRetention); err != nil {
			b.Fatal(err)
		}
		// The store's clock follows the simulated day: its writes at 9:00,
		// each copy at its time.
		clock := time.Date(year, 1, 1, 9, 0, 0, 0, cst)
		s.Now = func() time.Time { return clock }
		err = s.LoadYearDaily(ctx, 1, year, func(day time.Time) error {
			for _, t := range taken {
				label, ok := keep[t.Taken]
				if !ok || t.Taken.Year() != day.Year() || t.Taken.YearDay() != day.YearDay() {
					continue
				}
				clock = t.Taken
				if _, err := s.BackupWithProgress(ctx, backups, label, nil); err != nil {
					return err
				}
			}
			clock = time.Date(day.Year(), day.Month(), day.Day()+1, 9, 0, 0, 0, cst)
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		fi, _ := os.Stat(s.Path())
		db = float64(fi.Size()) / (1 << 20)
		disk = float64(folderSize(backups)) / (1 << 20)
		list, _ := ListBackups(ctx, backups)
		b.ReportMetric(float64(len(list)), "copies")
		s.Close()
	}
	b.ReportMetric(disk, "disk-MB")
	b.ReportMetric(db, "db-MB")
}
