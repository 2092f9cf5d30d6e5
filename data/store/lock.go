package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"huiwu/data"
)

// lockName is the lock file's name in the data folder.
const lockName = "huiwu.lock"

// The holder of the lock writes who it is into the lock file, after the
// first byte (which Windows locks, so that the byte range read here stays
// readable by a second copy): the computer, the user, the process and the
// time, so that the second copy can say who to ask.
func writeHolder(f *os.File, now time.Time) {
	host, _ := os.Hostname()
	rec := fmt.Sprintf("\n%s\t%s\t%d\t%s\n", host, currentUser(), os.Getpid(), now.Format(time.RFC3339))
	if f.Truncate(1) == nil {
		_, _ = f.WriteAt([]byte(rec), 1) // only a courtesy to the second copy
	}
}

// holderOf reads the holder written by writeHolder, "" if there is none.
func holderOf(dir string) string {
	b, err := os.ReadFile(filepath.Join(dir, lockName))
	if err != nil || len(b) < 2 {
		return ""
	}
	fields := strings.Split(strings.TrimSpace(string(b[1:])), "\t")
	if len(fields) != 4 {
		return ""
	}
	since, err := time.Parse(time.RFC3339, fields[3])
	if _, perr := strconv.Atoi(fields[2]); err != nil || perr != nil {
		return ""
	}
	return fmt.Sprintf("计算机 %s 上的用户 %s（进程 %s），自 %s 起", fields[0], fields[1], fields[2], since.Local().Format("2006-01-02 15:04"))
}

func lockedError(dir string) error {
	who := ""
	if h := holderOf(dir); h != "" {
		who = "（" + h + "）"
	}
	return data.Errorf(data.ELocked, "另一个会务程序%s正在使用数据文件夹 %s。请先关闭那个程序，或选用其他数据文件夹", who, dir)
}

// lockFileError explains why the lock file could not be made: a folder that
// cannot be written to (read-only, or no permission) is [read_only], which
// the window answers with another folder; anything else is internal.
func lockFileError(dir, path string, err error) error {
	if errors.Is(err, os.ErrPermission) || errors.Is(err, syscall.EROFS) {
		return data.Wrap(data.EReadOnly, err, "数据文件夹 %s 不能写入（只读，或没有权限），程序不能在这里保存", dir)
	}
	return data.Wrap(data.EInternal, err, "无法创建锁文件 %s：%v", path, err)
}
