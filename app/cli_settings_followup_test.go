package app

import (
	"strings"
	"testing"
)

// 二十四, 二十七, 三十 and 五十一 through the command line: the follow-up
// settings listed with their defaults, two of them changed (the others
// kept), the change seen by the next command, and a value out of range
// refused with the setting named and the input status.
func TestSettingsFollowupCommand三十五十一(t *testing.T) {
	dir := t.TempDir()
	code, out, errs := huiwu(t, "--data", dir, "settings", "followup")
	if code != 0 || out != "决定公布时限（天，第二十七条）：20\n跟踪评估时限（月，第二十四条）：6\n人大代表建议办理时限（天，第三十条）：90\n政协委员提案办理时限（天，第三十条）：90\n年度发文目标（件，第五十一条，0 为不设）：0\n" {
		t.Fatalf("defaults: %d %q %q", code, out, errs)
	}
	code, out, errs = huiwu(t, "--data", dir, "settings", "followup", "--npc-days", "60", "--issue-target", "120")
	if code != 0 || !strings.HasPrefix(out, "已保存跟踪时限：\n") || !strings.Contains(out, "人大代表建议办理时限（天，第三十条）：60\n政协委员提案办理时限（天，第三十条）：90\n年度发文目标（件，第五十一条，0 为不设）：120\n") {
		t.Fatalf("save: %d %q %q", code, out, errs)
	}
	if _, out, _ := huiwu(t, "--data", dir, "settings", "followup"); !strings.Contains(out, "人大代表建议办理时限（天，第三十条）：60\n") || !strings.Contains(out, "跟踪评估时限（月，第二十四条）：6\n") {
		t.Fatalf("after the save: %q", out)
	}
	code, _, errs = huiwu(t, "--data", dir, "settings", "followup", "--cppcc-days", "400")
	if code != exitInput || !strings.Contains(errs, "政协委员提案办理时限") || !strings.Contains(errs, "应在 1 到 365 之间") {
		t.Fatalf("out of range: %d %q", code, errs)
	}
	if code, _, _ := huiwu(t, "--data", dir, "settings", "followup", "--npc-days", "x"); code != exitUsage {
		t.Fatalf("not a number: exit %d, want %d", code, exitUsage)
	}
	if code, out, _ := huiwu(t, "help", "settings"); code != 0 || !strings.Contains(out, "--issue-target 件") {
		t.Fatalf("help: %d %q", code, out)
	}
}
