package store

import (
	"context"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"huiwu/data"
	"huiwu/data/demo"
)

// backupChildEnv names the data folder a re-executed test binary backs up,
// over and over, into the folder beside it until it is killed.
const backupChildEnv = "HUIWU_BACKUP_CHILD"

func backupChild(dir string) {
	s, err := Open(dir)
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(3)
	}
	// The kills are meant for the backups: the child is ready once the
	// check after opening, which every write waits for, has passed.
	if err := s.Verified(ctxBackground()); err != nil {
		fmt.Println("check:", err)
		os.Exit(3)
	}
	fmt.Println("ready")
	for i := 0; ; i++ {
		// A write between copies, so each is of different data.
		if _, err := s.SaveUnit(ctxBackground(), data.Unit{Name: "单位" + han(os.Getpid()) + "之" + han(i), Kind: data.KindOther}); err != nil {
			fmt.Println("save:", err)
			os.Exit(4)
		}
		// Both kinds: the program's own shared-chunk backups and the
		// single-file copies of backup --to and before a migration.
		backup := s.BackupTo
		if i%2 == 0 {
			backup = func(ctx context.Context, dir, label string) (data.BackupInfo, error) {
				return s.BackupWithProgress(ctx, dir, label, nil)
			}
		}
		if _, err := backup(ctxBackground(), dir+"-backups", "exit"); err != nil {
			fmt.Println("backup:", err)
			os.Exit(4)
		}
	}
}

// Rule 4: kill -9 at random moments of backups: whatever carries a backup's
// name is whole (its record beside it, its checks pass); what a kill left
// is temporary files, removed by a later backup once an hour old.
func TestKillDuringBackupLeavesNoHalfCopy(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.LoadRoster(ctxBackground(), demo.Roster(1)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	backups := dir + "-backups"
	t.Cleanup(func() { os.RemoveAll(backups) })
	rng := rand.New(rand.NewPCG(7, uint64(time.Now().UnixNano())))
	runs := 12
	for run := range runs {
		killChild(t, run, backupChildEnv+"="+dir, time.Duration(50_000+rng.IntN(400_000))*time.Microsecond)
		named, _ := filepath.Glob(filepath.Join(backups, "huiwu-*.db.zst"))
		manifests, _ := filepath.Glob(filepath.Join(backups, "huiwu-*"+manifestExt))
		named = append(named, manifests...)
		for _, p := range named {
			if _, err := readRecord(p); err != nil {
				t.Fatalf("run %d: %s without its record: %v", run, filepath.Base(p), err)
			}
			if err := verifyOrRefuse(ctxBackground(), p); err != nil {
				t.Fatalf("run %d: %v", run, err)
			}
		}
	}
	// On a loaded machine (or under -race) every random kill may fall
	// before the first backup ends; then kill later, until one has, so
	// that the sweep below has whole backups to keep.
	list, _ := ListBackups(ctxBackground(), backups)
	for wait := 2 * time.Second; len(list) == 0 && wait <= 32*time.Second; wait *= 2 {
		killChild(t, runs, backupChildEnv+"="+dir, wait)
		list, _ = ListBackups(ctxBackground(), backups)
	}
	if len(list) == 0 {
		t.Fatal("no backup finished between kills, even 32 s after start: the test proved nothing")
	}
	for _, b := range list {
		if err := verifyOrRefuse(ctxBackground(), b.Path); err != nil {
			t.Fatalf("%s: %v", filepath.Base(b.Path), err)
		}
	}
	left, _ := filepath.Glob(filepath.Join(backups, "*.tmp"))
	t.Logf("%d kills; %d whole backups, %d temporary files left", runs, len(list), len(left))
	removeStale(backups, time.Now().Add(2*time.Hour))
	entries, _ := os.ReadDir(backups)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") || (strings.HasSuffix(e.Name(), ".json") && !hasBackup(backups, e.Name())) {
			t.Fatalf("left after cleaning: %s", e.Name())
		}
	}
	if err := sweepChunks(backups, time.Now().Add(2*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if stored, named := storedChunks(t, backups), namedChunks(t, backups); !maps.Equal(stored, named) {
		t.Fatalf("after the sweep %d chunks are stored, the manifests name %d", len(stored), len(named))
	}
}

func hasBackup(dir, record string) bool {
	base := filepath.Join(dir, strings.TrimSuffix(record, ".json"))
	_, err := os.Stat(base + ".db.zst")
	_, errHwb := os.Stat(base + manifestExt)
	return err == nil || errHwb == nil
}
