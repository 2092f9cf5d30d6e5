package rules

import (
	"testing"

	"huiwu/data"
)

// 四十六: the 送审稿 prints at every stage before 签发, never after.
func TestDraftPrintable四十六(t *testing.T) {
	v := data.MinutesVersion{N: 3, Body: "会议研究了……"}
	tests := []struct {
		stage data.MinutesStage
		text  data.MinutesVersion
		want  string
	}{
		{data.MinutesDraft, v, ""},
		{data.MinutesReview, v, ""},
		{data.MinutesReviewed, v, ""},
		{data.MinutesSigned, v, "纪要 〔2026〕第3期 已签发，请打印正式纪要，不再打印送审稿（第四十六条）"},
		{data.MinutesDraft, data.MinutesVersion{}, "纪要 〔2026〕第3期 还没有保存正文，无法打印送审稿"},
	}
	for _, tt := range tests {
		t.Run(string(tt.stage), func(t *testing.T) {
			err := DraftPrintable(data.Minutes{Year: 2026, Issue: 3, Stage: tt.stage}, tt.text)
			got := ""
			if re, ok := data.RuleRefusal(err); ok {
				got = re.Err.Message
			} else if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}
