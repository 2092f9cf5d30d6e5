//go:build windows

package app

import (
	"os"

	"golang.org/x/sys/windows"
)

// huiwu.exe is linked as a GUI program (-H=windowsgui) so that no black
// console window opens beside it when a secretary double-clicks it. The
// price is that Windows gives it no standard output: `huiwu version` or
// `huiwu check` typed in cmd.exe or PowerShell would print nothing. So when
// the output is not redirected and the program was started from a console,
// it writes to that console. Started from Explorer there is no parent
// console and nothing changes.
func init() { attachParentConsole() }

// attachParentProcess is ATTACH_PARENT_PROCESS, (DWORD)-1 in wincon.h.
const attachParentProcess = ^uintptr(0)

var procAttachConsole = windows.NewLazySystemDLL("kernel32.dll").NewProc("AttachConsole")

func attachParentConsole() {
	// Output redirected to a file or a pipe (huiwu version > v.txt) already
	// has a handle; keep it.
	if h, err := windows.GetStdHandle(windows.STD_OUTPUT_HANDLE); err == nil && h != 0 && h != windows.InvalidHandle {
		return
	}
	if procAttachConsole.Find() != nil {
		return
	}
	if ok, _, _ := procAttachConsole.Call(attachParentProcess); ok == 0 {
		return
	}
	con, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0)
	if err != nil {
		return
	}
	os.Stdout, os.Stderr = con, con
}
