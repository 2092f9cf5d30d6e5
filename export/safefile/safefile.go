// Package safefile writes exports so that a crash, a full disk or a file held
// open by another program never leaves half a file under the final name: the
// content goes to a temporary file beside the target, is synced, and only
// then renamed over it.
package safefile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"huiwu/data"
)

// Write creates path with what write produces. On any error the old file at
// path, if there was one, is left untouched and the temporary file removed.
// A temporary file a killed export left for the same path is removed first.
func Write(path string, write func(io.Writer) error) (err error) {
	dir, base := filepath.Dir(path), filepath.Base(path)
	removeStale(dir, base)
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return explain(err, path)
	}
	active.Store(tmp.Name(), true)
	defer active.Delete(tmp.Name())
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = write(tmp); err != nil {
		return explainWrite(err, path)
	}
	if err = tmp.Sync(); err != nil {
		return explain(err, path)
	}
	if err = tmp.Close(); err != nil {
		return explain(err, path)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return explain(err, path)
	}
	return nil
}

// active holds the temporary files this program is writing now, which
// removeStale must leave alone (two exports of one target at once).
var active sync.Map

// removeStale removes what a killed export of base left in dir: on Windows
// these dot files are not hidden, and they pile up on the Desktop.
func removeStale(dir, base string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return // CreateTemp will say why
	}
	for _, e := range entries {
		if target, ok := data.TempTarget(e.Name()); ok && target == base && e.Type().IsRegular() {
			removeUnlessActive(filepath.Join(dir, e.Name()))
		}
	}
}

func removeUnlessActive(path string) bool {
	if _, busy := active.Load(path); busy {
		return false
	}
	return os.Remove(path) == nil
}

// explainWrite is explain for an error from inside the writer: a full disk
// or a refused write there is the same to the secretary as anywhere else,
// while the writer's own errors (a domain error, a renderer's) pass as they
// are.
func explainWrite(err error, path string) error {
	var de *data.Error
	var pe *fs.PathError
	if errors.As(err, &de) {
		return err
	}
	if _, _, ok := data.OSReason(err); ok || errors.As(err, &pe) {
		return explain(err, path)
	}
	return err
}

// explain maps the usual reasons an export fails to a message a secretary
// can act on.
func explain(err error, path string) error {
	if code, reason, ok := data.OSReason(err); ok {
		return data.Wrap(code, err, "无法写入 %s：%s。原文件未改动", path, reason)
	}
	if errors.Is(err, os.ErrNotExist) {
		// the user named a folder that is not there: their input, not a fault
		return data.Wrap(data.EInvalid, err, "无法写入 %s：文件夹不存在", path)
	}
	return data.Wrap(data.EInternal, err, "无法写入 %s：%v。原文件未改动", path, fmt.Sprint(err))
}
