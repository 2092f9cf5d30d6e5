package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/klauspost/compress/zstd"

	"huiwu/data"
)

// Backups are zstd-compressed (.db.zst): the ten-year database of 211 MB
// becomes about 56 MB. Earlier versions wrote plain .db copies; everything
// that reads a backup takes both.

func compressed(path string) bool { return strings.HasSuffix(path, ".zst") }

// counting reports the bytes that pass through it to progress as a share of
// total.
type counting struct {
	r        io.Reader
	n, total int64
	progress func(float64)
}

func (c *counting) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	if c.total > 0 {
		c.progress(min(float64(c.n)/float64(c.total), 1))
	}
	return n, err
}

// compressFile writes plain compressed to dst, synced, and returns the
// SHA-256 of plain and the compressed size.
func compressFile(plain, dst string, progress func(float64)) (string, int64, error) {
	in, err := os.Open(plain)
	if err != nil {
		return "", 0, err
	}
	defer in.Close()
	fi, err := in.Stat()
	if err != nil {
		return "", 0, err
	}
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return "", 0, err
	}
	defer out.Close()
	enc, err := zstd.NewWriter(out, zstd.WithEncoderLevel(zstd.SpeedDefault))
	if err != nil {
		return "", 0, err
	}
	h := sha256.New()
	if _, err := io.Copy(enc, io.TeeReader(&counting{r: in, total: fi.Size(), progress: progress}, h)); err != nil {
		enc.Close()
		return "", 0, err
	}
	if err := enc.Close(); err != nil {
		return "", 0, err
	}
	if err := out.Sync(); err != nil {
		return "", 0, err
	}
	size, err := out.Seek(0, io.SeekCurrent)
	if err != nil {
		return "", 0, err
	}
	return hex.EncodeToString(h.Sum(nil)), size, out.Close()
}

// decompress writes the database inside a compressed backup to w and
// returns its SHA-256 (zstd checks its own frame checksum on the way).
func decompress(path string, w io.Writer, progress func(float64)) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return "", err
	}
	dec, err := zstd.NewReader(&counting{r: f, total: fi.Size(), progress: progress}, zstd.WithDecoderConcurrency(1))
	if err != nil {
		return "", err
	}
	defer dec.Close()
	h := sha256.New()
	if _, err := io.Copy(io.MultiWriter(w, h), dec); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// checkCompressed reads a compressed backup back and compares what it
// gives with the SHA-256 of the database that went in.
func checkCompressed(path, want string, progress func(float64)) error {
	got, err := decompress(path, io.Discard, progress)
	if err != nil || got != want {
		return data.Errorf(data.EInternal, "备份写入后读回校验不符（%v），未保留；请检查备份文件夹所在磁盘", errOr(err, "校验和不同"))
	}
	return nil
}

func errOr(err error, why string) any {
	if err != nil {
		return err
	}
	return why
}

// copyPlain copies the database inside backup (compressed or plain) to
// dst, synced; a compressed one must match the SHA-256 in its record when
// there is one. Restore copies the backup in through here.
func copyPlain(backup, dst string) error {
	if !compressed(backup) && !chunked(backup) {
		return copyFile(backup, dst)
	}
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	defer out.Close()
	if chunked(backup) {
		// assemble checks every chunk and the whole against the manifest.
		if err := assemble(backup, out, func(float64) {}); err != nil {
			return fmt.Errorf("拼合 %s：%w", filepath.Base(backup), err)
		}
	} else {
		sum, err := decompress(backup, out, func(float64) {})
		if err != nil {
			return fmt.Errorf("解压 %s：%w", filepath.Base(backup), err)
		}
		if r, err := readRecord(backup); err == nil && r.SHA256 != "" && r.SHA256 != sum {
			return fmt.Errorf("%s 解压后的校验和与其记录不符", filepath.Base(backup))
		}
	}
	if err := out.Sync(); err != nil {
		return err
	}
	return out.Close()
}

// withPlain runs fn on a plain copy of backup: the file itself when it is
// plain, otherwise a temporary copy removed afterwards.
func withPlain(backup string, fn func(plain string) error) error {
	if !compressed(backup) && !chunked(backup) {
		return fn(backup)
	}
	tmp, err := os.MkdirTemp("", "huiwu-backup-")
	if err != nil {
		return data.Wrap(data.EInternal, err, "无法解压备份：%v", err)
	}
	defer os.RemoveAll(tmp)
	plain := filepath.Join(tmp, strings.TrimSuffix(filepath.Base(recordPath(backup)), ".json")+".db")
	if err := copyPlain(backup, plain); err != nil {
		return data.Wrap(data.EDamaged, err, "备份 %s 无法解压，可能已损坏：%v", filepath.Base(backup), err)
	}
	return fn(plain)
}

// verifyBackupFile is VerifyFile on a backup, compressed or plain.
func verifyBackupFile(ctx context.Context, path string) (CheckReport, error) {
	var r CheckReport
	err := withPlain(path, func(plain string) error {
		var err error
		r, err = verifyAs(ctx, plain, path)
		return err
	})
	return r, err
}

// describeBackup is describe on a backup, compressed or plain.
func describeBackup(ctx context.Context, path string) (data.BackupInfo, error) {
	var info data.BackupInfo
	err := withPlain(path, func(plain string) error {
		var err error
		info, err = describe(ctx, plain)
		return err
	})
	info.Path = path
	return info, err
}

// removeStale deletes what a backup killed midway left in dir: temporary
// files, and a record whose backup never took its name. Only those an hour
// old, in case another program's backup into the same folder is under way.
func removeStale(dir string, now time.Time) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, "huiwu-") {
			continue
		}
		stale := strings.HasSuffix(name, ".tmp")
		if base, ok := strings.CutSuffix(name, ".json"); ok {
			_, errPlain := os.Stat(filepath.Join(dir, base+".db"))
			_, errZst := os.Stat(filepath.Join(dir, base+".db.zst"))
			_, errHwb := os.Stat(filepath.Join(dir, base+manifestExt))
			stale = errors.Is(errPlain, os.ErrNotExist) && errors.Is(errZst, os.ErrNotExist) && errors.Is(errHwb, os.ErrNotExist)
		}
		if fi, err := e.Info(); err == nil && stale && now.Sub(fi.ModTime()) > time.Hour {
			os.Remove(filepath.Join(dir, name))
		}
	}
}
