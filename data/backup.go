package data

import (
	"context"
	"time"
)

// BackupInfo describes one backup file, from the record kept beside it.
type BackupInfo struct {
	Path   string
	Label  string           // why it was taken: manual, auto, exit, pre-migrate-vN, before-restore
	Taken  time.Time        // when
	Size   int64            // bytes on disk (compressed for a .db.zst)
	Plain  int64            // bytes of the database inside (Size for a plain copy)
	Schema int              // schema version inside
	Counts map[string]int64 // rows per table, to compare after a restore
	Head   AuditHead        // the audit head inside, to check against printed papers
	// Mark is the data's change mark when copied ("" in copies made before
	// marks existed): equal marks mean equal data, so an unchanged copy is
	// skipped.
	Mark   string
	SHA256 string // of the database inside, checked after writing and before a restore
	// Shared is set for the program's own backups, whose unchanged parts
	// are stored once for all: Size is then what this one added.
	Shared bool
}

// BackupService is what the screens need to back up and restore.
type BackupService interface {
	Backups(ctx context.Context) ([]BackupInfo, error)
	BackupNow(ctx context.Context) (BackupInfo, error)
	// BackupDisk is the disk the backup folder takes: the backups share
	// their unchanged parts, so it is less than the sum of their sizes.
	BackupDisk(ctx context.Context) (int64, error)
	// VerifyBackup runs integrity, foreign-key and audit-chain checks on a
	// backup without touching the live database.
	VerifyBackup(ctx context.Context, path string) error
	// Restore replaces the live database with a verified backup, keeping the
	// current file aside; the program reopens the data afterwards.
	Restore(ctx context.Context, path string) error
	// BackupSettings are the backup folder and the policy that prunes the
	// automatic backups; SetBackupSettings changes them (an empty folder:
	// the default).
	BackupSettings(ctx context.Context) (dir string, keep Retention, err error)
	SetBackupSettings(ctx context.Context, dir string, keep Retention) error
}
