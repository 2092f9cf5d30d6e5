package screens

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"huiwu/data"
)

// 六十一, first sentence, through the window: a department's main head's
// trip registered on the 统计 screen's 外出请假 tab, approved by the 市长,
// on the desk while under way, then reported back (销假); the tab's tally
// follows.
func TestTripThroughTheStatsScreen六十一(t *testing.T) {
	r := newRig(t)
	r.shell.Show("stats")
	s := r.shell.screens[r.shell.index("stats")].keys.(*statsScreen)
	s.from.SetText("2026-01-01")
	s.to.SetText("2026-12-31")
	s.run()
	f := s.trips.openForm()
	who := selectField(t, f, "请假人")
	for _, o := range who.Options {
		if strings.Contains(o, "溧阳市交通运输局") {
			who.SetSelected(o)
		}
	}
	for _, o := range who.Options {
		if strings.Contains(o, "副主任") {
			t.Fatalf("a deputy offered for a trip: %q", o)
		}
	}
	test.Type(r.entry(f, "去向"), "南京")
	test.Type(r.entry(f, "离开日期"), "2026-11-27")
	test.Type(r.entry(f, "返回日期"), "2026-11-29")
	test.Type(r.entry(f, "事由"), "赴省交通运输厅汇报工作")
	saved(t, f)
	if len(s.trips.trips) != 1 || !strings.Contains(s.trips.tally.Text, "外出请假 1 次：已批准 0，待审批 1") {
		t.Fatalf("after registering: %d trips, %q", len(s.trips.trips), s.trips.tally.Text)
	}
	s.trips.list.Select(0)
	if !strings.Contains(s.trips.detail.Text, "须向市长请假（第六十一条）") || s.trips.back.Disabled() == false {
		t.Fatalf("detail %q, 销假 enabled %v", s.trips.detail.Text, !s.trips.back.Disabled())
	}
	d := s.trips.decide(true)
	test.Type(r.entry(d, "审批意见"), "同意")
	saved(t, d)
	desk, err := r.store.Desk(t.Context(), s.env.now())
	if err != nil || len(desk.Trips) != 1 || desk.Trips[0].Needs[0] != "外出中，返回后销假" || desk.Trips[0].Kind != data.DeskTrip {
		t.Fatalf("desk %+v %v", desk.Trips, err)
	}
	s.trips.list.Select(0)
	back := s.trips.askReturn()
	r.entry(back, "返回日期").SetText("2026-11-28")
	saved(t, back)
	if !strings.Contains(s.trips.tally.Text, "外出请假 1 次：已批准 1，待审批 0") || !strings.Contains(s.trips.state(s.trips.trips[0]), "已于2026年11月28日销假") {
		t.Fatalf("after 销假: %q / %q", s.trips.tally.Text, s.trips.state(s.trips.trips[0]))
	}
	if desk, _ := r.store.Desk(t.Context(), s.env.now()); len(desk.Trips) != 0 {
		t.Fatalf("a trip reported back stays on the desk: %+v", desk.Trips)
	}
}

// The tab lists a period's trips as the 外出请假 sheet does: people in
// protocol order, whatever order they were filed in, and days in Chinese.
func TestTripsTabInProtocolOrder六十一(t *testing.T) {
	r := newRig(t)
	tab := &tripsTab{env: r.shell.env}
	tab.build()
	day := func(s string) time.Time { d, _ := time.ParseInLocation(data.DateLayout, s, time.Local); return d }
	tab.show([]data.LeaveRequest{
		{ID: 1, PersonID: 7, PersonName: "周局长", Rank: 5, UnitOrder: 9, Trip: data.Trip{From: day("2026-11-27"), To: day("2026-11-29")}},
		{ID: 2, PersonID: 3, PersonName: "吴副市长", Rank: 2, UnitOrder: 1, Trip: data.Trip{From: day("2026-12-30"), To: day("2027-01-02")}},
	})
	var got []string
	for _, l := range tab.trips {
		got = append(got, l.PersonName+" "+spanText(l.From, l.To))
	}
	want := "吴副市长 2026年12月30日至2027年1月2日|周局长 2026年11月27日至29日"
	if strings.Join(got, "|") != want {
		t.Fatalf("trips listed as\n%s\nwant\n%s", strings.Join(got, "|"), want)
	}
}

func TestSpanText(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.ParseInLocation(data.DateLayout, s, time.Local); return d }
	for _, tt := range []struct{ from, to, want string }{
		{"2026-12-03", "2026-12-03", "2026年12月3日"},
		{"2026-12-03", "2026-12-05", "2026年12月3日至5日"},
		{"2026-11-30", "2026-12-02", "2026年11月30日至12月2日"},
		{"2026-12-30", "2027-01-02", "2026年12月30日至2027年1月2日"},
	} {
		if got := spanText(day(tt.from), day(tt.to)); got != tt.want {
			t.Errorf("spanText(%s, %s) = %q, want %q", tt.from, tt.to, got, tt.want)
		}
	}
}
