package app

import (
	"context"
	"strings"
	"testing"
	"time"

	"huiwu/data"
	"huiwu/data/store"
)

// withMeeting makes a demo data folder holding one executive meeting.
func withMeeting(t *testing.T) (string, data.Meeting) {
	t.Helper()
	dir := t.TempDir()
	if code, _, errs := huiwu(t, "--data", dir, "demo"); code != 0 {
		t.Fatalf("demo: %s", errs)
	}
	s, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	people, err := s.People(ctx)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Date(2027, 1, 7, 9, 0, 0, 0, time.UTC)
	m := data.Meeting{Title: "2027年市政府第1次常务会议", Kind: data.MeetingExecutive, Start: start, End: start.Add(150 * time.Minute), Place: "三楼会议室", ChairID: people[0].ID, Status: data.StatusPlanning}
	m, _, err = s.SaveMeeting(ctx, m)
	if err != nil {
		t.Fatal(err)
	}
	return dir, m
}

func TestMeetingList(t *testing.T) {
	dir, _ := withMeeting(t)
	code, out, errs := huiwu(t, "--data", dir, "meeting", "list", "--kind", "常务会议", "--year", "2027")
	if code != 0 || !strings.Contains(out, "2027年市政府第1次常务会议") || !strings.Contains(out, "第1次") || !strings.Contains(out, "150分钟") {
		t.Fatalf("list: %d %q %q", code, out, errs)
	}
	// the demo year has one cancelled meeting
	if code, out, _ := huiwu(t, "--data", dir, "meeting", "list", "--status", "已取消"); code != 0 || !strings.Contains(out, "共 1 次会议") || !strings.Contains(out, "已取消") {
		t.Fatalf("filter by status: %d %q", code, out)
	}
	if code, _, errs := huiwu(t, "--data", dir, "meeting", "list", "--kind", "茶话会"); code != 2 || !strings.Contains(errs, "未知会议类型") {
		t.Fatalf("bad kind: %d %q", code, errs)
	}
	if code, _, _ := huiwu(t, "--data", dir, "meeting"); code != 2 {
		t.Fatalf("bare meeting exited %d", code)
	}
}
