package store

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"huiwu/data"
)

// Rule 1: an exit or daily backup is skipped while nothing was written
// since the newest backup; any write moves the change mark, the 纪要
// autosave (not audited) included; a manual backup always copies.
func TestUnchangedDataIsNotBackedUpAgain(t *testing.T) {
	s := withDemo(t)
	clock := time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)
	s.Now = func() time.Time { return clock }
	auto := func(label string, minAge time.Duration) bool {
		t.Helper()
		took, err := s.AutoBackup(ctx, label, minAge, nil)
		if err != nil {
			t.Fatal(err)
		}
		clock = clock.Add(time.Minute)
		return took
	}
	if !auto("exit", 0) {
		t.Fatal("the first exit took no backup")
	}
	if auto("exit", 0) {
		t.Fatal("a second exit with nothing written took a backup")
	}
	clock = clock.Add(48 * time.Hour)
	if auto("auto", 24*time.Hour) {
		t.Fatal("the daily backup copied unchanged data")
	}
	r := demoRoster(t, s)
	n, err := s.DraftMinutes(ctx, heldMeeting(t, s, executive(r.with(data.RoleMayor, 0), "2026-11-20 09:00")).ID)
	if err != nil {
		t.Fatal(err)
	}
	if !auto("exit", 0) {
		t.Fatal("an audited change was not backed up on exit")
	}
	if err := s.AutosaveMinutes(ctx, n.ID, "正在输入的正文", 1); err != nil {
		t.Fatal(err)
	}
	if auto("auto", 24*time.Hour) {
		t.Fatal("the daily backup ran an hour after the last one")
	}
	if !auto("exit", 0) {
		t.Fatal("the 纪要 autosave was not backed up on exit")
	}
	before, _ := s.Backups(ctx)
	if _, err := s.BackupNow(ctx); err != nil {
		t.Fatal(err)
	}
	after, _ := s.Backups(ctx)
	if len(after) != len(before)+1 || len(after) != 4 || after[0].Mark != before[0].Mark {
		t.Fatalf("a manual backup of unchanged data: %d backups, then %d", len(before), len(after))
	}
	// A failed write leaves the mark alone.
	mark, _ := s.ChangeMark(ctx)
	if err := s.AutosaveMinutes(ctx, n.ID+999, "x", 1); err == nil {
		t.Fatal("autosave of a missing 纪要 succeeded")
	}
	if m, _ := s.ChangeMark(ctx); m != mark || mark == "" {
		t.Fatalf("mark %q became %q", mark, m)
	}
}

// Rule 2: automatic backups are pruned by age with the policy; manual ones
// stay, pre-migration copies stay a year.
func TestBackupsArePrunedByAge(t *testing.T) {
	s := openTemp(t)
	dir := t.TempDir()
	start := time.Date(2026, 1, 1, 18, 0, 0, 0, time.UTC)
	clock := start
	s.Now = func() time.Time { return clock }
	if err := s.SetBackupSettings(ctx, dir, data.Retention{AllDays: 1, DailyDays: 3, WeeklyWeeks: 2, PreMigrateMonths: 1}); err != nil {
		t.Fatal(err)
	}
	backup := func(label string) {
		t.Helper()
		if _, err := s.BackupTo(ctx, dir, label); err != nil {
			t.Fatal(err)
		}
	}
	backup("manual")
	backup("pre-migrate-v3")
	for day := range 20 {
		clock = start.AddDate(0, 0, day)
		backup("exit")
		clock = clock.Add(time.Hour)
		backup("auto")
	}
	list, _ := ListBackups(ctx, dir)
	var got []string
	for _, b := range list {
		got = append(got, b.Taken.Format("01-02 15")+" "+b.Label)
	}
	// Now is Tuesday 2026-01-20 19:00: the last day whole (01-19 19:00 is
	// a day old to the second, so out), the newest of each of the 3 days
	// 01-18 to 01-20, of ISO weeks 3 and 2 (01-18 and 01-11, Sundays); the
	// manual one always, the pre-migration copy within its month.
	want := []string{"01-20 19 auto", "01-20 18 exit", "01-19 19 auto", "01-18 19 auto", "01-11 19 auto", "01-01 18 manual", "01-01 18 pre-migrate-v3"}
	if !slices.Equal(got, want) {
		t.Fatalf("kept %q\nwant %q", got, want)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "huiwu-*"))
	if len(files) != 2*len(want) {
		t.Fatalf("%d files for %d backups: %q", len(files), len(want), files)
	}
}

// Rule 3: a backup is compressed, its record carries the checksum of the
// database inside, and it restores.
func TestBackupIsCompressedAndRestores(t *testing.T) {
	s := withDemo(t)
	dir := t.TempDir()
	info, err := s.BackupTo(ctx, dir, "manual")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(info.Path, "-manual.db.zst") || info.Size >= info.Plain/2 || len(info.SHA256) != 64 {
		t.Fatalf("backup %s: %d bytes of %d, sha %q", info.Path, info.Size, info.Plain, info.SHA256)
	}
	plain := filepath.Join(t.TempDir(), "plain.db")
	if err := copyPlain(info.Path, plain); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(plain)
	listed, _ := ListBackups(ctx, dir)
	if fi.Size() != info.Plain || len(listed) != 1 || listed[0].SHA256 != info.SHA256 || listed[0].Size != info.Size {
		t.Fatalf("plain %d bytes, listed %+v", fi.Size(), listed)
	}
	s.SaveUnit(ctx, data.Unit{Name: "备份之后新建的单位", Kind: data.KindOther})
	if err := s.Restore(ctx, info.Path); err != nil {
		t.Fatal(err)
	}
	after, _ := describe(ctx, s.Path())
	if after.Counts["units"] != info.Counts["units"] || after.Counts["audit_log"] != info.Counts["audit_log"]+1 {
		t.Fatalf("restored counts %v, backup %v", after.Counts, info.Counts)
	}
}

// releaseBackup writes a backup as the last release did: a plain VACUUM
// INTO copy with a record without checksum or change mark.
func releaseBackup(t *testing.T, s *Store, dir string, taken time.Time) string {
	t.Helper()
	path := filepath.Join(dir, "huiwu-"+taken.Format("20060102-150405")+".000-exit.db")
	if _, err := s.DB().Exec("VACUUM INTO ?", path); err != nil {
		t.Fatal(err)
	}
	info, err := describe(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	old := map[string]any{"label": "exit", "taken": taken, "size": info.Size, "schema": info.Schema, "counts": info.Counts, "audit_head": info.Head.String(), "audit_hash": fmt.Sprintf("%x", info.Head.Hash)}
	b, _ := json.Marshal(old)
	os.WriteFile(recordPath(path), b, 0o600)
	return path
}

// Restore and the recovery path read the plain copies of earlier versions
// beside the compressed ones.
func TestPlainBackupOfTheLastReleaseRestores(t *testing.T) {
	s := withDemo(t)
	dir := t.TempDir()
	if err := s.SetBackupSettings(ctx, dir, data.DefaultRetention); err != nil {
		t.Fatal(err)
	}
	old := releaseBackup(t, s, dir, time.Date(2026, 11, 1, 17, 0, 0, 0, time.UTC))
	s.SaveUnit(ctx, data.Unit{Name: "较新的单位", Kind: data.KindOther})
	if _, err := s.BackupTo(ctx, dir, "manual"); err != nil {
		t.Fatal(err)
	}
	list, _ := ListBackups(ctx, dir)
	if len(list) != 2 || list[1].Path != old || list[1].Plain != list[1].Size || list[1].Mark != "" {
		t.Fatalf("listed %+v", list)
	}
	if due, _ := s.BackupDue(ctx, 0); due {
		t.Fatal("due right after a backup")
	}
	if err := s.Restore(ctx, old); err != nil {
		t.Fatal(err)
	}
	units, _ := s.Units(ctx)
	for _, u := range units {
		if u.Name == "较新的单位" {
			t.Fatal("the plain backup was not restored")
		}
	}
	// The recovery path, without opening the data: the newest good backup
	// is the compressed one.
	s.Close()
	good, err := LatestGoodBackup(ctx, dir)
	if err != nil || !compressed(good.Path) {
		t.Fatalf("latest good %v %v", good.Path, err)
	}
	if err := RestoreFolder(ctx, s.Dir(), old); err != nil {
		t.Fatal(err)
	}
	if err := RestoreFolder(ctx, s.Dir(), good.Path); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(s.Dir())
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if units, _ := s2.Units(ctx); int64(len(units)) != good.Counts["units"] {
		t.Fatalf("%d units after restoring a backup of %d", len(units), good.Counts["units"])
	}
}

// A compressed backup whose bytes were damaged is refused before restore.
func TestDamagedCompressedBackupIsRefused(t *testing.T) {
	s := withDemo(t)
	info, _ := s.BackupTo(ctx, t.TempDir(), "manual")
	f, _ := os.OpenFile(info.Path, os.O_RDWR, 0)
	f.WriteAt([]byte("xxxx"), info.Size/2)
	f.Close()
	before := fileHash(t, s.Path())
	if err := s.Restore(ctx, info.Path); data.ErrorCode(err) != data.EDamaged {
		t.Fatalf("damaged backup: %v", err)
	}
	if fileHash(t, s.Path()) != before {
		t.Fatal("the live database changed")
	}
}

// rewriteBackup applies change to the database inside a compressed backup
// and recompresses it with a matching record, as someone who knows the
// format could.
func rewriteBackup(t *testing.T, path string, change func(plain string)) {
	t.Helper()
	plain := filepath.Join(t.TempDir(), "inside.db")
	if err := copyPlain(path, plain); err != nil {
		t.Fatal(err)
	}
	change(plain)
	sum, _, err := compressFile(plain, path, func(float64) {})
	if err != nil {
		t.Fatal(err)
	}
	info, _ := readRecord(path)
	info.SHA256 = sum
	if err := writeRecord(info); err != nil {
		t.Fatal(err)
	}
}
