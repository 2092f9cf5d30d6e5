package paper

import "testing"

// The approver's box prints the decision once: the store keeps 同意 as the
// decision and, when the approver typed it again, 「同意。」 as the opinion
// (the form printed 「意见：同意。同意」).
func TestLeaveOpinionSaysTheDecisionOnce(t *testing.T) {
	for _, tt := range []struct{ decision, opinion, want string }{
		{"同意", "", "同意"},
		{"同意", "同意", "同意"},
		{"同意", "同意。", "同意。"},
		{"同意", "同意，请代会人提前到会。", "同意，请代会人提前到会。"},
		{"同意", "请代会人提前到会。", "同意。请代会人提前到会。"},
		{"不同意", "不同意，本次会议须本人参加。", "不同意，本次会议须本人参加。"},
		{"不同意", "本次会议须本人参加。", "不同意。本次会议须本人参加。"},
		{"", "待市长阅示", "待市长阅示"},
		{"", "", ""},
	} {
		if got := (LeaveStep{Decision: tt.decision, Opinion: tt.opinion}).opinion(); got != tt.want {
			t.Errorf("%q + %q = %q, want %q", tt.decision, tt.opinion, got, tt.want)
		}
	}
}
