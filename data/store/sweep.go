package store

import (
	"context"
	"os"
	"path/filepath"
	"strings"

	"huiwu/data"
)

// sweepTemp removes the temporary files a killed copy of the program left in
// the data folder, its materials folder and the backup folder: a restore's
// copy, a material being copied in, a backup or its record being written,
// an export's temporary file, the folder write test. It runs in Open, under
// the folder lock, so none of them can be another copy's work in progress.
// A file that will not go is left; it harms nothing but the view.
func (s *Store) sweepTemp(ctx context.Context) []string {
	dirs := []string{s.dir, filepath.Join(s.dir, MaterialsDir)}
	if backups, _, err := s.BackupSettings(ctx); err == nil {
		dirs = append(dirs, backups)
	}
	var removed []string
	for _, dir := range dirs {
		entries, err := os.ReadDir(dir)
		if err != nil {
			continue
		}
		for _, e := range entries {
			if !e.Type().IsRegular() || !ownTemp(e.Name()) {
				continue
			}
			if os.Remove(filepath.Join(dir, e.Name())) == nil {
				removed = append(removed, filepath.Join(dir, e.Name()))
			}
		}
	}
	return removed
}

// ownTemp tells whether name is one of the program's temporary files.
func ownTemp(name string) bool {
	if _, ok := data.TempTarget(name); ok {
		return true
	}
	switch {
	case name == DBName+".restore.tmp",
		strings.HasPrefix(name, ".huiwu-write-test-"),
		strings.HasPrefix(name, ".incoming-"):
		return true
	case strings.HasPrefix(name, "huiwu-"):
		for _, suffix := range []string{".db.tmp", ".db.tmp-journal", ".json.tmp"} {
			if strings.HasSuffix(name, suffix) {
				return true
			}
		}
	}
	return false
}
