//go:build windows

package safefile

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/sys/windows"

	"huiwu/data"
)

// TestFileOpenElsewhereIsExplained holds the target open the way Excel does
// (no delete sharing) and writes over it: the export must fail with the
// message that names the cause and keep the old file.
func TestFileOpenElsewhereIsExplained(t *testing.T) {
	path := filepath.Join(t.TempDir(), "名册.xlsx")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	p, err := windows.UTF16PtrFromString(path)
	if err != nil {
		t.Fatal(err)
	}
	h, err := windows.CreateFile(p, windows.GENERIC_READ, windows.FILE_SHARE_READ, nil, windows.OPEN_EXISTING, windows.FILE_ATTRIBUTE_NORMAL, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer windows.CloseHandle(h)
	err = Write(path, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err })
	if err == nil || !contains(data.ErrorMessage(err), "正被其他程序") {
		t.Fatalf("got %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Fatalf("old file changed to %q", b)
	}
}

func TestSharingViolationIsHeldOpen(t *testing.T) {
	for _, errno := range []error{windows.ERROR_SHARING_VIOLATION, windows.ERROR_LOCK_VIOLATION} {
		err := &os.LinkError{Op: "rename", Old: "a", New: "b", Err: errno}
		if !contains(explain(err, "b").Error(), "文件被占用") {
			t.Errorf("%v not explained as a file held open", errno)
		}
	}
}

func TestWindowsDiskFullIsExplained(t *testing.T) {
	for _, errno := range []error{windows.ERROR_DISK_FULL, windows.ERROR_HANDLE_DISK_FULL} {
		err := &os.PathError{Op: "write", Path: "x", Err: errno}
		if data.ErrorCode(explain(err, "x")) != data.EDiskFull {
			t.Errorf("%v not explained as a full disk", errno)
		}
	}
}
