package safefile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"

	"huiwu/data"
)

func TestWriteReplacesWholeFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "签到表.pdf")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := Write(path, func(w io.Writer) error { _, err := io.WriteString(w, "new content"); return err }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new content" {
		t.Fatalf("got %q", b)
	}
}

func TestFailedWriteLeavesOldFileAndNoTemp(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "纪要.pdf")
	os.WriteFile(path, []byte("old"), 0o600)
	boom := errors.New("renderer failed halfway")
	err := Write(path, func(w io.Writer) error {
		io.WriteString(w, "half a fi")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("got %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Fatalf("old file changed: %q", b)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("temporary file left behind: %v", entries)
	}
}

func TestMissingFolderIsExplained(t *testing.T) {
	err := Write(filepath.Join(t.TempDir(), "no", "x.pdf"), func(io.Writer) error { return nil })
	if err == nil || !contains(err.Error(), "文件夹不存在") || data.ErrorCode(err) != data.EInvalid {
		t.Fatalf("got %v (%s)", err, data.ErrorCode(err))
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }

// Issue 18 item 4: a cause met inside the writer (excelize's f.Write, the
// PDF writer) reads as the store's do — 磁盘已满, 没有权限, 文件被占用 —
// not as 「内部错误：xlsx write: …」; the writer's own errors pass unchanged.
func TestErrorsInsideTheWriterAreNamed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "出勤记录.xlsx")
	inside := func(errno error) error {
		return fmt.Errorf("xlsx write: %w", &fs.PathError{Op: "write", Path: "/x/.出勤记录.xlsx.1.tmp", Err: errno})
	}
	tests := []struct {
		name  string
		err   error
		code  data.Code
		words string
	}{
		{"disk full", inside(syscall.ENOSPC), data.EDiskFull, "无法写入 " + path + "：磁盘已满。原文件未改动"},
		{"no permission", inside(syscall.EACCES), data.EInternal, "无法写入 " + path + "：没有权限"},
		{"read-only disk", inside(syscall.EROFS), data.EInternal, "无法写入 " + path + "：没有权限"},
		{"the writer's own", data.Errorf(data.EInvalid, "议题不能为空"), data.EInvalid, "议题不能为空"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Write(path, func(io.Writer) error { return tt.err })
			if data.ErrorCode(err) != tt.code || !strings.HasPrefix(data.ErrorMessage(err), tt.words) || strings.Contains(data.ErrorMessage(err), "xlsx write") {
				t.Fatalf("got %s %q", data.ErrorCode(err), data.ErrorMessage(err))
			}
		})
	}
}

// A temporary file a killed export left is removed when the same target is
// written next; another target's, and files that only look alike, stay.
func TestStaleTempOfTheSameTargetIsRemoved(t *testing.T) {
	dir := t.TempDir()
	stale := []string{".签到表.xlsx.4242.tmp", ".签到表.xlsx.1.tmp"}
	kept := []string{".纪要.pdf.4242.tmp", ".签到表.xlsx.abc.tmp", "签到表.xlsx.4242.tmp", ".签到表.xlsx.tmp"}
	for _, name := range append(append([]string{}, stale...), kept...) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("half"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := Write(filepath.Join(dir, "签到表.xlsx"), func(w io.Writer) error { _, err := io.WriteString(w, "whole"); return err }); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	want := append([]string{"签到表.xlsx"}, kept...)
	sort.Strings(want)
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("folder holds %q, want %q", got, want)
	}
}
