package data

import (
	"slices"
	"testing"
	"time"
)

func TestRetentionExpired(t *testing.T) {
	cst := time.FixedZone("CST", 8*3600)
	now := time.Date(2026, 6, 15, 12, 0, 0, 0, cst) // a Monday
	at := func(days float64, label string) BackupInfo {
		taken := now.Add(-time.Duration(days * 24 * float64(time.Hour)))
		return BackupInfo{Path: label + "@" + taken.Format("01-02 15:04"), Label: label, Taken: taken}
	}
	tests := []struct {
		name    string
		policy  Retention
		backups []BackupInfo
		dropped []string
	}{
		{
			"every backup of the last 2 days is kept", DefaultRetention,
			[]BackupInfo{at(0.1, "exit"), at(0.2, "exit"), at(0.3, "auto"), at(1.9, "exit")},
			nil,
		},
		{
			"one a day for 14 days: the newest of each day", DefaultRetention,
			// 3 days ago at 10:00 and 11:00 (same day), 13 days ago twice
			[]BackupInfo{at(0.1, "exit"), at(3.1, "exit"), at(3.05, "exit"), at(13.1, "auto"), at(13.05, "exit")},
			[]string{"exit@06-12 09:36", "auto@06-02 09:36"},
		},
		{
			"one a week for 8 weeks: the newest of each ISO week", DefaultRetention,
			// 20 and 19 days ago are Tuesday and Wednesday of one week (ISO 2026-W21)
			[]BackupInfo{at(0.1, "exit"), at(20, "exit"), at(19, "exit"), at(40, "exit")},
			[]string{"exit@05-26 12:00"},
		},
		{
			"one a month for 24 months", DefaultRetention,
			// 2025-01-10 and 2025-01-20 share a month; 2024-05-01 is past 24 months
			[]BackupInfo{at(0.1, "exit"), at(521, "auto"), at(511, "auto"), at(775, "auto")},
			[]string{"auto@01-10 12:00", "auto@05-01 12:00"},
		},
		{
			"pre-migration copies for a year", DefaultRetention,
			[]BackupInfo{at(0.1, "exit"), at(300, "pre-migrate-v9"), at(400, "pre-migrate-v8")},
			[]string{"pre-migrate-v8@05-11 12:00"},
		},
		{
			"manual backups and before-restore asides are never dropped", DefaultRetention,
			[]BackupInfo{at(0.1, "exit"), at(3000, "manual"), at(3000, "before-restore")},
			nil,
		},
		{
			"the newest automatic backup stays whatever its age", DefaultRetention,
			[]BackupInfo{at(900, "exit"), at(901, "exit")},
			[]string{"exit@12-27 12:00"},
		},
		{
			"a rule set to 0 keeps nothing by itself",
			Retention{AllDays: 1, PreMigrateMonths: 1},
			[]BackupInfo{at(0.5, "exit"), at(2, "exit"), at(10, "auto")},
			[]string{"exit@06-13 12:00", "auto@06-05 12:00"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, b := range tt.policy.Expired(tt.backups, now) {
				got = append(got, b.Path)
			}
			if !slices.Equal(got, tt.dropped) {
				t.Fatalf("dropped %q, want %q", got, tt.dropped)
			}
		})
	}
}

func TestRetentionStoredFormAndChecks(t *testing.T) {
	if r, err := ParseRetention(""); err != nil || r != DefaultRetention || r.String() != "2,14,8,24,12" {
		t.Fatalf("default %v %v", r, err)
	}
	if r, err := ParseRetention("3, 7,4,12,6"); err != nil || r != (Retention{3, 7, 4, 12, 6}) {
		t.Fatalf("parsed %v %v", r, err)
	}
	for in, fields := range map[string][]string{
		"0,0,0,0,12":     {"全部保留天数"},
		"-1,14,8,24,0":   {"全部保留天数", "升级前副本保留月数"},
		"2,14,8,2000,12": {"每月一份月数"},
	} {
		_, err := ParseRetention(in)
		var got []string
		for _, p := range ProblemsOf(err) {
			got = append(got, p.Field)
		}
		if !slices.Equal(got, fields) {
			t.Errorf("%s: problems %q, want %q", in, got, fields)
		}
	}
	if _, err := ParseRetention("2,14"); ErrorCode(err) != EInvalid {
		t.Fatalf("two numbers: %v", err)
	}
}

// yearOfDailyUse runs the default policy over a year of working days, the
// program closed at noon and in the evening after changes (so two exit
// copies a day) and the daily copy each morning, pruning after each copy
// as the store does, and returns the copies kept at the end.
func yearOfDailyUse() []BackupInfo {
	cst := time.FixedZone("CST", 8*3600)
	day := time.Date(2026, 1, 1, 0, 0, 0, 0, cst)
	var taken []BackupInfo
	for range 365 {
		if wd := day.Weekday(); wd != time.Saturday && wd != time.Sunday {
			for _, c := range []struct {
				at    time.Duration
				label string
			}{{8*time.Hour + 30*time.Minute, "auto"}, {12 * time.Hour, "exit"}, {17*time.Hour + 30*time.Minute, "exit"}} {
				taken = append(taken, BackupInfo{Label: c.label, Taken: day.Add(c.at)})
			}
		}
		day = day.AddDate(0, 0, 1)
	}
	return DefaultRetention.Survivors(taken)
}

func TestRetentionAfterAYearOfDailyUse(t *testing.T) {
	kept := yearOfDailyUse()
	// 2026-12-31 is a Thursday: its 3 copies and Wednesday's 3 (the last
	// 2 days); the evening copy of the 8 other working days since 12-18;
	// the newest of ISO weeks 45–50 (11-06 … 12-11; weeks 51–53 are held
	// already); the newest of January to November (11-30, a Monday, is not
	// its week's newest).
	if len(kept) != 3+3+8+6+11 {
		var got []string
		for _, b := range kept {
			got = append(got, b.Taken.Format("01-02 15:04"))
		}
		t.Fatalf("%d copies kept: %q", len(kept), got)
	}
}
