package app

import (
	"context"
	"strings"
	"testing"

	"huiwu/data/demo"
	"huiwu/data/store"
)

// 十九 through the command line: a town's late filing registered with its
// flag, then registered, reviewed and ordered amended, and the year's list.
func TestFilingCommands十九(t *testing.T) {
	dir := t.TempDir()
	s, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	err = s.LoadRoster(context.Background(), demo.Roster(1))
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	code, out, errs := huiwu(t, "--data", dir, "filing", "add", "--unit", "上黄镇", "--title", "上黄镇农村宅基地管理办法", "--number", "上政发〔2026〕9号",
		"--issued", "2026-09-01", "--received", "2026-09-20", "--consulted", "--reviewed")
	if code != 0 || out != "已登记备案（编号 1）：溧阳市上黄镇《上黄镇农村宅基地管理办法》\n  ⚠ 印发后 15 日内报送备案，期限 2026-09-16，2026-09-20 才收到（第十九条）\n" {
		t.Fatalf("add: %d %q %q", code, out, errs)
	}
	for _, step := range [][]string{
		{"register", "--filing", "1", "--on", "2026-09-21"},
		{"review", "--filing", "1", "--result", "conflict", "--on", "2026-09-28"},
		{"order", "--filing", "1", "--amend", "--ref", "溧政发〔2026〕30号", "--on", "2026-09-30"},
	} {
		if code, out, errs := huiwu(t, append([]string{"--data", dir, "filing"}, step...)...); code != 0 || !strings.HasPrefix(out, "备案（编号 1）") {
			t.Fatalf("%s: %d %q %q", step[0], code, out, errs)
		}
	}
	code, out, _ = huiwu(t, "--data", dir, "filing", "list", "--year", "2026")
	if code != 0 || !strings.Contains(out, "责令修改（溧政发〔2026〕30号，2026-09-30）") || !strings.Contains(out, "2026 年报送备案 1 件，其中有问题 1 件（第十九条）") {
		t.Fatalf("list: %d %q", code, out)
	}
	if code, _, errs := huiwu(t, "--data", dir, "filing", "order", "--filing", "1", "--ref", "x"); code != 2 || !strings.Contains(errs, "--amend 或 --revoke") {
		t.Fatalf("order without a kind: %d %q", code, errs)
	}
}
