package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"huiwu/data"
	"huiwu/data/store"
)

func TestWorkdayCommand四十八(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"the worked example", []string{"add", "--from", "2026-09-28", "--days", "7"}, 0, "2026-10-13（星期二）"},
		{"make-up Saturday", []string{"is", "2026-10-10"}, 0, "2026-10-10（星期六）：工作日"},
		{"National Day", []string{"is", "2026-10-05"}, 0, "休息日"},
		{"past the covered years", []string{"add", "--from", "2026-12-28", "--days", "7"}, 1, "2027 年的节假日安排尚未录入"},
		{"a 2027 day is flagged", []string{"is", "2027-02-08"}, 1, "按周末推算"},
		{"years", []string{"years"}, 0, "已覆盖年份：2002—2026"},
		{"bad date", []string{"is", "2026-02-30"}, 2, ""},
		{"bad days", []string{"add", "--from", "2026-09-28", "--days", "-1"}, 2, ""},
		{"missing days", []string{"add", "--from", "2026-09-28"}, 2, ""},
		{"no sub-command", nil, 2, ""},
		{"set without a file", []string{"set", "--year", "2027"}, 2, ""},
		{"set from a missing file", []string{"set", "--year", "2027", "--source", "x", "--in", "/nonexistent/2027.txt"}, exitInput, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := huiwu(t, append([]string{"--data", dir, "workday"}, tt.args...)...)
			if code != tt.code || !strings.Contains(out, tt.want) {
				t.Errorf("exit %d, out %q, err %q; want %d and %q", code, out, errs, tt.code, tt.want)
			}
		})
	}
}

// The demo's documents through the command line: the list with its late
// units, the 处理笺 and 会签单 PDFs and the workbook, and refusals.
func TestDocCommands(t *testing.T) {
	dir := t.TempDir()
	if code, _, errs := huiwu(t, "--data", dir, "demo"); code != 0 {
		t.Fatalf("demo: %s", errs)
	}
	// 四十八's lapse is applied before the list answers, as the window does
	code, out, _ := huiwu(t, "--data", dir, "doc", "list", "--state", "会签中")
	if code != 0 || !strings.Contains(out, "逾期未回复，视为无不同意见：溧阳市教育局") || !strings.Contains(out, "共 2 件") {
		t.Fatalf("doc list: %d %s", code, out)
	}
	code, out, _ = huiwu(t, "--data", dir, "doc", "list", "--state", "returned")
	if code != 0 || !strings.Contains(out, "第四十七条") {
		t.Fatalf("returned: %d %s", code, out)
	}
	for _, args := range [][]string{
		{"export", "docform", "--doc", "7", "--out", filepath.Join(dir, "d.pdf")},
		{"export", "countersign", "--doc", "7", "--out", filepath.Join(dir, "c.pdf")},
		{"export", "docs", "--from", "2026-01-01", "--to", "2026-12-31", "--out", filepath.Join(dir, "docs.xlsx")},
	} {
		if code, out, errs := huiwu(t, append([]string{"--data", dir}, args...)...); code != 0 || !strings.Contains(out, "已导出") {
			t.Fatalf("%v: %d %s %s", args, code, out, errs)
		}
		b, err := os.ReadFile(args[len(args)-1])
		if err != nil || len(b) < 1000 {
			t.Fatalf("%v wrote %d bytes (%v)", args, len(b), err)
		}
	}
	for _, tt := range []struct {
		args []string
		code int
	}{
		{[]string{"doc", "list", "--state", "奇怪"}, 2},
		{[]string{"export", "docform", "--out", filepath.Join(dir, "x.pdf")}, 2},
		{[]string{"export", "countersign", "--doc", "1", "--out", filepath.Join(dir, "x.xlsx")}, 2},
		{[]string{"export", "countersign", "--doc", "17", "--out", filepath.Join(dir, "x.pdf")}, exitInput},
		{[]string{"export", "docform", "--doc", "999", "--out", filepath.Join(dir, "x.pdf")}, exitInput},
		{[]string{"export", "docs", "--from", "2026-12-31", "--to", "2026-01-01", "--out", filepath.Join(dir, "x.xlsx")}, 2},
	} {
		if code, out, errs := huiwu(t, append([]string{"--data", dir}, tt.args...)...); code != tt.code {
			t.Errorf("%v: exit %d, want %d (%s %s)", tt.args, code, tt.code, out, errs)
		}
	}
}

// An administrator enters 2027 from the command line; the deadline that was
// flagged is then verified.
func TestWorkdaySetYear(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "2027.txt")
	if err := os.WriteFile(file, []byte("元旦 2027-01-01~2027-01-03\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, out, errs := huiwu(t, "--data", dir, "workday", "set", "--year", "2027", "--in", file); code != exitInput || !strings.Contains(errs, "依据") {
		t.Fatalf("no source: %d %s %s", code, out, errs)
	}
	code, out, errs := huiwu(t, "--data", dir, "workday", "set", "--year", "2027", "--source", "国办发明电〔2026〕测试", "--in", file)
	if code != 0 || !strings.Contains(out, "2002—2027") {
		t.Fatalf("set: %d %s %s", code, out, errs)
	}
	if code, out, _ := huiwu(t, "--data", dir, "workday", "add", "--from", "2026-12-28", "--days", "7"); code != 0 || !strings.Contains(out, "2027-01-07") {
		t.Fatalf("add after set: %d %s", code, out)
	}
}

// A countersign whose deadline lies past the covered years is listed as
// unverified.
func TestDocListFlagsUnverifiedDeadline(t *testing.T) {
	dir := t.TempDir()
	huiwu(t, "--data", dir, "demo")
	err := withStore(dir, func(s *store.Store) error {
		ctx := context.Background()
		units, _ := s.Units(ctx)
		d, err := s.SaveDocument(ctx, data.Document{
			Kind: data.DocLetter, Title: "关于年末联合检查的函", UnitID: units[5].ID,
			Received: time.Date(2026, 12, 28, 0, 0, 0, 0, time.UTC), Intake: data.Intake{ViaOffice: true},
		})
		if err != nil {
			t.Fatal(err)
		}
		return s.StartCountersign(ctx, d.ID, []int64{units[6].ID}, d.Received)
	})
	if err != nil {
		t.Fatal(err)
	}
	code, out, _ := huiwu(t, "--data", dir, "doc", "list", "--state", "countersign")
	if code != 0 || !strings.Contains(out, "待核实") {
		t.Fatalf("%d %s", code, out)
	}
}

// Issue 17 item 16: on data opened read-only the list shows a unit silent
// past its deadline as due (逾期未回复) and writes nothing.
func TestDocListReadOnlyShowsTheLapseDue(t *testing.T) {
	dir := t.TempDir()
	if code, _, errs := huiwu(t, "--data", dir, "demo"); code != 0 {
		t.Fatalf("demo: %s", errs)
	}
	s, err := store.OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	lapses := func() int {
		var n int
		if err := s.DB().QueryRow("SELECT count(*) FROM audit_log WHERE action = 'countersign.lapse'").Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	before := lapses()
	var out strings.Builder
	if err := listDocs(context.Background(), s, data.DocFilter{Status: data.DocCountersign}, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "逾期未回复：溧阳市教育局") || strings.Contains(out.String(), "视为无不同意见") {
		t.Errorf("read-only list:\n%s", out.String())
	}
	if after := lapses(); after != before {
		t.Errorf("%d lapses written", after-before)
	}
}
