package rules

import (
	"slices"
	"testing"
	"time"

	"huiwu/data"
)

func guardMeeting(st data.MeetingStatus) data.Meeting {
	start := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	return data.Meeting{Title: "市政府常务会议", Kind: data.MeetingExecutive, Start: start, End: start.Add(2 * time.Hour), Status: st}
}

func at(s string) time.Time {
	t, err := time.Parse("2006-01-02 15:04", s)
	if err != nil {
		panic(err)
	}
	return t
}

// Issue 16: sign-in five days early is asked about; on the day itself,
// even before the start (people arrive early), it is not.
func TestSignInEarlyAsksBeforeTheMeetingDay(t *testing.T) {
	m := guardMeeting(data.StatusNotified)
	tests := []struct {
		name string
		now  string
		want bool
	}{
		{"five days early asks", "2026-11-28 10:00", true},
		{"the evening before asks", "2026-12-02 23:59", true},
		{"the morning of the day does not", "2026-12-03 08:10", false},
		{"after the start does not", "2026-12-03 09:20", false},
		{"the day after does not", "2026-12-04 09:00", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SignInEarly(m, at(tt.now)); got != tt.want {
				t.Errorf("SignInEarly at %s = %v, want %v", tt.now, got, tt.want)
			}
		})
	}
}

// Issue 16: a sheet made before the meeting does not count those not yet
// arrived as 缺席; once it has begun or is marked held, it does.
func TestAttendanceFinalOnceTheMeetingHasBegun(t *testing.T) {
	tests := []struct {
		name   string
		status data.MeetingStatus
		now    string
		want   bool
	}{
		{"notified, five days early", data.StatusNotified, "2026-11-28 10:00", false},
		{"notified, a minute before the start", data.StatusNotified, "2026-12-03 08:59", false},
		{"notified, at the start", data.StatusNotified, "2026-12-03 09:00", true},
		{"held, though the clock says earlier", data.StatusHeld, "2026-11-28 10:00", true},
		{"archived", data.StatusArchived, "2026-11-28 10:00", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := AttendanceFinal(guardMeeting(tt.status), at(tt.now)); got != tt.want {
				t.Errorf("AttendanceFinal = %v, want %v", got, tt.want)
			}
		})
	}
}

// Issue 16: an approved leave with a 代会 gives the seat and the 桌签 to the
// substitute; a plain leave or a 代会 with no name keeps the member's.
func TestOccupantIsTheSubstitute(t *testing.T) {
	tests := []struct {
		name    string
		p       data.Participant
		want    string
		wantSub bool
	}{
		{"in person", data.Participant{Name: "王建国", Status: data.AttendPresent}, "王建国", false},
		{"not yet arrived", data.Participant{Name: "王建国"}, "王建国", false},
		{"代会", data.Participant{Name: "王建国", Status: data.AttendSubstitute, SubstituteName: "李副局长"}, "李副局长", true},
		{"代会 without a name", data.Participant{Name: "王建国", Status: data.AttendSubstitute}, "王建国", false},
		{"请假", data.Participant{Name: "王建国", Status: data.AttendLeave, SubstituteName: "李副局长"}, "王建国", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, sub := Occupant(tt.p)
			if got != tt.want || sub != tt.wantSub {
				t.Errorf("Occupant = %q %v, want %q %v", got, sub, tt.want, tt.wantSub)
			}
		})
	}
}

// Issue 16: the substitute takes the member's place in the order (2号, to
// the audience's right of 1号) and the seat says whom for.
func TestSeatingGivesTheSeatToTheSubstitute(t *testing.T) {
	ms := members("市长", "常务副市长", "副市长")
	ms[1].Status, ms[1].SubstituteName = data.AttendSubstitute, "市政府秘书长"
	seats := SeatingFor(LongTable, ms, 3)
	if got := rowNames(seats, RowHead); !slices.Equal(got, []string{"副市长", "市长", "市政府秘书长"}) {
		t.Fatalf("head side %v", got)
	}
	for _, s := range seats {
		if s.Name == "市政府秘书长" && (s.Rank != 2 || s.For != "常务副市长") {
			t.Errorf("substitute's seat %+v", s)
		}
		if s.Name != "市政府秘书长" && s.For != "" {
			t.Errorf("%s sits for %q", s.Name, s.For)
		}
	}
}

// 四十一 step 7: sending the notice fixes the agenda and closes it to new
// topics; nothing more freezes once it is out.
func TestNoticeFreezes四十一(t *testing.T) {
	if got := NoticeFreezes(guardMeeting(data.StatusPlanning)); len(got) != 2 || got[0] != "议程顺序固定，不能再调整（第四十一条第七步）" || got[1] != "不再增加议题（第四十一条第七步）" {
		t.Errorf("planning: %q", got)
	}
	if got := NoticeFreezes(guardMeeting(data.StatusNotified)); got != nil {
		t.Errorf("notified: %q", got)
	}
}
