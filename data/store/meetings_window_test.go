package store

import (
	"fmt"
	"slices"
	"testing"

	"huiwu/data"
)

// The 会议 list's window (issue 19): MeetingsAround is the slice of
// Meetings around the day — the latest before it and the first from it on,
// in the same order — with the filter's count, whatever the window's size,
// and two meetings at the same hour stay in Meetings' order.
func TestMeetingsAroundIsASliceOfMeetings(t *testing.T) {
	s := withDemo(t)
	mayor := demoRoster(t, s).with(data.RoleMayor, 0)
	for i := range 10 {
		m := executive(mayor, fmt.Sprintf("2026-03-%02d 09:00", 2+i*2))
		m.Place = fmt.Sprintf("%d号会议室", i)
		if _, _, err := s.SaveMeeting(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
	m := executive(mayor, "2026-03-10 09:00") // beside the fifth, at the same hour
	m.Place = "二楼会议室"
	if _, _, err := s.SaveMeeting(ctx, m); err != nil {
		t.Fatal(err)
	}
	f := data.MeetingFilter{Year: 2026}
	all, err := s.Meetings(ctx, f)
	if err != nil || len(all) != 11 {
		t.Fatalf("%d meetings, %v", len(all), err)
	}
	ids := func(ms []data.Meeting) []int64 {
		var out []int64
		for _, m := range ms {
			out = append(out, m.ID)
		}
		return out
	}
	day := dayOf("2026-03-10") // the fifth and the one beside it are the first from it on
	for _, c := range []struct{ before, after, from, to int }{
		{2, 3, 2, 7}, {0, 2, 4, 6}, {4, 0, 0, 4}, {9, 9, 0, 11}, {1, 1, 3, 5},
	} {
		got, total, err := s.MeetingsAround(ctx, f, day, c.before, c.after)
		if err != nil || total != 11 || !slices.Equal(ids(got), ids(all[c.from:c.to])) {
			t.Errorf("%d before, %d after: %v of %d (%v), want %v", c.before, c.after, ids(got), total, err, ids(all[c.from:c.to]))
		}
	}
	got, total, err := s.MeetingsAround(ctx, data.MeetingFilter{Year: 2025}, day, 5, 5)
	if err != nil || total != 0 || len(got) != 0 {
		t.Errorf("2025: %v of %d, %v", ids(got), total, err)
	}
}
