//go:build windows

package store

import (
	"errors"
	"os"
	"path/filepath"
	"time"

	"golang.org/x/sys/windows"

	"huiwu/data"
)

// dirLock is an exclusive lock on the data folder's lock file, held for the
// life of the Store, so that a second copy of the program is refused instead
// of writing beside the first. Windows drops it if the process dies.
// Unlike on Unix, the file cannot be deleted from under the program: Go
// opens it without FILE_SHARE_DELETE, so Windows refuses the delete while
// the handle is open (the Unix variant locks the folder for this reason).
type dirLock struct{ f *os.File }

func lockDir(dir string) (*dirLock, error) {
	path := filepath.Join(dir, lockName)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, lockFileError(dir, path, err)
	}
	ol := new(windows.Overlapped)
	err = windows.LockFileEx(windows.Handle(f.Fd()), windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, ol)
	if err != nil {
		f.Close()
		if errors.Is(err, windows.ERROR_LOCK_VIOLATION) {
			return nil, lockedError(dir)
		}
		return nil, data.Wrap(data.EInternal, err, "无法锁定数据文件夹 %s：%v", dir, err)
	}
	writeHolder(f, time.Now())
	return &dirLock{f: f}, nil
}

func (l *dirLock) release() {
	if l != nil && l.f != nil {
		_ = windows.UnlockFileEx(windows.Handle(l.f.Fd()), 0, 1, 0, new(windows.Overlapped))
		_ = l.f.Close()
		l.f = nil
	}
}
