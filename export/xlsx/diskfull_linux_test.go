//go:build linux

package xlsx

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"huiwu/data"
	"huiwu/export/safefile"
)

// Issue 18 item 4, on a real full disk (a small tmpfs; needs root, as CI
// has): the workbook's own writer meets ENOSPC, and the secretary reads
// 「磁盘已满」 with the old file kept, not 「内部错误：xlsx write: … no space
// left on device」.
func TestExportOnFullDiskSaysDiskFull(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size=256k"); err != nil {
		t.Skipf("SKIPPED LOUDLY: cannot mount a tmpfs to fill (%v); the disk-full test needs root", err)
	}
	defer syscall.Unmount(dir, syscall.MNT_DETACH)
	path := filepath.Join(dir, "出勤记录.xlsx")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	fill, err := os.Create(filepath.Join(dir, "filler"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = io.Copy(fill, bytes.NewReader(make([]byte, 1<<20)))
	fill.Close()
	if !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("the tmpfs did not fill: %v", err)
	}
	err = safefile.Write(path, func(w io.Writer) error { return Attendance(w, record(), "42:abcdef012345") })
	msg := data.ErrorMessage(err)
	if data.ErrorCode(err) != data.EDiskFull || !strings.Contains(msg, "磁盘已满") || strings.Contains(msg, "xlsx write") {
		t.Fatalf("got %s %q", data.ErrorCode(err), msg)
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Fatalf("old file changed to %q", b)
	}
}
