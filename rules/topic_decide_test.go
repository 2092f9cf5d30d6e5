package rules

import (
	"slices"
	"testing"
	"time"

	"huiwu/data"
)

// refusedUnder checks err is a work-rule refusal with exactly msg, under c,
// overridable or not as want.
func refusedUnder(t *testing.T, err error, c data.Clause, overridable bool, msg string) {
	t.Helper()
	re, ok := data.RuleRefusal(err)
	if !ok {
		t.Fatalf("got %v, want a refusal under %s", err, c)
	}
	if !slices.Equal(re.Clauses, []data.Clause{c}) || re.Overridable != overridable || re.Error() != msg {
		t.Fatalf("got %q %v overridable=%v, want %q [%s] overridable=%v", re.Error(), re.Clauses, re.Overridable, msg, c, overridable)
	}
}

// 四十一: a move decided over what is on record — the fields written, the
// override kept only when something is missing, the audit detail.
func TestDecideTopicMove四十一(t *testing.T) {
	today := time.Date(2026, 11, 20, 15, 30, 0, 0, time.Local)
	agreed := TopicEvidence{UnitsAgreed: true, Done: map[string]bool{}, HasMeeting: true, CopiesReceived: 3}
	topic := data.Topic{ID: 7, Title: "议题甲", MeetingID: 3, State: data.TopicReported, StateReason: "旧理由", Outcome: ""}
	t.Run("declared: the day of the change, no override kept for nothing", func(t *testing.T) {
		d, err := DecideTopicMove(topic, data.TopicMove{To: data.TopicDeclared, Override: "无须"}, agreed, today)
		if err != nil {
			t.Fatal(err)
		}
		if d.Topic.State != data.TopicDeclared || d.Topic.DeclaredOn.Format(data.DateLayout) != "2026-11-20" || d.Override != "" || d.FeedObservers {
			t.Fatalf("got %+v", d)
		}
		if d.Audit["clause"] != "四十一" || d.Audit["from"] != data.TopicReported || d.Audit["to"] != data.TopicDeclared || d.Audit["meeting"] != int64(3) {
			t.Fatalf("audit %v", d.Audit)
		}
		if _, ok := d.Audit["override"]; ok {
			t.Fatalf("audit %v names an override for a move lacking nothing", d.Audit)
		}
	})
	t.Run("declared without copies: refused overridably, then let through with the reason", func(t *testing.T) {
		ev := agreed
		ev.CopiesReceived = 1
		_, err := DecideTopicMove(topic, data.TopicMove{To: data.TopicDeclared}, ev, today)
		refusedUnder(t, err, c41, true, "议题不能改为「已申报」，尚缺：三份纸质材料（已收 1 份，第四十一条第四步）")
		d, err := DecideTopicMove(topic, data.TopicMove{To: data.TopicDeclared, Override: "材料次日补齐"}, ev, today)
		if err != nil || d.Override != "材料次日补齐" || d.Audit["override"] != "材料次日补齐" ||
			!slices.Equal(d.Audit["missing"].([]string), []string{"三份纸质材料（已收 1 份，第四十一条第四步）"}) {
			t.Fatalf("override: %v %+v", err, d)
		}
	})
	t.Run("a step out of order is refused whatever the override", func(t *testing.T) {
		_, err := DecideTopicMove(topic, data.TopicMove{To: data.TopicNoticed, Override: "领导要求"}, agreed, today)
		refusedUnder(t, err, c41, false, "议题不能从「已汇报市长」改为「已列入通知」（第四十一条规定的步骤）")
	})
	t.Run("deferred needs its reason, which no override replaces; the reason is kept", func(t *testing.T) {
		coll := topic
		coll.State = data.TopicCollected
		_, err := DecideTopicMove(coll, data.TopicMove{To: data.TopicDeferred, Override: "x"}, agreed, today)
		refusedUnder(t, err, c41, false, "议题不能改为「暂缓」，尚缺：暂缓或退回的理由")
		d, err := DecideTopicMove(coll, data.TopicMove{To: data.TopicDeferred, Reason: "待资金方案明确"}, agreed, today)
		if err != nil || d.Topic.StateReason != "待资金方案明确" || d.Topic.DeclaredOn != coll.DeclaredOn {
			t.Fatalf("deferred: %v %+v", err, d.Topic)
		}
	})
	t.Run("approved feeds the observers; deliberated records the outcome; carried over clears it", func(t *testing.T) {
		coll := topic
		coll.State = data.TopicCollected
		if d, err := DecideTopicMove(coll, data.TopicMove{To: data.TopicApproved}, agreed, today); err != nil || !d.FeedObservers {
			t.Fatalf("approved: %v %+v", err, d)
		}
		noticed := topic
		noticed.State = data.TopicNoticed
		d, err := DecideTopicMove(noticed, data.TopicMove{To: data.TopicDeliberated, Outcome: string(OutcomeRevise), Reason: "补充测算"}, agreed, today)
		if err != nil || d.Topic.Outcome != string(OutcomeRevise) || d.Topic.StateReason != "补充测算" || d.Audit["outcome"] != string(OutcomeRevise) {
			t.Fatalf("deliberated: %v %+v", err, d.Topic)
		}
		ev := agreed
		ev.Outcome = OutcomeRevise
		d, err = DecideTopicMove(d.Topic, data.TopicMove{To: data.TopicCollected}, ev, today)
		if err != nil || d.Topic.Outcome != "" || d.Topic.State != data.TopicCollected {
			t.Fatalf("carried over: %v %+v", err, d.Topic)
		}
	})
}

// 四十一 step 7: the content of a topic in the notice or deliberated is
// fixed; only a topic in research may be deleted; the agenda is fixed once
// the notice is out; a meeting changes only as the topic is collected.
func TestTopicFrozen四十一(t *testing.T) {
	// 已 is said once: 「已审议」, 「已暂缓」, never 「已已审议」.
	refusedUnder(t, TopicEditable(data.Topic{Title: "议题乙", State: data.TopicDeliberated}), c41, false, "议题「议题乙」已审议，内容已固定，不能再修改（第四十一条第七步）")
	refusedUnder(t, TopicDeletable(data.Topic{Title: "议题乙", State: data.TopicDeferred}), c41, false, "议题「议题乙」已暂缓，不能删除；不再上会的议题请退回或暂缓")
	for _, st := range data.TopicStates {
		tp := data.Topic{Title: "议题乙", State: st}
		err := TopicEditable(tp)
		if frozen := st == data.TopicNoticed || st == data.TopicDeliberated; !frozen && err != nil {
			t.Fatalf("%s: %v", st, err)
		} else if frozen {
			refusedUnder(t, err, c41, false, "议题「议题乙」"+already(TopicStateName(st))+"，内容已固定，不能再修改（第四十一条第七步）")
		}
		err = TopicDeletable(tp)
		if st == data.TopicResearch && err != nil {
			t.Fatalf("research topic not deletable: %v", err)
		} else if st != data.TopicResearch {
			refusedUnder(t, err, c41, false, "议题「议题乙」"+already(TopicStateName(st))+"，不能删除；不再上会的议题请退回或暂缓")
			if data.ErrorCode(err) != data.EReferenced {
				t.Fatalf("%s: code %v, want EReferenced", st, data.ErrorCode(err))
			}
		}
	}
	if err := AgendaOpen(data.Meeting{Title: "常务会议", Status: data.StatusPlanning}); err != nil {
		t.Fatal(err)
	}
	refusedUnder(t, AgendaOpen(data.Meeting{Title: "常务会议", Status: data.StatusNotified}), c41, false, "会议「常务会议」的通知已发出，议程已固定（第四十一条第七步）")
	if err := TopicMeetingChange(data.TopicCollected); err != nil {
		t.Fatal(err)
	}
	refusedUnder(t, TopicMeetingChange(data.TopicApproved), c41, false, "只有转入汇总时才能改换会议（暂缓或再议的议题转入以后的会议）")
	if LateApproval("11月18日市长批示同意") != nil {
		t.Fatal("a written approval refused")
	}
	refusedUnder(t, LateApproval(""), c41, false, "请写明市长同意逾期申报的方式和日期（第四十一条）")
}

// 四十一: the moves a screen offers; a decided topic goes nowhere.
func TestTopicMovesOffered四十一(t *testing.T) {
	tests := []struct {
		state   data.TopicState
		outcome TopicOutcome
		want    []data.TopicState
	}{
		{data.TopicResearch, "", []data.TopicState{data.TopicLegal, data.TopicReported}},
		{data.TopicCollected, "", []data.TopicState{data.TopicApproved, data.TopicDeferred, data.TopicReturned}},
		{data.TopicDeliberated, OutcomeDeferred, []data.TopicState{data.TopicCollected}},
		{data.TopicDeliberated, OutcomePassed, nil},
	}
	for _, tt := range tests {
		if got := TopicMoves(data.Topic{State: tt.state, Outcome: string(tt.outcome)}); !slices.Equal(got, tt.want) {
			t.Errorf("%s/%s: got %v, want %v", tt.state, tt.outcome, got, tt.want)
		}
	}
	if !TopicCarriedOver(data.TopicDeferred, data.TopicCollected) || !TopicCarriedOver(data.TopicDeliberated, data.TopicCollected) || TopicCarriedOver(data.TopicDeclared, data.TopicCollected) {
		t.Fatal("carry-over misjudged")
	}
}

// 二十三: its subjects only at a 全体会议 or 常务会议, and the report after a
// decision is due only for them.
func TestTopicSubject二十三(t *testing.T) {
	budget := TopicFlags{Subjects: []Subject23{SubjectBudget}}
	if TopicOnMeeting(budget, data.MeetingExecutive) != nil {
		t.Fatal("budget refused at a 常务会议")
	}
	refusedUnder(t, TopicOnMeeting(budget, data.MeetingTopical), c23, false,
		"议题涉及第二十三条所列事项，只能提交市政府全体会议或常务会议讨论决定，不能提交"+KindName(data.MeetingTopical))
	refusedUnder(t, FollowUpNote(""), c23, false, "请写明报请市委或市人大常委会决定的情况（第二十三条）")
	decided := data.Topic{Title: "预算", Outcome: string(OutcomePassed), Flags: data.TopicFlags{Subjects: []string{"budget"}}}
	if FollowUpDue(decided) != nil {
		t.Fatal("report refused for a decided budget topic")
	}
	decided.Outcome = string(OutcomeRevise)
	refusedUnder(t, FollowUpDue(decided), c23, false, "议题「预算」不是已作出决定的第二十三条事项，无须报请")
}

// 二十四: a related unit that differs says how.
func TestUnitOpinion二十四(t *testing.T) {
	if UnitOpinion(data.TopicUnit{Opinion: data.OpinionAgree}) != nil || UnitOpinion(data.TopicUnit{Opinion: data.OpinionDiffer, Text: "资金来源未落实"}) != nil {
		t.Fatal("a complete opinion refused")
	}
	err := UnitOpinion(data.TopicUnit{Opinion: data.OpinionDiffer})
	refusedUnder(t, err, c24, false, "议题未保存：「单位意见」有不同意见时请写明意见内容（第二十四条）")
	if ps := data.ProblemsOf(err); len(ps) != 1 || ps[0].Field != "单位意见" || ps[0].Message != "有不同意见时请写明意见内容（第二十四条）" {
		t.Fatalf("problems %+v", ps)
	}
}
