//go:build !windows

package store

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"huiwu/data"
)

// dirLock is an advisory lock held for the life of the Store, so that a
// second copy of the program is refused instead of writing beside the
// first. The OS drops it if the process dies.
//
// The lock is on the data folder itself as well as on huiwu.lock: a lock on
// the file alone was lost when someone deleted the file while the program
// ran (a second copy then made a new one, locked it and wrote beside the
// first). The folder cannot be deleted while it holds the database, and a
// rename keeps its inode, so every copy opening the folder meets the lock.
// huiwu.lock stays for earlier versions of the program, which lock only it.
type dirLock struct{ dir, f *os.File }

func lockDir(dir string) (*dirLock, error) {
	d, err := os.Open(dir)
	if err != nil {
		return nil, data.Wrap(data.EInternal, err, "无法打开数据文件夹 %s：%v", dir, err)
	}
	if err := flock(d, dir); err != nil {
		d.Close()
		return nil, err
	}
	path := filepath.Join(dir, lockName)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		d.Close()
		return nil, lockFileError(dir, path, err)
	}
	if err := flock(f, dir); err != nil {
		f.Close()
		d.Close()
		return nil, err
	}
	writeHolder(f, time.Now())
	return &dirLock{dir: d, f: f}, nil
}

// flock takes an exclusive lock on f without waiting; one already held is
// the folder's [locked] error.
func flock(f *os.File, dir string) error {
	err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, syscall.EWOULDBLOCK):
		return lockedError(dir)
	}
	return data.Wrap(data.EInternal, err, "无法锁定数据文件夹 %s：%v", dir, err)
}

func (l *dirLock) release() {
	if l == nil {
		return
	}
	for _, f := range []*os.File{l.f, l.dir} {
		if f != nil {
			_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
			_ = f.Close()
		}
	}
	l.f, l.dir = nil, nil
}
