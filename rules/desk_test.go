package rules

import (
	"slices"
	"testing"

	"huiwu/data"
)

// 四十一, 四十四, 六十一: what a coming meeting still lacks, in the
// office's words and order.
func TestMeetingNeeds四十一六十一(t *testing.T) {
	for _, tc := range []struct {
		name string
		f    MeetingFacts
		want []string
	}{
		{"in order", MeetingFacts{Status: data.StatusNotified}, nil},
		{"notice not sent", MeetingFacts{Status: data.StatusPlanning}, []string{"通知未发出"}},
		{"everything", MeetingFacts{Status: data.StatusPlanning, TopicsShort: 2, PendingLeaves: 1}, []string{"通知未发出", "2 个议题未审定", "1 条请假待批"}},
		{"leave after the notice", MeetingFacts{Status: data.StatusNotified, PendingLeaves: 3}, []string{"3 条请假待批"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := MeetingNeeds(tc.f); !slices.Equal(got, tc.want) {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// 四十八: the desk looks three working days ahead, over the 国庆 break.
func TestCountersignWatch四十八(t *testing.T) {
	cal := builtin(t)
	for _, tc := range []struct{ today, want string }{
		{"2026-12-07", "2026-12-10"}, // Monday → Thursday
		{"2026-12-11", "2026-12-16"}, // Friday → Wednesday
		{"2026-09-30", "2026-10-10"}, // the eve of 国庆: 10-8, 10-9 and the 调休 Saturday 10-10
	} {
		if got := CountersignWatch(cal, day(tc.today)).Format(data.DateLayout); got != tc.want {
			t.Errorf("from %s: %s, want %s", tc.today, got, tc.want)
		}
	}
}

// 四十六: the step a 纪要 waits for.
func TestMinutesNeeds四十六(t *testing.T) {
	for stage, want := range map[data.MinutesStage]string{
		data.MinutesDraft: "起草中，待送审", data.MinutesReview: "待办公室主任审核", data.MinutesReviewed: "待签发", data.MinutesSigned: "",
	} {
		if got := MinutesNeeds(stage); got != want {
			t.Errorf("%s: %q, want %q", stage, got, want)
		}
	}
}
