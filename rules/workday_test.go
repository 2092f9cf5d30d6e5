package rules

import (
	"strings"
	"testing"

	"huiwu/data"
)

// notice2026 is the State Council's 2026 arrangement (国务院办公厅, 2025-11-04),
// typed independently of the built-in table so that the table is checked
// against it rather than against itself.
const notice2026 = `
元旦 2026-01-01~2026-01-03 上班 2026-01-04
春节 2026-02-15~2026-02-23 上班 2026-02-14 2026-02-28
清明节 2026-04-04~2026-04-06
劳动节 2026-05-01~2026-05-05 上班 2026-05-09
端午节 2026-06-19~2026-06-21
中秋节 2026-09-25~2026-09-27
国庆节 2026-10-01~2026-10-07 上班 2026-09-20 2026-10-10
`

func builtin(t *testing.T) *Calendar {
	t.Helper()
	c, err := NewCalendar(nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// 四十八 counts working days on the State Council's calendar: every day of
// 2026 in the built-in table must agree with the notice.
func TestBuiltin2026MatchesNotice四十八(t *testing.T) {
	notice, err := ParseSchedule(2026, notice2026, "国务院办公厅 2025-11-04")
	if err != nil {
		t.Fatal(err)
	}
	want, err := NewCalendar([]YearSchedule{notice})
	if err != nil {
		t.Fatal(err)
	}
	got := builtin(t)
	for d := day("2026-01-01"); d.Year() == 2026; d = d.AddDate(0, 0, 1) {
		w1, k1 := got.Workday(d)
		w2, _ := want.Workday(d)
		if !k1 || w1 != w2 {
			t.Errorf("%s: built-in says work=%v known=%v, the notice says work=%v", d.Format(data.DateLayout), w1, k1, w2)
		}
	}
}

// Every boundary of every 2026 holiday: the last working day before, the
// first and last rest days, the first working day after, and each make-up
// working day (调休上班).
func TestWorkday2026HolidayBoundaries四十八(t *testing.T) {
	c := builtin(t)
	tests := []struct {
		day  string
		work bool
		why  string
	}{
		{"2025-12-31", true, "元旦 eve, a Wednesday"},
		{"2026-01-01", false, "元旦 first day"},
		{"2026-01-03", false, "元旦 last day"},
		{"2026-01-04", true, "元旦 make-up Sunday"},
		{"2026-02-13", true, "春节 last weekday before"},
		{"2026-02-14", true, "春节 make-up Saturday before"},
		{"2026-02-15", false, "春节 first day"},
		{"2026-02-23", false, "春节 last day, a Monday"},
		{"2026-02-24", true, "春节 first working day after"},
		{"2026-02-28", true, "春节 make-up Saturday after"},
		{"2026-04-03", true, "清明 eve, a Friday"},
		{"2026-04-04", false, "清明 first day"},
		{"2026-04-06", false, "清明 last day, a Monday"},
		{"2026-04-07", true, "清明 first working day after"},
		{"2026-04-30", true, "劳动节 eve"},
		{"2026-05-01", false, "劳动节 first day"},
		{"2026-05-05", false, "劳动节 last day, a Tuesday"},
		{"2026-05-06", true, "劳动节 first working day after"},
		{"2026-05-09", true, "劳动节 make-up Saturday"},
		{"2026-05-10", false, "the Sunday after the make-up Saturday"},
		{"2026-06-18", true, "端午 eve"},
		{"2026-06-19", false, "端午 first day, a Friday"},
		{"2026-06-21", false, "端午 last day"},
		{"2026-06-22", true, "端午 first working day after"},
		{"2026-09-20", true, "国庆 make-up Sunday"},
		{"2026-09-24", true, "中秋 eve"},
		{"2026-09-25", false, "中秋 first day, a Friday"},
		{"2026-09-27", false, "中秋 last day"},
		{"2026-09-28", true, "中秋 first working day after"},
		{"2026-09-30", true, "国庆 eve"},
		{"2026-10-01", false, "国庆 first day"},
		{"2026-10-07", false, "国庆 last day, a Wednesday"},
		{"2026-10-08", true, "国庆 first working day after"},
		{"2026-10-10", true, "国庆 make-up Saturday"},
		{"2026-10-11", false, "the Sunday after"},
	}
	for _, tt := range tests {
		t.Run(tt.day+" "+tt.why, func(t *testing.T) {
			work, known := c.Workday(day(tt.day))
			if !known || work != tt.work {
				t.Errorf("Workday(%s) = %v, known %v; want %v", tt.day, work, known, tt.work)
			}
		})
	}
}

// 四十八: a reply is due 7 working days after sending, counted from the next
// working day; formats.md's example crosses the 2026 National Day holiday.
func TestAddWorkdays四十八(t *testing.T) {
	c := builtin(t)
	tests := []struct {
		from string
		n    int
		want string
	}{
		{"2026-09-28", 7, "2026-10-13"}, // the worked example
		{"2026-09-30", 1, "2026-10-08"},
		{"2026-10-09", 1, "2026-10-10"}, // a make-up Saturday counts
		{"2026-02-13", 2, "2026-02-24"}, // over 春节, the 14th counts
		{"2026-12-21", 7, "2026-12-30"},
		{"2026-05-08", 0, "2026-05-08"},
	}
	for _, tt := range tests {
		t.Run(tt.from+"+"+tt.want, func(t *testing.T) {
			got := c.AddWorkdays(day(tt.from), tt.n)
			if got.Date.Format(data.DateLayout) != tt.want || got.Unverified {
				t.Errorf("AddWorkdays(%s, %d) = %s (unverified %v), want %s", tt.from, tt.n, got.Date.Format(data.DateLayout), got.Unverified, tt.want)
			}
		})
	}
}

// A deadline reaching past the covered years is flagged, never silently
// trusted; entering that year's schedule clears the flag.
func TestUncoveredYearFlagged四十八(t *testing.T) {
	c := builtin(t)
	got := c.AddWorkdays(day("2026-12-28"), 7)
	if !got.Unverified || !strings.Contains(got.Note, "2027") {
		t.Fatalf("a 2027 deadline is not flagged: %+v", got)
	}
	if _, known := c.Workday(day("2027-01-04")); known {
		t.Error("2027 reported as known before it was entered")
	}
	ys, err := ParseSchedule(2027, "元旦 2027-01-01~2027-01-03\n", "国办发明电〔2026〕测试")
	if err != nil {
		t.Fatal(err)
	}
	c2, err := NewCalendar([]YearSchedule{ys})
	if err != nil {
		t.Fatal(err)
	}
	got = c2.AddWorkdays(day("2026-12-28"), 7)
	if got.Unverified || got.Date.Format(data.DateLayout) != "2027-01-07" {
		t.Errorf("with 2027 entered: %+v, want 2027-01-07 verified", got)
	}
	if !strings.Contains(c2.CoveredText(), "2002—2027") {
		t.Errorf("covered %q", c2.CoveredText())
	}
	if c.Covers(2001) || c.Covers(2027) || !c.Covers(2002) || c.CoveredText() != "2002—2026" {
		t.Errorf("built-in covers %q", c.CoveredText())
	}
}

func TestParseScheduleRefuses(t *testing.T) {
	tests := []struct {
		name, text, source, want string
	}{
		{"bad date", "春节 2027-02-30", "x", "无效"},
		{"make-up on a weekday", "春节 2027-02-05 上班 2027-02-03", "x", "不是周末"},
		{"other year", "元旦 2026-12-31", "x", "不在 2027 年内"},
		{"repeated day", "元旦 2027-01-01\n元旦 2027-01-01", "x", "重复"},
		{"no source", "元旦 2027-01-01", "", "依据"},
		{"reversed range", "元旦 2027-01-03~2027-01-01", "x", "颠倒"},
		{"empty", "# nothing", "x", "至少"},
		{"name only", "元旦", "x", "缺少日期"},
		{"enormous", strings.Repeat("元旦 2027-01-01\n", 400), "x", "不能超过"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseSchedule(2027, tt.text, tt.source)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want it to mention %q", err, tt.want)
			}
		})
	}
}

func TestFormatScheduleRoundTrip(t *testing.T) {
	ys, _ := BuiltinSchedule(2026)
	back, err := ParseSchedule(2026, FormatSchedule(ys), "round trip")
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Days) != len(ys.Days) {
		t.Fatalf("%d days back, want %d:\n%s", len(back.Days), len(ys.Days), FormatSchedule(ys))
	}
	for i := range ys.Days {
		if !back.Days[i].Day.Equal(ys.Days[i].Day) || back.Days[i].Work != ys.Days[i].Work {
			t.Errorf("day %d: %+v, want %+v", i, back.Days[i], ys.Days[i])
		}
	}
}

// The built-in years are worked out once and shared: what BuiltinSchedule
// hands out is a copy, so that a caller's change (a form editing the year
// it started from) reaches neither the next caller nor a Calendar.
func TestBuiltinScheduleIsACopy(t *testing.T) {
	ys, ok := BuiltinSchedule(2026)
	if !ok || len(ys.Days) == 0 || ys.Days[0].Name != "元旦节" {
		t.Fatalf("2026: %v %+v", ok, ys.Days[:min(1, len(ys.Days))])
	}
	ys.Days[0].Name = "改过"
	again, _ := BuiltinSchedule(2026)
	if again.Days[0].Name != "元旦节" {
		t.Fatalf("the change reached the next caller: %q", again.Days[0].Name)
	}
	if _, ok := BuiltinSchedule(BuiltinLast + 1); ok {
		t.Fatalf("%d is built in", BuiltinLast+1)
	}
}
