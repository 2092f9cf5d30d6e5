package app

import (
	"strings"
	"testing"
)

// TestDemoYearsChecksAndRepeats generates one year (the decade's shape at a
// tenth of the size): the result passes every check, and a second run with
// the same seed ends on the same audit head, so the data set is reproducible.
func TestDemoYearsChecksAndRepeats(t *testing.T) {
	heads := make([]string, 2)
	for i := range heads {
		dir := t.TempDir()
		code, out, errs := huiwu(t, "--data", dir, "demo", "--years", "1", "--seed", "7")
		if code != 0 || !strings.Contains(out, "已生成 1 年演示数据") || !strings.Contains(out, "MB") {
			t.Fatalf("demo --years: %d %q %q", code, out, errs)
		}
		code, out, _ = huiwu(t, "--data", dir, "check")
		if code != 0 || !strings.Contains(out, "完整性检查：通过") || !strings.Contains(out, "外键检查：通过") || !strings.Contains(out, "审计日志：通过") {
			t.Fatalf("check: %d %q", code, out)
		}
		heads[i] = out[strings.LastIndex(out, "审计头 "):]
	}
	if heads[0] != heads[1] {
		t.Errorf("same seed, different audit heads: %s vs %s", heads[0], heads[1])
	}
}

func TestDemoYearsRefusesBadCount(t *testing.T) {
	for _, n := range []string{"-1", "31", "x"} {
		if code, _, _ := huiwu(t, "--data", t.TempDir(), "demo", "--years", n); code == 0 {
			t.Errorf("--years %s accepted", n)
		}
	}
}
