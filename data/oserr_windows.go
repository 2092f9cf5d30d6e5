//go:build windows

package data

import (
	"errors"

	"golang.org/x/sys/windows"
)

// heldOpen tells whether err is Windows refusing a file because another
// program has it open: Excel and WPS open a document without sharing
// delete access, so renaming the finished export over it fails with
// ERROR_SHARING_VIOLATION ("另一个程序正在使用此文件"), and a locked byte
// range gives ERROR_LOCK_VIOLATION. Neither errno counts as
// os.ErrPermission in Go, so without this the secretary would get the raw
// system message instead of "close it and try again".
func heldOpen(err error) bool {
	return errors.Is(err, windows.ERROR_SHARING_VIOLATION) || errors.Is(err, windows.ERROR_LOCK_VIOLATION)
}

// diskFull tells whether err is Windows' own "disk full": Go maps neither
// ERROR_DISK_FULL nor ERROR_HANDLE_DISK_FULL to syscall.ENOSPC, which is
// what a full USB stick reports there.
func diskFull(err error) bool {
	return errors.Is(err, windows.ERROR_DISK_FULL) || errors.Is(err, windows.ERROR_HANDLE_DISK_FULL)
}
