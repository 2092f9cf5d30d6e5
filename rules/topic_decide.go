package rules

import (
	"fmt"
	"slices"
	"time"

	"huiwu/data"
)

// The decisions on a topic's changes: the store loads the topic and what is
// on record, asks here what happens, and writes what it is told — or passes
// the refusal on. Every refusal of the topic workflow is made in this
// package.

// TopicMoves are the steps a secretary may choose for t: the moves of the
// seven steps (四十一), where a deliberated topic goes on to a later meeting
// only when the meeting did not decide it (修改后再议, 暂缓).
func TopicMoves(t data.Topic) []data.TopicState {
	if t.State == data.TopicDeliberated && !TopicOutcome(t.Outcome).CarriesOver() {
		return nil
	}
	return NextTopicStates(t.State)
}

// TopicCarriedOver tells whether the move from → to carries the topic over
// to a later meeting, which the secretary then chooses: a 暂缓 topic, or one
// the meeting sent back, collected again.
func TopicCarriedOver(from, to data.TopicState) bool {
	return to == data.TopicCollected && (from == data.TopicDeferred || from == data.TopicDeliberated)
}

// TopicFrozen tells whether t's content is fixed: once in the notice, and
// after deliberation (四十一 step 7).
func TopicFrozen(t data.Topic) bool {
	return t.State == data.TopicNoticed || t.State == data.TopicDeliberated
}

// TopicEditable refuses a change to the content of a frozen topic (its
// fields, checklist, opinions, materials, legal opinion, late approval).
func TopicEditable(t data.Topic) error {
	if TopicFrozen(t) {
		return refuse(c41, "议题「%s」%s，内容已固定，不能再修改（第四十一条第七步）", t.Title, already(TopicStateName(t.State)))
	}
	return nil
}

// TopicDeletable allows deleting a topic entered by mistake only while it
// is in research: a declared topic stays on the record of the seven steps
// (四十一), and one that no longer goes to a meeting is returned or deferred.
// The refusal keeps the code of a record others refer to.
func TopicDeletable(t data.Topic) error {
	if t.State == data.TopicResearch {
		return nil
	}
	re := refuse(c41, "议题「%s」%s，不能删除；不再上会的议题请退回或暂缓", t.Title, already(TopicStateName(t.State)))
	re.Err.Code = data.EReferenced
	return re
}

// TopicOnMeeting applies 二十三 to the meeting a topic is put to: refused,
// citing the clause, where CheckTopicMeetingKind finds a breach.
func TopicOnMeeting(f TopicFlags, kind data.MeetingKind) error {
	if b := CheckTopicMeetingKind(f, kind); b != nil {
		return refuse(b.Clause, "%s", b.Message)
	}
	return nil
}

// TopicMeetingChange allows a topic to change its meeting only as it is
// collected (四十一 step 5): a 暂缓 or 再议 topic goes to a later meeting.
func TopicMeetingChange(to data.TopicState) error {
	if to != data.TopicCollected {
		return refuse(c41, "只有转入汇总时才能改换会议（暂缓或再议的议题转入以后的会议）")
	}
	return nil
}

// LateApproval requires the 市长's approval of a late declaration to say
// how and when it was given (四十一).
func LateApproval(note string) error {
	if note == "" {
		return refuse(c41, "请写明市长同意逾期申报的方式和日期（第四十一条）")
	}
	return nil
}

// FollowUpNote requires the report of a decided 二十三 subject to say what
// went to the 市委 or the 市人大常委会.
func FollowUpNote(note string) error {
	if note == "" {
		return refuse(c23, "请写明报请市委或市人大常委会决定的情况（第二十三条）")
	}
	return nil
}

// FollowUpDue allows the report only for a topic of a 二十三 subject that
// the meeting decided; it is recorded after deliberation, when the topic is
// otherwise frozen.
func FollowUpDue(t data.Topic) error {
	if !TopicOutcome(t.Outcome).Decided() || len(t.Flags.Subjects) == 0 {
		return refuse(c23, "议题「%s」不是已作出决定的第二十三条事项，无须报请", t.Title)
	}
	return nil
}

// AgendaOpen allows ordering a meeting's topics until its notice is out
// (四十一 step 7).
func AgendaOpen(m data.Meeting) error {
	if m.Status != data.StatusPlanning {
		return refuse(c41, "会议「%s」的通知已发出，议程已固定（第四十一条第七步）", m.Title)
	}
	return nil
}

// UnitOpinion requires a related unit that differs to say how (二十四).
func UnitOpinion(u data.TopicUnit) error {
	if u.Opinion == data.OpinionDiffer && u.Text == "" {
		return &data.RuleError{Err: &data.Error{Code: data.EInvalid, Message: "议题未保存", Problems: []data.Problem{
			{Field: "单位意见", Message: fmt.Sprintf("有不同意见时请写明意见内容（%s）", c24)},
		}}, Clauses: []data.Clause{c24}}
	}
	return nil
}

// TopicStanding is what a topic's page and list show it still lacks: the
// items missing for its usual next step (nil once in the notice or
// deliberated), and the 二十三 report a decided subject still owes ("" when
// none).
func TopicStanding(t data.Topic, ev TopicEvidence) (missing []string, followUp string) {
	if to, ok := NextTopicStep(t.State); ok {
		missing = TopicMissing(t.State, to, ev)
	}
	return missing, FollowUp23(ev.Flags, TopicOutcome(t.Outcome).Decided(), t.FollowUpDone != "")
}

// TopicMoveDecision is what a move does: the topic's fields after it, the
// override kept with it, and its audit detail.
type TopicMoveDecision struct {
	From, To data.TopicState
	// Topic is the topic after the move: State, StateReason, Outcome and
	// DeclaredOn as they are to be written.
	Topic data.Topic
	// Override is the reason that lets the move go ahead without Missing;
	// "" when nothing is missing, so no override is recorded for nothing.
	Override string
	Missing  []string
	// FeedObservers: the 市长 put the topic on the meeting (step 6), so the
	// heads of the related units attending for it join as 列席.
	FeedObservers bool
	Audit         map[string]any
}

// DecideTopicMove applies the seven steps of 四十一 to the move mv of topic
// t, with ev what is on record (for t's meeting, after any change of it)
// and today the day of the change. A move the steps do not allow is
// refused whatever the override; an allowed one that lacks an item is
// refused naming it, unless mv carries an override reason and the refusal
// may be overridden.
func DecideTopicMove(t data.Topic, mv data.TopicMove, ev TopicEvidence, today time.Time) (TopicMoveDecision, error) {
	from, to := t.State, mv.To
	ev.Reason = mv.Reason
	if to == data.TopicDeliberated {
		ev.Outcome = TopicOutcome(mv.Outcome)
	}
	d := TopicMoveDecision{From: from, To: to, Topic: t, Missing: TopicMissing(from, to, ev), Override: mv.Override}
	if err := CheckTopicMove(from, to, ev); err != nil && (mv.Override == "" || !data.Overridable(err)) {
		return d, err
	}
	if len(d.Missing) == 0 {
		d.Override = ""
	}
	d.Topic.State = to
	if to == data.TopicDeclared {
		d.Topic.DeclaredOn = time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)
	}
	switch {
	case to == data.TopicDeliberated:
		d.Topic.Outcome = mv.Outcome
	case from == data.TopicDeliberated:
		d.Topic.Outcome = "" // carried over: the later meeting decides afresh
	}
	if slices.Contains([]data.TopicState{data.TopicDeferred, data.TopicReturned, data.TopicDeliberated}, to) {
		d.Topic.StateReason = mv.Reason
	}
	d.FeedObservers = to == data.TopicApproved
	d.Audit = map[string]any{
		"clause": c41.Numeral(), "from": from, "to": to, "meeting": t.MeetingID, "reason": mv.Reason,
		"outcome": d.Topic.Outcome, "late": ev.Late,
	}
	if d.Override != "" {
		d.Audit["override"], d.Audit["missing"] = d.Override, d.Missing
	}
	return d, nil
}
