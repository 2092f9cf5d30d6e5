//go:build !windows

package store

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"

	"huiwu/data"
)

// dirLock is an advisory lock on the data folder's lock file, held for the
// life of the Store, so that a second copy of the program is refused instead
// of writing beside the first. The OS drops it if the process dies.
type dirLock struct{ f *os.File }

func lockDir(dir string) (*dirLock, error) {
	path := filepath.Join(dir, "huiwu.lock")
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, data.Wrap(data.EInternal, err, "无法创建锁文件 %s：%v", path, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, lockedError(dir)
		}
		return nil, data.Wrap(data.EInternal, err, "无法锁定数据文件夹 %s：%v", dir, err)
	}
	return &dirLock{f: f}, nil
}

func (l *dirLock) release() {
	if l != nil && l.f != nil {
		_ = syscall.Flock(int(l.f.Fd()), syscall.LOCK_UN)
		_ = l.f.Close()
		l.f = nil
	}
}
