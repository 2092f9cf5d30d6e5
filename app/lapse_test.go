package app

import (
	"context"
	"testing"
	"time"

	"huiwu/data"
	"huiwu/data/demo"
	"huiwu/data/store"
)

// The background check records the lapse on start, without waiting an hour.
func TestLapseCheckRunsOnStart四十八(t *testing.T) {
	s, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	if err := s.LoadRoster(ctx, demo.Roster(1)); err != nil {
		t.Fatal(err)
	}
	units, _ := s.Units(ctx)
	d, err := s.SaveDocument(ctx, data.Document{
		Kind: data.DocLetter, Title: "关于商请支持的函", UnitID: units[3].ID,
		Received: time.Date(2026, 9, 28, 0, 0, 0, 0, time.UTC), Intake: data.Intake{ViaOffice: true},
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.StartCountersign(ctx, d.ID, []int64{units[4].ID}, d.Received); err != nil {
		t.Fatal(err)
	}
	s.Now = func() time.Time { return time.Date(2026, 10, 14, 9, 0, 0, 0, time.UTC) }
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() { lapseCheck(s, stop, time.Hour); close(done) }()
	deadline := time.Now().Add(5 * time.Second)
	for {
		cs, err := s.Countersigns(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if cs[0].Reply == data.ReplyLapsed {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no lapse recorded on start")
		}
		time.Sleep(20 * time.Millisecond)
	}
	close(stop)
	<-done
}
