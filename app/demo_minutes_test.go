package app

import (
	"context"
	"testing"
	"time"

	"huiwu/data"
	"huiwu/data/demo"
	"huiwu/data/store"
)

// The demo's 纪要 stand at every stage of the chain (one signed and then
// corrected), and its tasks in every status as of the demo's today.
func TestDemoMinutesAndTasksCoverEveryState(t *testing.T) {
	s, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	if err := loadDemo(ctx, s, 1); err != nil {
		t.Fatal(err)
	}
	ns, err := s.MinutesList(ctx, data.MinutesFilter{})
	if err != nil {
		t.Fatal(err)
	}
	stages := map[data.MinutesStage]int{}
	corrected := 0
	for _, n := range ns {
		stages[n.Stage]++
		vs, err := s.MinutesVersions(ctx, n.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range vs {
			if v.Kind == data.VersionCorrection {
				corrected++
			}
		}
	}
	for _, st := range []data.MinutesStage{data.MinutesDraft, data.MinutesReview, data.MinutesReviewed, data.MinutesSigned} {
		if stages[st] == 0 {
			t.Errorf("no demo 纪要 at %s: %v", st, stages)
		}
	}
	if corrected != 1 {
		t.Errorf("%d corrections", corrected)
	}
	s.Now = func() time.Time { return demo.Today.Add(9 * time.Hour) }
	ts, err := s.Tasks(ctx, data.TaskFilter{})
	if err != nil {
		t.Fatal(err)
	}
	states, sources, late := map[string]int{}, map[data.TaskSource]int{}, 0
	for _, x := range ts {
		states[x.State(demo.Today)]++
		sources[x.Source]++
		if x.Late() {
			late++
		}
	}
	for _, st := range []string{"待办", "办理中", "已办结", "逾期"} {
		if states[st] == 0 {
			t.Errorf("no demo task %s: %v", st, states)
		}
	}
	if len(sources) != len(data.TaskSources) || late == 0 {
		t.Errorf("sources %v, closed late %d", sources, late)
	}
}
