package data

import "context"

// FollowUpSettings are the time limits and the target the office sets for
// the clauses that follow a decision or a submission up: days to publish a
// decision (二十七), months to its 跟踪评估 (二十四), days to answer a 人大代表
// 建议 and a 政协委员提案 (三十), and the year's target of documents issued
// in the government's name (五十一; 0 when none is set).
type FollowUpSettings struct {
	PublishDays    int
	EvaluateMonths int
	NPCDays        int
	CPPCCDays      int
	IssueTarget    int
}

// Validate checks the settings' ranges and names every bad one.
func (s FollowUpSettings) Validate() error {
	var v validator
	for _, f := range []struct {
		name     string
		n, lo, h int
	}{
		{"决定公布时限", s.PublishDays, 1, 365},
		{"跟踪评估时限", s.EvaluateMonths, 1, 60},
		{"人大代表建议办理时限", s.NPCDays, 1, 365},
		{"政协委员提案办理时限", s.CPPCCDays, 1, 365},
		{"年度发文目标", s.IssueTarget, 0, 99999},
	} {
		if f.n < f.lo || f.n > f.h {
			v.add(f.name, "应在 %d 到 %d 之间", f.lo, f.h)
		}
	}
	return v.err("设置")
}

// FollowUpService reads and writes the follow-up settings.
type FollowUpService interface {
	FollowUpSettings(ctx context.Context) (FollowUpSettings, error)
	SaveFollowUpSettings(ctx context.Context, fs FollowUpSettings) error
}
