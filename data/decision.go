package data

import (
	"context"
	"time"
)

// DecisionFollowUp is what is recorded after a meeting decided a topic: its
// publication (二十七: 及时公布, or why it is not published) and, for a major
// decision, the 跟踪评估 of how it is carried out (二十四).
type DecisionFollowUp struct {
	TopicID        int64
	PublishedOn    time.Time
	PublishedWhere string // 政府门户网站 etc.
	NotPublic      string // why it is not published (依法需要保密)
	EvaluatedOn    time.Time
	Evaluation     string // the 跟踪评估's finding
}

// MaxFollowUpText limits each text of a follow-up, in characters.
const MaxFollowUpText = 500

// Normalize cleans the texts and drops the time of day.
func (f *DecisionFollowUp) Normalize() {
	f.PublishedWhere, f.NotPublic, f.Evaluation = Clean(f.PublishedWhere), Clean(f.NotPublic), Clean(f.Evaluation)
	f.PublishedOn, f.EvaluatedOn = dateOnly(f.PublishedOn), dateOnly(f.EvaluatedOn)
}

// Validate checks a normalised follow-up's own fields: a date goes with its
// text.
func (f DecisionFollowUp) Validate() error {
	var v validator
	v.text("公布载体", f.PublishedWhere, !f.PublishedOn.IsZero(), MaxFollowUpText)
	v.text("不予公布理由", f.NotPublic, false, MaxFollowUpText)
	if !f.PublishedOn.IsZero() && f.NotPublic != "" {
		v.add("不予公布理由", "已公布的决定不填不予公布理由")
	}
	v.text("评估结论", f.Evaluation, !f.EvaluatedOn.IsZero(), MaxFollowUpText)
	if f.Evaluation != "" && f.EvaluatedOn.IsZero() {
		v.add("评估日期", "不能为空")
	}
	if f.PublishedWhere != "" && f.PublishedOn.IsZero() {
		v.add("公布日期", "不能为空")
	}
	return v.err("决策跟踪")
}

// DecisionService records and reads the follow-up of decided topics.
type DecisionService interface {
	DecisionFollowUp(ctx context.Context, topicID int64) (DecisionFollowUp, error)
	RecordDecisionFollowUp(ctx context.Context, f DecisionFollowUp) error
}
