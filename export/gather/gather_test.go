package gather

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"huiwu/data"
	"huiwu/data/demo"
	"huiwu/data/store"
	"huiwu/export/meetingpdf"
)

func demoSources(t *testing.T) (Sources, *store.Store) {
	t.Helper()
	s, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	ctx := context.Background()
	b := demo.Roster(1)
	if err := s.LoadRoster(ctx, b); err != nil {
		t.Fatal(err)
	}
	if err := s.LoadMeetings(ctx, demo.Meetings(1, b)); err != nil {
		t.Fatal(err)
	}
	return Sources{Meetings: s, Topics: s, Minutes: s, Documents: s, Tasks: s, Status: s, Now: s.Now}, s
}

// openBook writes the workbook a builder returns and reads it back:
// openBook(t)(src.X(…)).
func openBook(t *testing.T) func(Writer, error) *excelize.File {
	return func(book Writer, err error) *excelize.File {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := book(&buf); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(&buf)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		return f
	}
}

// A workbook built here carries the audit head of the moment it was read,
// and names the meeting it was asked for.
func TestSignInBookCarriesTheHead(t *testing.T) {
	src, s := demoSources(t)
	ctx := context.Background()
	ms, err := s.Meetings(ctx, data.MeetingFilter{})
	if err != nil || len(ms) == 0 {
		t.Fatalf("demo meetings: %d %v", len(ms), err)
	}
	head, err := s.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	f := openBook(t)(src.SignInBook(ctx, ms[0].ID, "王秘书"))
	props, err := f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	all := props.Description + props.Keywords + props.Subject
	if !strings.Contains(all, head.String()) {
		t.Errorf("workbook properties %+v lack the audit head %s", props, head)
	}
}

// A paper kind the meeting has not is refused as bad input, naming it.
func TestUnknownMeetingPaper(t *testing.T) {
	src, s := demoSources(t)
	ms, _ := s.Meetings(context.Background(), data.MeetingFilter{})
	_, err := src.MeetingPaper(context.Background(), ms[0].ID, "poster", meetingpdf.Options{})
	if data.ErrorCode(err) != data.EInvalid || !strings.Contains(err.Error(), "poster") {
		t.Fatalf("unknown kind: %v", err)
	}
}

// Issue 16: the 签到表 is early until the meeting begins: one person signed
// in days ahead leaves 实到 and 缺席 blank; at the start they are counted.
func TestSignInBookCountsOnlyOnceTheMeetingBegins(t *testing.T) {
	src, s := demoSources(t)
	ctx := context.Background()
	ms, _ := s.Meetings(ctx, data.MeetingFilter{Status: data.StatusNotified})
	if len(ms) == 0 {
		t.Skip("the demo has no notified meeting")
	}
	m := ms[0]
	ps, err := s.Participants(ctx, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	p := ps[0]
	p.Status = data.AttendPresent
	if _, err := s.SetAttendance(ctx, p); err != nil {
		t.Fatal(err)
	}
	footer := func(now time.Time) string {
		src.Now = func() time.Time { return now }
		rows, _ := openBook(t)(src.SignInBook(ctx, m.ID, "")).GetRows("出席")
		for _, r := range rows {
			if len(r) > 0 && strings.HasPrefix(r[0], "应到") {
				return r[0]
			}
		}
		return ""
	}
	before := footer(m.Start.AddDate(0, 0, -5))
	if !strings.Contains(before, "实到　　人") || !strings.Contains(before, "缺席　　人") {
		t.Errorf("five days early: %q", before)
	}
	after := footer(m.Start.Add(time.Hour))
	if strings.Contains(after, "　　") || !strings.Contains(after, "实到1人") {
		t.Errorf("an hour in: %q", after)
	}
}
