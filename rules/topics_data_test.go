package rules

import (
	"strings"
	"testing"
	"time"

	"huiwu/data"
)

// 四十一 step 4: every material needs its three paper copies; the fewest counts.
func TestCopiesReceived四十一(t *testing.T) {
	tests := []struct {
		name string
		ms   []data.TopicMaterial
		want int
	}{
		{"no materials, no copies", nil, 0},
		{"one material", []data.TopicMaterial{{Copies: 3}}, 3},
		{"the fewest counts", []data.TopicMaterial{{Copies: 5}, {Copies: 2}, {Copies: 4}}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CopiesReceived(tt.ms); got != tt.want {
				t.Fatalf("got %d, want %d", got, tt.want)
			}
		})
	}
}

// 二十四 and 四十一 step 1: the related units agree, each one's agreement is a
// checklist item done; a differing opinion or none holds the topic back.
func TestTopicDoneAndAgreement二十四(t *testing.T) {
	units := []data.TopicUnit{{UnitName: "市财政局", Opinion: data.OpinionAgree}, {UnitName: "市发改委", Opinion: data.OpinionDiffer, Text: "资金来源未落实"}}
	done := TopicDone([]data.TopicCheck{{Key: "24.stability"}}, units, data.LegalOpinion{Number: "溧司审〔2026〕3号", Date: time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC), Conclusion: "合法"})
	for key, want := range map[string]bool{"24.stability": true, "24.consult:市财政局": true, "24.consult:市发改委": false, "41.legal_opinion": true} {
		if done[key] != want {
			t.Errorf("done[%s] = %v, want %v", key, done[key], want)
		}
	}
	if UnitsAgreed(units) {
		t.Error("a unit with a differing opinion counted as agreeing")
	}
	if !UnitsAgreed(units[:1]) || !UnitsAgreed(nil) {
		t.Error("agreeing units (or none) not counted as agreeing")
	}
	if TopicDone(nil, nil, data.LegalOpinion{Number: "x"})["41.legal_opinion"] {
		t.Error("an opinion without date and conclusion counted as recorded")
	}
}

// 二十三: the follow-up is due after a decision, not after 修改后再议.
func TestOutcomeDecided二十三(t *testing.T) {
	for _, o := range TopicOutcomes {
		want := o == OutcomePassed || o == OutcomePrinciple
		if o.Decided() != want {
			t.Errorf("%s decided = %v", OutcomeName(o), o.Decided())
		}
		if OutcomeName(o) == "" {
			t.Errorf("%s has no name", o)
		}
	}
}

// 四十一: every move outside the seven steps is refused, whatever is on
// record, and names the step it breaks; every allowed move names what it
// lacks when given nothing.
func TestEveryTopicMove四十一(t *testing.T) {
	full := TopicEvidence{
		Done: map[string]bool{"41.legal_opinion": true}, UnitsAgreed: true, CopiesReceived: 3, HasMeeting: true,
		MayorApprovedLate: true, Reason: "理由", Outcome: OutcomeRevise,
	}
	for _, from := range data.TopicStates {
		for _, to := range data.TopicStates {
			err := CheckTopicMove(from, to, full)
			allowed := TopicMoveAllowed(from, to)
			switch {
			case !allowed && (err == nil || !strings.Contains(err.Error(), "不能从")):
				t.Errorf("%s → %s: %v, want refused as outside the steps", from, to, err)
			case allowed && to == data.TopicDeliberated:
				if err := CheckTopicMove(from, to, TopicEvidence{Outcome: OutcomePassed}); err != nil {
					t.Errorf("%s → %s: %v", from, to, err)
				}
			case allowed && err != nil:
				t.Errorf("%s → %s refused with everything on record: %v", from, to, err)
			}
		}
	}
}

// 二十五: the opinions of parties, groups, experts and the public may be
// recorded, and none of them holds a topic back.
func TestOpinions25AreOptional二十五(t *testing.T) {
	f := TopicFlags{MajorDecision: true, DeptMajor: true, PublicInterest: true, RelatedUnits: []string{"市财政局"}, Towns: []string{"溧城街道"}}
	for _, o := range Opinions25 {
		for _, r := range TopicChecklist(f) {
			if r.Key == o.Key {
				t.Errorf("%s is required", o.Label)
			}
		}
	}
	if len(Opinions25) != 4 {
		t.Errorf("%d opinions", len(Opinions25))
	}
}
