// Package safefile writes exports so that a crash, a full disk or a file held
// open by another program never leaves half a file under the final name: the
// content goes to a temporary file beside the target, is synced, and only
// then renamed over it.
package safefile

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"syscall"

	"huiwu/data"
)

// Write creates path with what write produces. On any error the old file at
// path, if there was one, is left untouched and the temporary file removed.
func Write(path string, write func(io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return explain(err, path)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = write(tmp); err != nil {
		return err
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

// explain maps the usual reasons an export fails to a message a secretary
// can act on.
func explain(err error, path string) error {
	switch {
	case errors.Is(err, syscall.ENOSPC) || diskFull(err):
		return data.Wrap(data.EDiskFull, err, "无法写入 %s：磁盘已满。原文件未改动", path)
	case errors.Is(err, os.ErrPermission) || heldOpen(err):
		return data.Wrap(data.EInternal, err, "无法写入 %s：没有权限，或文件正被其他程序（如 Excel、WPS）打开。请关闭后重试；原文件未改动", path)
	case errors.Is(err, os.ErrNotExist):
		return data.Wrap(data.EInternal, err, "无法写入 %s：文件夹不存在", path)
	}
	return data.Wrap(data.EInternal, err, "无法写入 %s：%v。原文件未改动", path, fmt.Sprint(err))
}
