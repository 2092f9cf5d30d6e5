package data

import (
	"testing"
	"time"
)

func TestParseClockStrict(t *testing.T) {
	day := time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)
	for _, bad := range []string{"", "9", "25:00", "09:60", "9点", "09:00:00", "-1:00"} {
		if got, err := ParseClock(day, bad); err == nil || !got.IsZero() {
			t.Errorf("ParseClock(%q) = %v, %v", bad, got, err)
		}
	}
	for in, want := range map[string]string{"09:00": "09:00", " 14：30 ": "14:30", "9:05": "09:05", "00:00": "00:00"} {
		got, err := ParseClock(day, in)
		if err != nil || got.Format("15:04") != want || got.Day() != 3 {
			t.Errorf("ParseClock(%q) = %v, %v", in, got, err)
		}
	}
}

// FuzzParseClock: any input gives a time on the day or an error, never a
// silent zero time.
func FuzzParseClock(f *testing.F) {
	for _, s := range []string{"09:00", "25:00", "", "14：30", "9"} {
		f.Add(s)
	}
	day := time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		got, err := ParseClock(day, s)
		if err == nil && (got.IsZero() || got.Year() != 2026 || got.YearDay() != day.YearDay()) {
			t.Fatalf("ParseClock(%q) = %v without an error", s, got)
		}
		if err != nil && ErrorCode(err) != EInvalid {
			t.Fatalf("ParseClock(%q): code %s", s, ErrorCode(err))
		}
	})
}

func TestMeetingWhenAndValidate(t *testing.T) {
	at := func(h, m int) time.Time { return time.Date(2026, 12, 3, h, m, 0, 0, time.UTC) }
	tests := []struct {
		start, end time.Time
		want       string
	}{
		{at(9, 0), at(11, 30), "2026年12月3日（星期四）上午9:00—11:30"},
		{at(12, 0), at(13, 0), "2026年12月3日（星期四）中午12:00—下午1:00"},
		{at(19, 30), at(21, 0), "2026年12月3日（星期四）晚上7:30—9:00"},
	}
	for _, tt := range tests {
		if got := (Meeting{Start: tt.start, End: tt.end}).When(); got != tt.want {
			t.Errorf("When = %q, want %q", got, tt.want)
		}
	}
	m := Meeting{Title: "会议", Kind: MeetingDepartment, Start: at(9, 0), End: at(9, 0).AddDate(0, 0, 1), Place: "x", ChairID: 1, Status: StatusCancelled}
	fields := map[string]bool{}
	for _, p := range ProblemsOf(m.Validate()) {
		fields[p.Field] = true
	}
	for _, f := range []string{"结束时间", "取消原因", "召开单位"} {
		if !fields[f] {
			t.Errorf("Validate did not name %s: %v", f, fields)
		}
	}
}
