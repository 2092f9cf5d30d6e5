package rules

import (
	"testing"
	"time"

	"huiwu/data"
)

// 四十一: a topic's cut-off is the earlier of the 15th of the meeting's month
// and the notice, so a meeting early in a month closes at its notice.
func TestLateNoticed四十一(t *testing.T) {
	var none time.Time
	tests := []struct {
		name                       string
		declared, meeting, noticed string
		late                       bool
	}{
		{"before the 15th, no notice yet", "2026-12-10", "2026-12-28", "", false},
		{"after the 15th, no notice yet", "2026-12-16", "2026-12-28", "", true},
		{"early meeting: before its notice", "2026-12-02", "2026-12-05", "2026-12-03", false},
		{"early meeting: on the notice's day", "2026-12-03", "2026-12-05", "2026-12-03", true},
		{"early meeting: after its notice, before the 15th", "2026-12-04", "2026-12-05", "2026-12-03", true},
		{"late meeting: the 15th comes first", "2026-12-16", "2026-12-28", "2026-12-20", true},
		{"late meeting: in time before both", "2026-12-14", "2026-12-28", "2026-12-20", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			notice := none
			if tt.noticed != "" {
				notice = day(tt.noticed)
			}
			if got := DefaultDeadline.LateNoticed(day(tt.declared), day(tt.meeting), notice); got != tt.late {
				t.Fatalf("LateNoticed = %v, want %v", got, tt.late)
			}
		})
	}
}

// 四十一 step 7: once the notice is out no topic is declared for the meeting,
// and a late topic's exception (意见书 and the 市长's approval) does not help;
// only a recorded reason (as when backfilling past meetings) lets it through.
func TestNoDeclarationAfterNotice四十一(t *testing.T) {
	ev := TopicEvidence{CopiesReceived: 3, HasMeeting: true, Late: true, MayorApprovedLate: true, Done: map[string]bool{"41.legal_opinion": true}}
	if err := CheckTopicMove(data.TopicReported, data.TopicDeclared, ev); err != nil {
		t.Fatalf("late topic with the exception refused before the notice: %v", err)
	}
	ev.NoticeIssued = true
	err := CheckTopicMove(data.TopicReported, data.TopicDeclared, ev)
	re, ok := data.RuleRefusal(err)
	if !ok || !re.Overridable || re.Err.Message != "议题不能改为「已申报」，尚缺：会议通知已发出，不再增加议题，逾期申报的例外也不适用（第四十一条第七步）" {
		t.Fatalf("declared after the notice: %#v", err)
	}
}
