package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Issue 17 item 15: help is asked for, not a mistake — Chinese usage on
// stdout and exit 0 — whether as --help, -h, help or help COMMAND.
func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}, {"--data", t.TempDir(), "--help"}} {
		code, out, errs := huiwu(t, args...)
		if code != 0 || errs != "" || !strings.HasPrefix(out, "用法 / usage:\n") || !strings.Contains(out, "huiwu [--data 目录] search 文字") || !strings.Contains(out, "退出码：") {
			t.Errorf("%v: exit %d, err %q, out %q", args, code, errs, out)
		}
	}
	for _, args := range [][]string{{"help", "people"}, {"people", "--help"}, {"people", "list", "-h"}} {
		code, out, errs := huiwu(t, args...)
		want := "用法 / usage:\n  huiwu [--data 目录] people list [--unit 单位] [--order protocol|strokes]   人员名单，姓名在前（礼宾顺序或按姓氏笔画）\n  huiwu people list"
		if code != 0 || errs != "" || !strings.HasPrefix(out, want) || strings.Contains(out, "search") {
			t.Errorf("%v: exit %d, err %q, out %q", args, code, errs, out)
		}
	}
	// export's own usage lists every kind it writes
	if code, out, _ := huiwu(t, "help", "export"); code != 0 || !strings.Contains(out, "\n  huiwu export leave --meeting 编号 --leave 请假编号") || !strings.Contains(out, "\n  huiwu export invitations") {
		t.Errorf("help export: %d %s", code, out)
	}
	if code, _, errs := huiwu(t, "help", "nothing"); code != exitUsage || !strings.Contains(errs, "未知命令「nothing」") {
		t.Errorf("help nothing: %d %s", code, errs)
	}
}

// Issue 17 item 15: a user's mistake has an exit status of its own, and is
// never called 内部错误.
func TestUserMistakesExitWithTheirOwnStatus(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.json")
	if err := os.WriteFile(in, []byte("{}"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"pdf", "nokind", "--in", in, "--out", filepath.Join(dir, "a.pdf")}, "未知的文稿类型 \"nokind\""},
		{[]string{"pdf", "signin", "--in", in, "--out", filepath.Join(dir, "no", "a.pdf")}, "文件夹不存在"},
		{[]string{"--data", dir, "export", "signin", "--meeting", "1", "--out", filepath.Join(dir, "no", "a.pdf")}, ""},
	} {
		code, _, errs := huiwu(t, tt.args...)
		if code != exitInput || strings.Contains(errs, "[internal]") || !strings.Contains(errs, tt.want) {
			t.Errorf("%v: exit %d, %s", tt.args, code, errs)
		}
	}
}
