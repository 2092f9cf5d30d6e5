package store

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"huiwu/data"
)

func fileHash(tb testing.TB, path string) string {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	h := sha256.New()
	io.Copy(h, f)
	return fmt.Sprintf("%x", h.Sum(nil))
}

func TestBackupRecordsCountsAndHead(t *testing.T) {
	s := withDemo(t)
	info, err := s.BackupNow(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, _ := s.Head(ctx)
	if info.Head.String() != head.String() || info.Counts["people"] != 85 || info.Counts["audit_log"] != head.Seq {
		t.Fatalf("backup info %+v, head %v", info, head)
	}
	if !strings.HasPrefix(filepath.Dir(info.Path), filepath.Dir(s.Dir())) || !strings.HasSuffix(filepath.Dir(info.Path), "-backups") {
		t.Fatalf("backup not beside the data folder: %s", info.Path)
	}
	list, err := s.Backups(ctx)
	if err != nil || len(list) != 1 || list[0].Head.String() != head.String() || list[0].Counts["units"] != info.Counts["units"] {
		t.Fatalf("listed %+v %v", list, err)
	}
	if err := s.VerifyBackup(ctx, info.Path); err != nil {
		t.Fatal(err)
	}
}

// A backup taken while another goroutine writes is consistent, and restoring
// it gives back exactly the counts and audit head recorded beside it.
func TestBackupDuringWritesThenRestore(t *testing.T) {
	s := withDemo(t)
	var wg sync.WaitGroup
	stop := make(chan struct{})
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			if _, err := s.SaveUnit(ctx, data.Unit{Name: fmt.Sprintf("写入中的单位%d", i), Kind: data.KindOther}); err != nil {
				t.Error(err)
				return
			}
		}
	}()
	time.Sleep(50 * time.Millisecond)
	info, err := s.BackupTo(ctx, t.TempDir(), "manual")
	close(stop)
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Restore(ctx, info.Path); err != nil {
		t.Fatal(err)
	}
	after, err := describe(ctx, s.Path())
	if err != nil {
		t.Fatal(err)
	}
	// The restore itself appends one audit entry.
	if after.Counts["units"] != info.Counts["units"] || after.Counts["audit_log"] != info.Counts["audit_log"]+1 {
		t.Fatalf("restored counts %v, backup %v", after.Counts, info.Counts)
	}
	r, _ := s.Check(ctx)
	if !r.OK() {
		t.Fatalf("restored database fails its checks: %+v", r)
	}
	aside, _ := filepath.Glob(filepath.Join(s.Dir(), DBName+".before-restore-*"))
	if len(aside) == 0 {
		t.Fatal("the replaced database was not kept aside")
	}
}

func TestTamperedBackupIsNotRestored(t *testing.T) {
	s := withDemo(t)
	info, _ := s.BackupTo(ctx, t.TempDir(), "manual")
	other, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	other.Close()
	// Edit the backup's audit log behind the program's back.
	rewriteBackup(t, info.Path, func(plain string) {
		b := openRaw(t, plain)
		if _, err := b.Exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'x' WHERE seq = 3"); err != nil {
			t.Fatal(err)
		}
		b.Close()
	})
	before := fileHash(t, s.Path())
	err = s.Restore(ctx, info.Path)
	if data.ErrorCode(err) != data.EDamaged || !strings.Contains(err.Error(), "第 3 条") {
		t.Fatalf("tampered backup restored: %v", err)
	}
	if fileHash(t, s.Path()) != before {
		t.Fatal("the live database changed")
	}
}

// The recovery path: a damaged live file is replaced from a backup without
// ever being opened, and kept aside.
func TestRestoreFolderOverDamagedDatabase(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	s.SaveUnit(ctx, data.Unit{Name: "溧阳市财政局", Kind: data.KindDepartment})
	info, err := s.BackupTo(ctx, t.TempDir(), "manual")
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	os.WriteFile(filepath.Join(dir, DBName), []byte("garbage garbage garbage garbage"), 0o600)
	if _, err := Open(dir); data.ErrorCode(err) != data.ENotHuiwu {
		t.Fatalf("garbage opened: %v", err)
	}
	if err := RestoreFolder(ctx, dir, info.Path); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	units, _ := s2.Units(ctx)
	if len(units) != 1 || units[0].Name != "溧阳市财政局" {
		t.Fatalf("restored units %v", units)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, DBName+".before-restore-"+timestampNow())); len(b) == 0 {
		kept, _ := filepath.Glob(filepath.Join(dir, DBName+".before-restore-*"))
		if len(kept) == 0 {
			t.Fatal("damaged file not kept aside")
		}
	}
}

func TestLatestGoodBackupSkipsBadOnes(t *testing.T) {
	s := withDemo(t)
	dir := t.TempDir()
	clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	s.Now = func() time.Time { clock = clock.Add(time.Minute); return clock }
	good, _ := s.BackupTo(ctx, dir, "manual")
	bad, _ := s.BackupTo(ctx, dir, "manual")
	raw, _ := os.ReadFile(bad.Path)
	for i := 4096; i < len(raw); i += 997 {
		raw[i] ^= 0xff
	}
	os.WriteFile(bad.Path, raw, 0o600)
	got, err := LatestGoodBackup(ctx, dir)
	if err != nil || got.Path != good.Path {
		t.Fatalf("latest good = %v (%v), want %s", got.Path, err, good.Path)
	}
}

func TestBackupSettingsAreCheckedAndUsed(t *testing.T) {
	s := openTemp(t)
	if err := s.SetBackupSettings(ctx, "相对路径", data.Retention{}); len(data.ProblemsOf(err)) != 2 {
		t.Fatalf("bad settings: %v", err)
	}
	if _, keep, err := s.BackupSettings(ctx); err != nil || keep != data.DefaultRetention {
		t.Fatalf("default policy %v %v", keep, err)
	}
	usb := filepath.Join(t.TempDir(), "U盘", "会务备份")
	policy := data.Retention{AllDays: 3, DailyDays: 7, WeeklyWeeks: 4, MonthlyMonths: 12, PreMigrateMonths: 6}
	if err := s.SetBackupSettings(ctx, usb, policy); err != nil {
		t.Fatal(err)
	}
	dir, keep, err := s.BackupSettings(ctx)
	if err != nil || dir != usb || keep != policy {
		t.Fatalf("settings %s %v %v", dir, keep, err)
	}
	info, err := s.BackupNow(ctx)
	if err != nil || filepath.Dir(info.Path) != usb {
		t.Fatalf("backup went to %s (%v)", info.Path, err)
	}
	if err := s.SetBackupSettings(ctx, "", data.DefaultRetention); err != nil {
		t.Fatal(err)
	}
	if dir, _, _ := s.BackupSettings(ctx); dir != DefaultBackupDir(s.Dir()) {
		t.Fatalf("clearing the folder gives %s", dir)
	}
}

// TestReadsDuringRestoreWaitForTheNewPool: the hourly backup and lapse check
// query from their own goroutines; a restore at that moment swaps the pool
// under them. Each read finishes on the old file or starts on the restored
// one, and none fails (issue 18 item 10: 「database is closed」 is an error
// too). Run with -race (make test does).
func TestReadsDuringRestoreWaitForTheNewPool(t *testing.T) {
	s := withDemo(t)
	info, err := s.BackupTo(ctx, t.TempDir(), "manual")
	if err != nil {
		t.Fatal(err)
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var reads atomic.Int64
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				reads.Add(1)
				units, err := s.Units(ctx)
				if err != nil || int64(len(units)) != info.Counts["units"] {
					t.Errorf("read during restore: %d units, %v", len(units), err)
					return
				}
			}
		}()
	}
	for range 20 {
		if err = s.Restore(ctx, info.Path); err != nil {
			break
		}
	}
	close(stop)
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	if reads.Load() < 2 {
		t.Fatalf("only %d reads", reads.Load())
	}
}
