package app

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"huiwu/data"
	"huiwu/data/store"
)

// withTopic adds a topic of the first unit to the meeting of withMeeting.
func withTopic(t *testing.T) (string, data.Meeting, data.Topic) {
	t.Helper()
	dir, m := withMeeting(t)
	s, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	units, err := s.Units(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	tp, err := s.SaveTopic(context.Background(), data.Topic{
		Title: "关于城区停车设施建设的议题", UnitID: units[5].ID, MeetingKind: data.MeetingExecutive, MeetingID: m.ID, Minutes: 20,
		Flags: data.TopicFlags{PublicInterest: true},
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return dir, m, tp
}

func TestTopicList(t *testing.T) {
	dir, m, _ := withTopic(t)
	code, out, errs := huiwu(t, "--data", dir, "topic", "list", "--meeting", fmt.Sprint(m.ID))
	if code != 0 || !strings.Contains(out, "关于城区停车设施建设的议题") || !strings.Contains(out, "调研协调") || !strings.Contains(out, "共 1 个议题") {
		t.Fatalf("list: %d %q %q", code, out, errs)
	}
	if code, out, _ := huiwu(t, "--data", dir, "topic", "list", "--state", "已申报", "--meeting", fmt.Sprint(m.ID)); code != 0 || !strings.Contains(out, "共 0 个议题") {
		t.Fatalf("by state: %d %q", code, out)
	}
	if code, out, _ := huiwu(t, "--data", dir, "topic", "list", "--month", "2027-01", "--q", "停车"); code != 0 || !strings.Contains(out, "停车设施") {
		t.Fatalf("by month and query: %d %q", code, out)
	}
	if code, _, errs := huiwu(t, "--data", dir, "topic", "list", "--state", "讨论中"); code != 2 || !strings.Contains(errs, "未知议题状态") {
		t.Fatalf("bad state: %d %q", code, errs)
	}
	if code, _, _ := huiwu(t, "--data", dir, "topic", "list", "--month", "2027-13"); code != 2 {
		t.Fatalf("bad month exited %d", code)
	}
}
