package store

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"huiwu/data"
)

// The registers' 年度 (issue 9): a year's records plus whatever is still
// open from an earlier year; 0 is every year. Each case is a record of an
// earlier year hidden from the current one, shown under its own year and
// under 全部, beside an open one of that earlier year shown in both.

func TestTopicsOfAYear(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	mayor := r.with(data.RoleMayor, 0)
	old, _, err := s.SaveMeeting(ctx, executive(mayor, "2024-03-05 09:00"))
	if err != nil {
		t.Fatal(err)
	}
	now, _, err := s.SaveMeeting(ctx, executive(mayor, "2026-03-03 09:00"))
	if err != nil {
		t.Fatal(err)
	}
	topic := func(title string, meetingID int64, state, outcome, declared string) int64 {
		t.Helper()
		tp, err := s.SaveTopic(ctx, data.Topic{Title: title, UnitID: r.unit("交通局").ID, MeetingKind: data.MeetingExecutive, Minutes: 15}, nil)
		if err != nil {
			t.Fatal(err)
		}
		// The states and dates are set directly: the steps are not what
		// this test is about.
		var mid any
		if meetingID != 0 {
			mid = meetingID
		}
		if _, err := s.db.Exec("UPDATE topics SET meeting_id = ?, state = ?, outcome = ?, declared_on = ? WHERE id = ?",
			mid, state, outcome, declared, tp.ID); err != nil {
			t.Fatal(err)
		}
		return tp.ID
	}
	decided2024 := topic("二〇二四年已审议的议题", old.ID, "deliberated", "passed", "2024-02-10")
	waiting2024 := topic("二〇二四年会上暂缓至今的议题", old.ID, "collected", "", "2024-02-10")
	unplaced2025 := topic("去年十二月申报、尚未排会的议题", 0, "declared", "", "2025-12-20")
	orphan2024 := topic("会议已删除的二〇二四年议题", 0, "deliberated", "passed", "2024-02-11")
	decided2026 := topic("今年已审议的议题", now.ID, "deliberated", "passed", "2026-02-10")
	ids := func(f data.TopicFilter) []int64 {
		t.Helper()
		ts, err := s.Topics(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		var out []int64
		for _, tp := range ts {
			out = append(out, tp.ID)
		}
		slices.Sort(out)
		return out
	}
	for _, c := range []struct {
		f    data.TopicFilter
		want []int64
	}{
		{data.TopicFilter{Year: 2026}, []int64{waiting2024, unplaced2025, decided2026}},
		{data.TopicFilter{Year: 2024}, []int64{decided2024, waiting2024, unplaced2025, orphan2024}},
		{data.TopicFilter{}, []int64{decided2024, waiting2024, unplaced2025, orphan2024, decided2026}},
		{data.TopicFilter{Year: 2026, State: "deliberated"}, []int64{decided2026}},
		{data.TopicFilter{Year: 2024, MeetingID: old.ID}, []int64{decided2024, waiting2024}},
	} {
		slices.Sort(c.want)
		if got := ids(c.f); !slices.Equal(got, c.want) {
			t.Errorf("%+v: topics %v, want %v", c.f, got, c.want)
		}
	}
}

func TestDocumentsOfAYear(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	town := townOf(r)
	from := town
	doc := func(received string, status data.DocStatus) int64 {
		t.Helper()
		d, err := s.SaveDocument(ctx, request(from, received))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.db.Exec("UPDATE documents SET status = ? WHERE id = ?", status, d.ID); err != nil {
			t.Fatal(err)
		}
		return d.ID
	}
	closed2024 := doc("2024-05-06", data.DocClosedStatus)
	returned2024 := doc("2024-05-07", data.DocReturned)
	open2024 := doc("2024-05-08", data.DocCountersign)
	closed2026 := doc("2026-05-06", data.DocClosedStatus)
	open2026 := doc("2026-05-07", data.DocRegistered)
	from = r.unit("财政局") // another 来文单位
	finance2026 := doc("2026-05-08", data.DocRegistered)
	for _, c := range []struct {
		f    data.DocFilter
		want []int64
	}{
		{data.DocFilter{Year: 2026}, []int64{open2024, closed2026, open2026, finance2026}},
		{data.DocFilter{Year: 2024}, []int64{closed2024, returned2024, open2024, open2026, finance2026}},
		{data.DocFilter{}, []int64{closed2024, returned2024, open2024, closed2026, open2026, finance2026}},
		{data.DocFilter{Year: 2026, Status: data.DocClosedStatus}, []int64{closed2026}},
		{data.DocFilter{From: dayOf("2024-05-07"), To: dayOf("2026-05-06")}, []int64{returned2024, open2024, closed2026}},
		// The 来文单位 filter of the 公文 list.
		{data.DocFilter{Year: 2026, UnitID: town.ID}, []int64{open2024, closed2026, open2026}},
		{data.DocFilter{UnitID: r.unit("财政局").ID}, []int64{finance2026}},
		{data.DocFilter{Year: 2026, UnitID: r.unit("交通局").ID}, nil},
	} {
		ds, err := s.Documents(ctx, c.f)
		if err != nil {
			t.Fatal(err)
		}
		var got []int64
		for _, d := range ds {
			got = append(got, d.ID)
		}
		slices.Sort(got)
		slices.Sort(c.want)
		if !slices.Equal(got, c.want) {
			t.Errorf("%+v: documents %v, want %v", c.f, got, c.want)
		}
	}

	// The overdue marks: only the silent countersigns past their deadline,
	// of the documents listed.
	fin, tra := r.unit("财政局"), r.unit("交通局")
	for _, id := range []int64{closed2024, open2024, open2026} {
		if _, err := s.db.Exec(`INSERT INTO countersigns (doc_id, unit_id, sent, due) VALUES (?, ?, '2024-05-08', '2024-05-17'),
			(?, ?, '2024-05-08', '2024-05-17')`, id, fin.ID, id, tra.ID); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.db.Exec("UPDATE countersigns SET reply = 'agree', replier = '王某', replied_on = '2024-05-10' WHERE doc_id = ? AND unit_id = ?", open2024, tra.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec("UPDATE countersigns SET extended_to = '2026-12-31', extend_reason = '待补充材料' WHERE doc_id = ? AND unit_id = ?", open2026, tra.ID); err != nil {
		t.Fatal(err)
	}
	s.Now = func() time.Time { return dayOf("2026-06-01") }
	late := func(f data.DocFilter) []string {
		t.Helper()
		cs, err := s.OverdueCountersigns(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, c := range cs {
			if !c.Overdue {
				t.Errorf("%+v not marked overdue", c)
			}
			out = append(out, fmt.Sprintf("%d %s", c.DocID, c.UnitName))
		}
		return out
	}
	want := []string{fmt.Sprintf("%d %s", open2024, fin.Name), fmt.Sprintf("%d %s", open2026, fin.Name)}
	if got := late(data.DocFilter{Year: 2026}); !slices.Equal(got, want) {
		t.Errorf("overdue in 2026: %v, want %v", got, want)
	}
	// Under 全部 they agree with Countersigns' marks.
	all, err := s.Countersigns(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want = nil
	for _, c := range all {
		if c.Overdue {
			want = append(want, fmt.Sprintf("%d %s", c.DocID, c.UnitName))
		}
	}
	if got := late(data.DocFilter{}); len(want) != 4 || !slices.Equal(got, want) {
		t.Errorf("overdue in every year: %v, want %v", got, want)
	}
}

func TestMinutesOfAYear(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	mayor := r.with(data.RoleMayor, 0)
	minutes := func(start string, signed bool) int64 {
		t.Helper()
		m := heldMeeting(t, s, executive(mayor, start))
		n, err := s.DraftMinutes(ctx, m.ID)
		if err != nil {
			t.Fatal(err)
		}
		if signed {
			if _, err := s.db.Exec("UPDATE minutes SET stage = 'signed', signed_on = ? WHERE id = ?", start[:10], n.ID); err != nil {
				t.Fatal(err)
			}
		}
		return n.ID
	}
	signed2025 := minutes("2025-06-10 09:00", true)
	draft2025 := minutes("2025-12-25 09:00", false)
	signed2026 := minutes("2026-06-10 09:00", true)
	for _, c := range []struct {
		f    data.MinutesFilter
		want []int64
	}{
		{data.MinutesFilter{Year: 2026, Unsigned: true}, []int64{draft2025, signed2026}},
		{data.MinutesFilter{Year: 2025, Unsigned: true}, []int64{signed2025, draft2025}},
		{data.MinutesFilter{Year: 2026}, []int64{signed2026}}, // the command line's --year
		{data.MinutesFilter{Unsigned: true}, []int64{signed2025, draft2025, signed2026}},
		{data.MinutesFilter{}, []int64{signed2025, draft2025, signed2026}},
	} {
		ns, err := s.MinutesList(ctx, c.f)
		if err != nil {
			t.Fatal(err)
		}
		var got []int64
		for _, n := range ns {
			got = append(got, n.ID)
		}
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("%+v: 纪要 %v, want %v", c.f, got, c.want)
		}
	}
}
