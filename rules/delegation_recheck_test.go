package rules

import (
	"testing"
	"time"

	"huiwu/data"
)

// 四十二 and 六: a delegation recorded later re-checks the meetings already
// planned in its span and says which change; removing it undoes the notes.
func TestRecheckChairs四十二(t *testing.T) {
	at := func(s string) time.Time { return day(s).Add(9 * time.Hour) }
	deleg := []data.Delegation{{ID: 1, DelegateID: exec.ID, DelegateName: exec.Name, From: day("2026-09-14"), To: day("2026-09-18"), Reason: "市长赴省学习"}}
	planned := []PlannedChair{
		{data.Meeting{ID: 1, Title: "第37次市长办公会议", Kind: data.MeetingMayorOffice, Start: at("2026-09-15")}, exec},
		{data.Meeting{ID: 2, Title: "第9次常务会议", Kind: data.MeetingExecutive, Start: at("2026-09-16")}, mayor},
		{data.Meeting{ID: 3, Title: "第38次市长办公会议", Kind: data.MeetingMayorOffice, Start: at("2026-09-22")}, exec},
		{data.Meeting{ID: 4, Title: "专题会议", Kind: data.MeetingTopical, Start: at("2026-09-15")}, vice},
		{data.Meeting{ID: 5, Title: "手写说明", Kind: data.MeetingMayorOffice, Start: at("2026-09-17"), DelegationNote: "另见书面委托"}, exec},
	}
	tests := []struct {
		name          string
		before, after []data.Delegation
		want          map[int64]string // meeting → what it says
		notes         map[int64]string
	}{
		{
			"a delegation recorded later", nil, deleg,
			map[int64]string{
				1: "市长办公会议「第37次市长办公会议」（2026-09-15 09:00，李常务主持）：改为受市长委托（市长赴省学习）",
				2: "市政府常务会议「第9次常务会议」（2026-09-16 09:00，王建国主持）：当日市长已委托李常务主持工作，会议应由受委托人主持（第六条）",
				5: "市长办公会议「手写说明」（2026-09-17 09:00，李常务主持）：改为另见书面委托",
			},
			map[int64]string{1: "受市长委托（市长赴省学习）", 2: "", 5: "另见书面委托"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := RecheckChairs(planned, tt.before, tt.after)
			if len(got) != len(tt.want) {
				t.Fatalf("%d changes, want %d: %+v", len(got), len(tt.want), got)
			}
			for _, c := range got {
				if c.Says != tt.want[c.Meeting.ID] {
					t.Errorf("meeting %d says %q, want %q", c.Meeting.ID, c.Says, tt.want[c.Meeting.ID])
				}
				if c.Note != tt.notes[c.Meeting.ID] {
					t.Errorf("meeting %d note %q, want %q", c.Meeting.ID, c.Note, tt.notes[c.Meeting.ID])
				}
			}
		})
	}
	t.Run("the same delegations change nothing", func(t *testing.T) {
		// meeting 1 is left out: its note was never written.
		if got := RecheckChairs(planned[1:], deleg, deleg); len(got) != 0 {
			t.Fatalf("got %+v", got)
		}
	})
	t.Run("a delegation removed takes the note away", func(t *testing.T) {
		m := planned[0]
		m.Meeting.DelegationNote = "受市长委托（市长赴省学习）"
		got := RecheckChairs([]PlannedChair{m}, deleg, nil)
		want := "市长办公会议「第37次市长办公会议」（2026-09-15 09:00，李常务主持）：李常务 当日未登记市长委托，不能主持市长办公会议（请先登记委托）（第四十二条）"
		if len(got) != 1 || got[0].Says != want || got[0].Note != "" || got[0].Breach == nil {
			t.Fatalf("got %+v, want %q", got, want)
		}
	})
}
