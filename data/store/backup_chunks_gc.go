package store

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// sweepChunks removes the chunks no manifest in dir names any more, once
// the retention policy has removed backups. It does nothing while another
// program's backup may be under way in the same folder (a temporary file
// younger than an hour): that backup's chunks are stored before its
// manifest names them. Chunk temporaries an hour old are debris of a
// killed backup and go too.
func sweepChunks(dir string, now time.Time) error {
	tmps, _ := filepath.Glob(filepath.Join(dir, "huiwu-*.tmp"))
	for _, t := range tmps {
		if fi, err := os.Stat(t); err == nil && now.Sub(fi.ModTime()) < time.Hour {
			return nil
		}
	}
	manifests, err := filepath.Glob(filepath.Join(dir, "huiwu-*"+manifestExt))
	if err != nil {
		return err
	}
	named := map[string]bool{}
	for _, p := range manifests {
		m, err := readManifest(p)
		if err != nil {
			return nil // a manifest we cannot read may name any chunk: keep them all
		}
		for _, id := range m.Chunks {
			named[id] = true
		}
	}
	root := filepath.Join(dir, chunkDir)
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if os.IsNotExist(err) {
				return filepath.SkipAll
			}
			return err
		}
		if d.IsDir() {
			return nil
		}
		name := d.Name()
		if strings.HasSuffix(name, ".tmp") {
			if fi, err := d.Info(); err == nil && now.Sub(fi.ModTime()) > time.Hour {
				os.Remove(path)
			}
			return nil
		}
		if !named[name] {
			os.Remove(path)
		}
		return nil
	})
}

// BackupDisk is the disk the backup folder takes, everything in it counted.
func (s *Store) BackupDisk(ctx context.Context) (int64, error) {
	dir, err := s.BackupDir(ctx)
	if err != nil {
		return 0, err
	}
	return folderSize(dir), nil
}

// folderSize is the disk the files under dir take: the backups, their
// records and the chunks they share.
func folderSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}
