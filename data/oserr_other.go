//go:build !windows

package data

// heldOpen is false off Windows: there an open file never stops a rename
// over it (the reader keeps the old inode), and a read-only folder already
// reports os.ErrPermission.
func heldOpen(error) bool { return false }

// diskFull is false off Windows, where syscall.ENOSPC already matches.
func diskFull(error) bool { return false }
