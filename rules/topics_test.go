package rules

import (
	"strings"
	"testing"
	"time"

	"huiwu/data"
)

// 二十二 and 二十四: the checklist follows the flags.
func TestTopicChecklist二十二二十四(t *testing.T) {
	tests := []struct {
		name string
		f    TopicFlags
		want []string // keys
	}{
		{"plain topic needs nothing", TopicFlags{}, nil},
		{
			"major decision: three procedures, then the legal review once as its opinion; 集体讨论决定 is the meeting",
			TopicFlags{MajorDecision: true},
			[]string{"22.public", "22.experts", "22.risk", "41.legal_opinion"},
		},
		{
			"department's major matter: five assessments, each unit and town consulted",
			TopicFlags{DeptMajor: true, RelatedUnits: []string{"财政局"}, Towns: []string{"天目湖镇"}},
			[]string{"24.legal", "24.necessity", "24.science", "24.feasibility", "24.control", "24.consult:财政局", "24.town:天目湖镇"},
		},
		{"public interest: stability risk assessment", TopicFlags{PublicInterest: true}, []string{"24.stability"}},
		{"normative document: legal opinion (五十)", TopicFlags{Normative: true}, []string{"41.legal_opinion"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, r := range TopicChecklist(tt.f) {
				got = append(got, r.Key)
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// 二十三: such subjects only at a 全体会议 or 常务会议, and a follow-up after.
func TestTopicMeetingKind二十三(t *testing.T) {
	budget := TopicFlags{Subjects: []Subject23{SubjectBudget}}
	for _, k := range []data.MeetingKind{data.MeetingPlenary, data.MeetingExecutive} {
		if b := CheckTopicMeetingKind(budget, k); b != nil {
			t.Fatalf("%s refused: %v", k, b)
		}
	}
	for _, k := range []data.MeetingKind{data.MeetingMayorOffice, data.MeetingTopical} {
		if b := CheckTopicMeetingKind(budget, k); b == nil || b.Clause != c23 {
			t.Fatalf("%s accepted for a budget topic", k)
		}
	}
	if CheckTopicMeetingKind(TopicFlags{}, data.MeetingTopical) != nil {
		t.Fatal("an ordinary topic refused at a topical meeting")
	}
	if FollowUp23(budget, true, false) == "" || FollowUp23(budget, true, true) != "" || FollowUp23(budget, false, false) != "" {
		t.Fatal("follow-up 报请市委/市人大常委会决定 wrong")
	}
}

// 四十一: declaration closes on the 15th of the meeting's month.
func TestDeclarationDeadline四十一(t *testing.T) {
	meeting := day("2026-12-28")
	tests := []struct {
		name     string
		d        Deadline
		declared string
		late     bool
	}{
		{"the 14th is in time", DefaultDeadline, "2026-12-14", false},
		{"the 15th itself is in time by default", DefaultDeadline, "2026-12-15", false},
		{"the 16th is late", DefaultDeadline, "2026-12-16", true},
		{"an earlier month is in time", DefaultDeadline, "2026-11-30", false},
		{"the 15th is late when the day is exclusive", Deadline{Day: 15}, "2026-12-15", true},
		{"a deadline day of 20 moves it", Deadline{Day: 20, Inclusive: true}, "2026-12-18", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.d.Late(day(tt.declared), meeting); got != tt.late {
				t.Fatalf("Late(%s) = %v", tt.declared, got)
			}
		})
	}
}

// 四十一: the seven steps, allowed moves only, each refusal naming what is missing.
func TestTopicMoves四十一(t *testing.T) {
	legal := TopicFlags{Normative: true}
	tests := []struct {
		name     string
		from, to data.TopicState
		ev       TopicEvidence
		missing  string // "" = allowed
	}{
		{"research to reported with agreement", data.TopicResearch, data.TopicReported, TopicEvidence{UnitsAgreed: true}, ""},
		{"no agreement yet", data.TopicResearch, data.TopicReported, TopicEvidence{}, "协商一致"},
		{"legal review applies but no opinion", data.TopicResearch, data.TopicReported, TopicEvidence{Flags: legal, UnitsAgreed: true}, "合法性审查意见书"},
		{"declared with two copies", data.TopicReported, data.TopicDeclared, TopicEvidence{CopiesReceived: 2}, "已收 2 份"},
		{"declared with three copies", data.TopicReported, data.TopicDeclared, TopicEvidence{CopiesReceived: 3, HasMeeting: true}, ""},
		{"late without the mayor's approval", data.TopicReported, data.TopicDeclared, TopicEvidence{CopiesReceived: 3, Late: true, Done: map[string]bool{"41.legal_opinion": true}}, "须经市长同意"},
		{"late without the legal opinion", data.TopicReported, data.TopicDeclared, TopicEvidence{CopiesReceived: 3, Late: true, MayorApprovedLate: true}, "须附《合法性审查意见书》"},
		{"late with both", data.TopicReported, data.TopicDeclared, TopicEvidence{CopiesReceived: 3, HasMeeting: true, Late: true, MayorApprovedLate: true, Done: map[string]bool{"41.legal_opinion": true}}, ""},
		{"checklist incomplete", data.TopicReported, data.TopicDeclared, TopicEvidence{CopiesReceived: 3, Flags: TopicFlags{PublicInterest: true}}, "社会稳定风险评估"},
		{"nothing added after the notice", data.TopicCollected, data.TopicApproved, TopicEvidence{NoticeIssued: true}, "会议通知已发出"},
		{"deferral needs a reason", data.TopicCollected, data.TopicDeferred, TopicEvidence{}, "理由"},
		{"deferred topic carries over", data.TopicDeferred, data.TopicCollected, TopicEvidence{}, ""},
		{"no skipping to the notice", data.TopicDeclared, data.TopicNoticed, TopicEvidence{}, "不能从"},
		{"no going back from deliberated", data.TopicDeliberated, data.TopicResearch, TopicEvidence{}, "不能从"},
		{"declared without a meeting", data.TopicReported, data.TopicDeclared, TopicEvidence{CopiesReceived: 3}, "拟提交的会议"},
		{"deliberated needs an outcome", data.TopicNoticed, data.TopicDeliberated, TopicEvidence{}, "审议结果"},
		{"deliberated with an unknown outcome", data.TopicNoticed, data.TopicDeliberated, TopicEvidence{Outcome: "maybe"}, "审议结果"},
		{"deliberated and passed", data.TopicNoticed, data.TopicDeliberated, TopicEvidence{Outcome: OutcomePassed}, ""},
		{"revise carries over to a later meeting", data.TopicDeliberated, data.TopicCollected, TopicEvidence{Outcome: OutcomeRevise}, ""},
		{"deferred at the meeting carries over", data.TopicDeliberated, data.TopicCollected, TopicEvidence{Outcome: OutcomeDeferred}, ""},
		{"a passed topic does not carry over", data.TopicDeliberated, data.TopicCollected, TopicEvidence{Outcome: OutcomePassed}, "修改后再议"},
		{"returned goes back to research", data.TopicReturned, data.TopicResearch, TopicEvidence{}, ""},
		{"return needs a reason", data.TopicCollected, data.TopicReturned, TopicEvidence{}, "理由"},
		{"return with a reason", data.TopicCollected, data.TopicReturned, TopicEvidence{Reason: "材料不全"}, ""},
		{"approved to the notice", data.TopicApproved, data.TopicNoticed, TopicEvidence{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckTopicMove(tt.from, tt.to, tt.ev)
			if tt.missing == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.missing) {
				t.Fatalf("got %v, want a refusal naming %q", err, tt.missing)
			}
		})
	}
}

// 二十二: 集体讨论决定 is the meeting that decides the topic, recorded then
// with the meeting's day; a topic carried over has not been decided yet.
func TestCollective二十二(t *testing.T) {
	m := data.Meeting{Title: "第12次常务会议", Kind: data.MeetingExecutive, Start: time.Date(2026, 9, 18, 9, 0, 0, 0, time.UTC)}
	major := TopicFlags{MajorDecision: true}
	tests := []struct {
		name string
		f    TopicFlags
		o    TopicOutcome
		want string // the note; "" when nothing is recorded
	}{
		{"passed: recorded as the meeting's decision", major, OutcomePassed, "经市政府常务会议「第12次常务会议」集体讨论决定：通过（第二十二条）"},
		{"rejected: the meeting decided all the same", major, OutcomeRejected, "经市政府常务会议「第12次常务会议」集体讨论决定：不通过（第二十二条）"},
		{"修改后再议: carried over, not decided", major, OutcomeRevise, ""},
		{"暂缓: carried over, not decided", major, OutcomeDeferred, ""},
		{"not a major decision: no procedure to record", TopicFlags{Normative: true}, OutcomePassed, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := Collective22(tt.f, m, tt.o)
			if tt.want == "" {
				if ok {
					t.Fatalf("recorded %+v", c)
				}
				return
			}
			if !ok || c.Key != KeyCollective || c.Note != tt.want || !c.DoneOn.Equal(m.Day()) {
				t.Fatalf("got %+v %v, want %q on %s", c, ok, tt.want, m.Day())
			}
		})
	}
}

// 二十二 with 四十一: a late major decision without its legal opinion is
// asked for the 意见书 once, not as a checklist item and again as lateness.
func TestLateLegalOpinionOnce二十二(t *testing.T) {
	ev := TopicEvidence{
		Flags: TopicFlags{MajorDecision: true}, Done: map[string]bool{"22.public": true, "22.experts": true, "22.risk": true},
		CopiesReceived: 3, HasMeeting: true, Late: true, MayorApprovedLate: true,
	}
	got := TopicMissing(data.TopicReported, data.TopicDeclared, ev)
	if len(got) != 1 || got[0] != "合法性审查：司法局《合法性审查意见书》（第二十二条）" {
		t.Fatalf("missing %q", got)
	}
	ev.Flags = TopicFlags{}
	if got := TopicMissing(data.TopicReported, data.TopicDeclared, ev); len(got) != 1 || got[0] != "逾期申报须附《合法性审查意见书》（第四十一条）" {
		t.Fatalf("a late plain topic: missing %q", got)
	}
}

// TestOnAgenda四十一 pins which states put a topic on its meeting's agenda:
// the printed agenda holds what the 市长 put on the meeting (step 6) and
// what the notice and the meeting carried on; the secretary's draft agenda
// also holds what was collected for his decision (step 5).
func TestOnAgenda四十一(t *testing.T) {
	cases := []struct {
		state         data.TopicState
		agenda, draft bool
	}{
		{data.TopicResearch, false, false},
		{data.TopicLegal, false, false},
		{data.TopicReported, false, false},
		{data.TopicDeclared, false, false},
		{data.TopicCollected, false, true},
		{data.TopicApproved, true, true},
		{data.TopicDeferred, false, false},
		{data.TopicReturned, false, false},
		{data.TopicNoticed, true, true},
		{data.TopicDeliberated, true, true},
	}
	if len(cases) != len(data.TopicStates) {
		t.Fatalf("%d states in the table, %d in data.TopicStates: a new state needs its row", len(cases), len(data.TopicStates))
	}
	for _, c := range cases {
		if got := OnAgenda(c.state); got != c.agenda {
			t.Errorf("OnAgenda(%s) = %v, want %v", TopicStateName(c.state), got, c.agenda)
		}
		if got := OnDraftAgenda(c.state); got != c.draft {
			t.Errorf("OnDraftAgenda(%s) = %v, want %v", TopicStateName(c.state), got, c.draft)
		}
	}
}
