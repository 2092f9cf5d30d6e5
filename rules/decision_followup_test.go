package rules

import (
	"reflect"
	"testing"

	"huiwu/data"
)

// 二十七 and 二十四: a decision of the 全体会议 or 常务会议 is published within
// the setting's days; a major decision is evaluated months after it.
func TestDecisionNeeds二十四二十七(t *testing.T) {
	on := day("2026-06-10")
	lim := DefaultFollowUpLimits
	pub := FollowUpNeed{What: "待公布决定事项", Clause: c27, Due: day("2026-06-30")}
	eval := FollowUpNeed{What: "待跟踪评估决策执行情况", Clause: c24, Due: day("2026-12-10")}
	tests := []struct {
		name string
		d    Decided
		f    data.DecisionFollowUp
		want []FollowUpNeed
	}{
		{"二十七 executive decision unpublished", Decided{data.MeetingExecutive, on, OutcomePassed, false}, data.DecisionFollowUp{}, []FollowUpNeed{pub}},
		{"二十七 published", Decided{data.MeetingPlenary, on, OutcomePrinciple, false}, data.DecisionFollowUp{PublishedOn: on, PublishedWhere: "政府门户网站"}, nil},
		{"二十七 kept secret with a reason", Decided{data.MeetingExecutive, on, OutcomePassed, false}, data.DecisionFollowUp{NotPublic: "涉及国家秘密"}, nil},
		{"二十四 major decision: publish and evaluate", Decided{data.MeetingExecutive, on, OutcomePassed, true}, data.DecisionFollowUp{}, []FollowUpNeed{pub, eval}},
		{"二十四 evaluated", Decided{data.MeetingExecutive, on, OutcomePassed, true}, data.DecisionFollowUp{PublishedOn: on, PublishedWhere: "网站", EvaluatedOn: day("2026-12-01"), Evaluation: "执行良好"}, nil},
		{"a 专题会议's major decision: evaluated only", Decided{data.MeetingTopical, on, OutcomePassed, true}, data.DecisionFollowUp{}, []FollowUpNeed{eval}},
		{"not decided: nothing owed", Decided{data.MeetingExecutive, on, OutcomeRevise, true}, data.DecisionFollowUp{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DecisionNeeds(tt.d, tt.f, lim); !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got %+v, want %+v", got, tt.want)
			}
		})
	}
	if err := FollowUpRecordable(data.Topic{Title: "甲", State: data.TopicNoticed}); err == nil || err.Error() != "议题「甲」尚未经会议决定，无须公布或跟踪评估" {
		t.Fatalf("undecided topic: %v", err)
	}
}
