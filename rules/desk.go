package rules

import (
	"fmt"
	"time"

	"huiwu/data"
)

// MeetingFacts is what the desk reads of a coming meeting to say what it
// still lacks.
type MeetingFacts struct {
	Status        data.MeetingStatus
	PendingLeaves int // requests still waiting for a decision (六十一)
	// TopicsShort counts its topics not yet through the 市长's 审定 (四十一).
	TopicsShort int
}

// MeetingNeeds says, in the office's words, what a meeting of the coming
// week still lacks: the notice not sent (四十一 step 7, 四十四), topics not
// through their steps, leave undecided (六十一). Nothing for a meeting in
// order.
func MeetingNeeds(f MeetingFacts) []string {
	var needs []string
	if f.Status == data.StatusPlanning {
		needs = append(needs, "通知未发出")
	}
	if f.TopicsShort > 0 {
		needs = append(needs, fmt.Sprintf("%d 个议题未审定", f.TopicsShort))
	}
	if f.PendingLeaves > 0 {
		needs = append(needs, fmt.Sprintf("%d 条请假待批", f.PendingLeaves))
	}
	return needs
}

// CountersignWatch is the last day the desk looks ahead to for 会签
// deadlines: three working days after today (四十八 gives seven in all).
func CountersignWatch(cal *Calendar, today time.Time) time.Time {
	return cal.AddWorkdays(today, 3).Date
}

// MinutesNeeds names the step a 纪要 waits for (四十六).
func MinutesNeeds(stage data.MinutesStage) string {
	switch stage {
	case data.MinutesDraft:
		return "起草中，待送审"
	case data.MinutesReview:
		return "待办公室主任审核"
	case data.MinutesReviewed:
		return "待签发"
	}
	return ""
}
