package app

import (
	"context"
	"testing"

	"huiwu/data"
	"huiwu/rules"
)

// The demo's topics reach every step the demo year allows, with a late
// declaration through the exception, a carried-over deferral and a return,
// each move audited.
func TestDemoTopicsInEveryState(t *testing.T) {
	s := demoStore(t)
	ctx := context.Background()
	ts, err := s.Topics(ctx, data.TopicFilter{})
	if err != nil {
		t.Fatal(err)
	}
	states := map[data.TopicState]int{}
	outcomes := map[string]int{}
	late, carried := 0, 0
	for _, tp := range ts {
		states[tp.State]++
		outcomes[tp.Outcome]++
		if tp.LateApproval != "" {
			late++
		}
		d, err := s.Topic(ctx, tp.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range d.Moves {
			if m.To == data.TopicCollected && (m.From == data.TopicDeferred || m.From == data.TopicDeliberated) {
				carried++
			}
		}
	}
	for _, st := range data.TopicStates {
		if states[st] == 0 {
			t.Errorf("no demo topic %s", rules.TopicStateName(st))
		}
	}
	for _, o := range rules.TopicOutcomes {
		if o != rules.OutcomeRevise && outcomes[string(o)] == 0 {
			t.Errorf("no demo topic %s", rules.OutcomeName(o))
		}
	}
	if late != 1 || carried != 2 {
		t.Errorf("late %d, carried over %d", late, carried)
	}
	if r, err := s.VerifyAudit(ctx); err != nil || !r.OK() {
		t.Errorf("audit %+v %v", r, err)
	}
}
