package rules

import (
	"huiwu/data"
)

// TopicOutcome is the meeting's decision on a topic (已审议).
type TopicOutcome string

// The outcomes of deliberation.
const (
	OutcomePassed    TopicOutcome = "passed"              // 通过
	OutcomePrinciple TopicOutcome = "passed_in_principle" // 原则通过
	OutcomeRevise    TopicOutcome = "revise"              // 修改后再议
	OutcomeDeferred  TopicOutcome = "deferred"            // 暂缓
	OutcomeRejected  TopicOutcome = "rejected"            // 不通过
)

// TopicOutcomes lists the outcomes in the order forms offer them.
var TopicOutcomes = []TopicOutcome{OutcomePassed, OutcomePrinciple, OutcomeRevise, OutcomeDeferred, OutcomeRejected}

var outcomeNames = map[TopicOutcome]string{
	OutcomePassed: "通过", OutcomePrinciple: "原则通过", OutcomeRevise: "修改后再议", OutcomeDeferred: "暂缓", OutcomeRejected: "不通过",
}

// OutcomeName is an outcome's Chinese name.
func OutcomeName(o TopicOutcome) string { return outcomeNames[o] }

// Decided tells whether the meeting decided the topic (二十三's follow-up
// is due after a decision).
func (o TopicOutcome) Decided() bool { return o == OutcomePassed || o == OutcomePrinciple }

// CarriesOver tells whether the topic goes on to a later meeting.
func (o TopicOutcome) CarriesOver() bool { return o == OutcomeRevise || o == OutcomeDeferred }

// NextTopicStates are the moves the seven steps allow from s.
func NextTopicStates(s data.TopicState) []data.TopicState { return topicMoves[s] }

// FlagsOf turns a stored topic and its related units into the flags the
// checklist rules read.
func FlagsOf(t data.Topic, units []data.TopicUnit) TopicFlags {
	f := TopicFlags{
		MajorDecision: t.Flags.MajorDecision, ThreeMajor: t.Flags.ThreeMajor, Normative: t.Flags.Normative,
		PublicInterest: t.Flags.PublicInterest, DeptMajor: t.Flags.DeptMajor, Towns: t.Flags.Towns,
	}
	for _, s := range t.Flags.Subjects {
		f.Subjects = append(f.Subjects, Subject23(s))
	}
	for _, u := range units {
		f.RelatedUnits = append(f.RelatedUnits, u.UnitName)
	}
	return f
}

// TopicDone is the set of checklist keys a topic has on record: the items
// ticked, each related unit that agreed (二十四) and the legal opinion.
func TopicDone(checks []data.TopicCheck, units []data.TopicUnit, legal data.LegalOpinion) map[string]bool {
	done := map[string]bool{}
	for _, c := range checks {
		done[c.Key] = true
	}
	for _, u := range units {
		if u.Opinion == data.OpinionAgree {
			done["24.consult:"+u.UnitName] = true
		}
	}
	if legal.Recorded() {
		done[KeyLegalOpinion] = true
	}
	return done
}

// UnitsAgreed tells whether every related unit agrees (四十一 step 1); a
// unit with a differing opinion, or none yet, holds the topic back.
func UnitsAgreed(units []data.TopicUnit) bool {
	for _, u := range units {
		if u.Opinion != data.OpinionAgree {
			return false
		}
	}
	return true
}

// CopiesReceived is the fewest paper copies of any material: every
// material needs its three copies (四十一 step 4); none without materials.
func CopiesReceived(ms []data.TopicMaterial) int {
	if len(ms) == 0 {
		return 0
	}
	least := ms[0].Copies
	for _, m := range ms[1:] {
		least = min(least, m.Copies)
	}
	return least
}

// MayorMatters turns a topic's clause-八 flags into RouteMatter's matters.
func MayorMatters(fs []data.DocFlag) []MayorMatter {
	var out []MayorMatter
	for _, f := range fs {
		out = append(out, MayorMatter(f))
	}
	return out
}

// nextTopicStep is the usual forward step from each state, whose missing
// items a topic list shows.
var nextTopicStep = map[data.TopicState]data.TopicState{
	data.TopicResearch: data.TopicReported, data.TopicLegal: data.TopicReported, data.TopicReported: data.TopicDeclared, data.TopicDeclared: data.TopicCollected,
	data.TopicCollected: data.TopicApproved, data.TopicApproved: data.TopicNoticed, data.TopicDeferred: data.TopicCollected, data.TopicReturned: data.TopicResearch,
}

// NextTopicStep is the usual forward step from s; false once the topic is
// in the notice or deliberated.
func NextTopicStep(s data.TopicState) (data.TopicState, bool) {
	to, ok := nextTopicStep[s]
	return to, ok
}

// Opinions25 are the opinions clause 二十五 allows a topic to record: of the
// 民主党派, 社会团体, 专家学者 and the public. None is required.
var Opinions25 = []Requirement{
	{Key: "25.parties", Clause: c25, Label: "民主党派意见"},
	{Key: "25.groups", Clause: c25, Label: "社会团体意见"},
	{Key: "25.experts", Clause: c25, Label: "专家学者意见"},
	{Key: "25.public", Clause: c25, Label: "社会公众意见"},
}
