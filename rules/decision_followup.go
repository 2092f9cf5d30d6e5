package rules

import (
	"slices"
	"time"

	"huiwu/data"
)

// FollowUpLimits are the settings of 二十四 and 二十七: how many days after
// the meeting a decision is to be published (及时公布), and how many months
// after it a major decision's 跟踪评估 is due.
type FollowUpLimits struct {
	PublishDays    int
	EvaluateMonths int
}

// DefaultFollowUpLimits: published within 20 days, evaluated after 6 months.
var DefaultFollowUpLimits = FollowUpLimits{PublishDays: 20, EvaluateMonths: 6}

// Decided is a topic the meeting decided, as its follow-up sees it.
type Decided struct {
	Kind    data.MeetingKind // of the meeting that decided it
	Day     time.Time        // the meeting's day
	Outcome TopicOutcome
	Major   bool // 重大行政决策, 三重一大 or a department's major matter
}

// FollowUpNeed is one follow-up still owed, with its clause and day.
type FollowUpNeed struct {
	What   string
	Clause data.Clause
	Due    time.Time
}

// PublishedKinds are the meetings whose decisions are published (二十七):
// the 全体会议 and the 常务会议. Only their decisions and major ones owe a
// follow-up, so the 工作台 reads only those (DecisionNeeds decides).
var PublishedKinds = []data.MeetingKind{data.MeetingPlenary, data.MeetingExecutive}

// DecisionNeeds applies 二十七 and 二十四 to a decided topic and what is on
// record of it: a decision of the 全体会议 or 常务会议 is published (or the
// reason it is not recorded) within PublishDays of the meeting; a major
// decision is evaluated (跟踪评估) EvaluateMonths after it. Nil when nothing
// is owed, or the topic was not decided.
func DecisionNeeds(d Decided, f data.DecisionFollowUp, lim FollowUpLimits) []FollowUpNeed {
	if !d.Outcome.Decided() {
		return nil
	}
	var out []FollowUpNeed
	if slices.Contains(PublishedKinds, d.Kind) && f.PublishedOn.IsZero() && f.NotPublic == "" {
		out = append(out, FollowUpNeed{What: "待公布决定事项", Clause: c27, Due: dateOnly(d.Day).AddDate(0, 0, lim.PublishDays)})
	}
	if d.Major && f.EvaluatedOn.IsZero() {
		out = append(out, FollowUpNeed{What: "待跟踪评估决策执行情况", Clause: c24, Due: dateOnly(d.Day).AddDate(0, lim.EvaluateMonths, 0)})
	}
	return out
}

// FollowUpRecordable refuses a follow-up for a topic the meeting did not
// decide: there is nothing to publish or evaluate.
func FollowUpRecordable(t data.Topic) error {
	if t.State != data.TopicDeliberated || !TopicOutcome(t.Outcome).Decided() {
		return refuse(c27, "议题「%s」尚未经会议决定，无须公布或跟踪评估", t.Title)
	}
	return nil
}
