package app

import (
	"context"
	"testing"
	"time"

	"huiwu/data"
	"huiwu/data/store"
)

// The demonstration year has a document in every state, countersigns on
// time, extended, lapsed into 无不同意见 across the National Day holiday,
// and one overdue on the demo's today.
func TestDemoDocumentsCoverEveryState(t *testing.T) {
	s := demoStore(t)
	s.Now = func() time.Time { return time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC) }
	ctx := context.Background()
	docs, err := s.Documents(ctx, data.DocFilter{})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[data.DocStatus]bool{}
	for _, d := range docs {
		seen[d.Status] = true
	}
	for _, st := range data.DocStatuses {
		if !seen[st] {
			t.Errorf("no demo document is %s", st)
		}
	}
	signs, err := s.Countersigns(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var lapsedNationalDay, extended, overdue, onTime bool
	for _, c := range signs {
		switch {
		case c.Reply == data.ReplyLapsed && c.RepliedOn.Format(data.DateLayout) == "2026-10-14":
			lapsedNationalDay = true
		case c.Overdue:
			overdue = true
		case c.Reply != data.ReplyNone && !c.RepliedOn.After(c.Due):
			onTime = true
		}
		if !c.ExtendedTo.IsZero() && c.Reply != data.ReplyNone {
			extended = true
		}
	}
	if !lapsedNationalDay || !extended || !overdue || !onTime {
		t.Errorf("lapsed %v extended %v overdue %v on time %v", lapsedNationalDay, extended, overdue, onTime)
	}
	// 十九: the government's own document is reported within the office's
	// time limit (30 days unless set), not the towns' 15 days.
	filing, err := s.AwaitingFiling(ctx)
	if err != nil || len(filing) != 1 || filing[0].FilingDue.Format(data.DateLayout) != "2026-12-05" {
		t.Errorf("awaiting filing %+v %v", filing, err)
	}
}

// demoStore is the demonstration year loaded by `huiwu demo` into a new
// folder, opened; it is closed when the test ends.
func demoStore(t *testing.T) *store.Store {
	t.Helper()
	dir := t.TempDir()
	if code, _, errs := huiwu(t, "--data", dir, "demo"); code != 0 {
		t.Fatalf("demo: %s", errs)
	}
	s, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
