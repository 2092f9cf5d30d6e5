package app

import (
	"strings"
	"testing"
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
