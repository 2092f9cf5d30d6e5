package xlsx

import (
	"testing"
	"time"

	"huiwu/data"
)

// A leave's route in the sheets says each decision once: an opinion that
// only repeats it is left out, one that adds something is kept.
func TestApprovalSaysTheDecisionOnce(t *testing.T) {
	on := time.Date(2026, 9, 18, 10, 0, 0, 0, time.Local)
	step := func(d data.LeaveStatus, op string) data.LeaveStep {
		return data.LeaveStep{ApproverName: "叶娜洋", Decision: d, Opinion: op, DecidedAt: on}
	}
	for _, tt := range []struct {
		steps []data.LeaveStep
		want  string
	}{
		{[]data.LeaveStep{step(data.LeaveApproved, "同意")}, "叶娜洋同意9月18日"},
		{[]data.LeaveStep{step(data.LeaveApproved, "同意。")}, "叶娜洋同意9月18日"},
		{[]data.LeaveStep{step(data.LeaveApproved, "注意安全")}, "叶娜洋同意（注意安全）9月18日"},
		{[]data.LeaveStep{step(data.LeaveRejected, "不同意")}, "叶娜洋不同意9月18日"},
		{[]data.LeaveStep{step(data.LeaveApproved, ""), step(data.LeavePending, "")}, "叶娜洋同意9月18日；叶娜洋待批"},
		{nil, "已报备"},
	} {
		if got := Approval(data.LeaveRequest{Steps: tt.steps}); got != tt.want {
			t.Errorf("Approval = %q, want %q", got, tt.want)
		}
	}
}
