package app

import (
	"context"
	"strings"
	"testing"

	"huiwu/data"
	"huiwu/data/store"
)

// A drafted 纪要 is listed with its number and the next step of its chain.
func TestMinutesList四十六(t *testing.T) {
	dir := t.TempDir()
	if code, _, errs := huiwu(t, "--data", dir, "demo"); code != 0 {
		t.Fatalf("demo: %s", errs)
	}
	s, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	ms, err := s.Meetings(ctx, data.MeetingFilter{Kind: data.MeetingExecutive, Status: data.StatusHeld})
	if err != nil || len(ms) == 0 {
		s.Close()
		t.Fatalf("no held 常务会议 in the demo: %v", err)
	}
	id, err := s.MinutesForMeeting(ctx, ms[0].ID)
	if err == nil && id == 0 {
		_, err = s.DraftMinutes(ctx, ms[0].ID)
	}
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	code, out, errs := huiwu(t, "--data", dir, "minutes", "list", "--stage", "起草中")
	if code != 0 || !strings.Contains(out, "第1期") || !strings.Contains(out, "起草（市政府办公室）") {
		t.Fatalf("minutes list: %d %s %s", code, out, errs)
	}
	if code, _, _ := huiwu(t, "--data", dir, "minutes", "list", "--stage", "盖章"); code != 2 {
		t.Fatalf("unknown stage: exit %d", code)
	}
	if code, _, _ := huiwu(t, "--data", dir, "minutes"); code != 2 {
		t.Fatalf("no sub-command: exit %d", code)
	}
}
