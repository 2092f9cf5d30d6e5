package data

import (
	"errors"
	"os"
	"syscall"
)

// OSReason names, in words a secretary can act on, why a file operation
// failed: the disk is full, there is no permission, or another program
// (Excel, WPS) holds the file. ok is false for any other cause. The store
// and the exports both use it, so that the same cause reads the same
// everywhere, whether it came from SQLite, a copy, or inside an export's
// writer (where it used to surface as 「内部错误：xlsx write: … no space left
// on device」).
func OSReason(err error) (code Code, reason string, ok bool) {
	switch {
	case errors.Is(err, syscall.ENOSPC) || diskFull(err):
		return EDiskFull, "磁盘已满", true
	case heldOpen(err):
		return EInternal, "文件被占用，正被其他程序（如 Excel、WPS）打开，请关闭后重试", true
	case errors.Is(err, os.ErrPermission) || errors.Is(err, syscall.EROFS):
		return EInternal, "没有权限，或文件正被其他程序（如 Excel、WPS）打开，请关闭后重试", true
	}
	return "", "", false
}
