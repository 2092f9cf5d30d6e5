package app

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"huiwu/data"
	"huiwu/data/store"
)

// The demo's 纪要 are listed by stage with the next step of each chain.
func TestMinutesList四十六(t *testing.T) {
	dir := t.TempDir()
	if code, _, errs := huiwu(t, "--data", dir, "demo"); code != 0 {
		t.Fatalf("demo: %s", errs)
	}
	code, out, errs := huiwu(t, "--data", dir, "minutes", "list", "--stage", "起草中")
	if code != 0 || !strings.Contains(out, "起草（市政府办公室）") || !strings.Contains(out, "共 1 份纪要") {
		t.Fatalf("minutes list: %d %s %s", code, out, errs)
	}
	code, out, _ = huiwu(t, "--data", dir, "minutes", "list", "--stage", "signed", "--year", "2026")
	if code != 0 || !strings.Contains(out, "签发）") || strings.Contains(out, "起草中") {
		t.Fatalf("signed: %d %s", code, out)
	}
	if code, _, _ := huiwu(t, "--data", dir, "minutes", "list", "--stage", "盖章"); code != 2 {
		t.Fatalf("unknown stage: exit %d", code)
	}
	if code, _, _ := huiwu(t, "--data", dir, "minutes"); code != 2 {
		t.Fatalf("no sub-command: exit %d", code)
	}
}

// The 审签单 prints at any stage; the final 纪要 only once signed.
func TestExportMinutesAndSignOff四十六(t *testing.T) {
	dir := t.TempDir()
	if code, _, errs := huiwu(t, "--data", dir, "demo"); code != 0 {
		t.Fatalf("demo: %s", errs)
	}
	s, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	draft, err := s.MinutesList(ctx, data.MinutesFilter{Stage: data.MinutesDraft})
	signed, err2 := s.MinutesList(ctx, data.MinutesFilter{Stage: data.MinutesSigned})
	s.Close()
	if err != nil || err2 != nil || len(draft) == 0 || len(signed) == 0 {
		t.Fatalf("demo 纪要: %v %v", err, err2)
	}
	id := func(n data.Minutes) string { return strconv.FormatInt(n.MeetingID, 10) }
	out := filepath.Join(t.TempDir(), "审签单.pdf")
	if code, _, errs := huiwu(t, "--data", dir, "export", "signoff", "--meeting", id(draft[0]), "--out", out); code != 0 {
		t.Fatalf("signoff: %s", errs)
	}
	final := filepath.Join(t.TempDir(), "纪要.pdf")
	if code, _, errs := huiwu(t, "--data", dir, "export", "minutes", "--meeting", id(draft[0]), "--out", final); code != exitInput || !strings.Contains(errs, "尚未签发") {
		t.Fatalf("unsigned 纪要 exported: %d %s", code, errs)
	}
	if code, _, errs := huiwu(t, "--data", dir, "export", "minutes", "--meeting", id(signed[0]), "--out", final); code != 0 {
		t.Fatalf("minutes: %s", errs)
	}
	for _, f := range []string{out, final} {
		if b, err := os.ReadFile(f); err != nil || !strings.HasPrefix(string(b), "%PDF") {
			t.Errorf("%s: %v", f, err)
		}
	}
	if code, _, _ := huiwu(t, "--data", dir, "export", "minutes", "--meeting", "99999", "--out", final); code != exitInput {
		t.Errorf("a meeting without minutes: exit %d", code)
	}
	if code, _, _ := huiwu(t, "--data", dir, "export", "signoff", "--meeting", id(draft[0]), "--out", "x.xlsx"); code != 2 {
		t.Errorf("审签单 as xlsx: exit %d", code)
	}
	// 四十六: the 送审稿 before 签发, refused once signed.
	sent := filepath.Join(t.TempDir(), "送审稿.pdf")
	if code, stdout, errs := huiwu(t, "--data", dir, "export", "minutes", "--draft", "--meeting", id(draft[0]), "--out", sent); code != 0 || !strings.Contains(stdout, "已导出") {
		t.Fatalf("draft: %d %s", code, errs)
	}
	if b, err := os.ReadFile(sent); err != nil || !strings.HasPrefix(string(b), "%PDF") {
		t.Errorf("draft: %v", err)
	}
	if code, _, errs := huiwu(t, "--data", dir, "export", "minutes", "--draft", "--meeting", id(signed[0]), "--out", sent); code != exitInput || !strings.Contains(errs, "已签发，请打印正式纪要") {
		t.Errorf("signed 纪要 as a draft: %d %s", code, errs)
	}
	if code, _, _ := huiwu(t, "--data", dir, "export", "signoff", "--draft", "--meeting", id(draft[0]), "--out", sent); code != 2 {
		t.Errorf("--draft with signoff: exit %d", code)
	}
}
