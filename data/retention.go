package data

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Retention says which automatic backups are kept, by age rather than by
// count: an office that opens and closes the program many times a day would
// otherwise keep thirty copies of the same week. Manual backups are the
// user's to delete; the before-restore asides live in the data folder and
// are never touched.
type Retention struct {
	AllDays          int // every backup of the last N days
	DailyDays        int // then the newest of each day for N days
	WeeklyWeeks      int // the newest of each week for N weeks
	MonthlyMonths    int // the newest of each month for N months
	PreMigrateMonths int // every pre-migration copy for N months
}

// DefaultRetention is the policy until the user sets another.
var DefaultRetention = Retention{AllDays: 2, DailyDays: 14, WeeklyWeeks: 8, MonthlyMonths: 24, PreMigrateMonths: 12}

// String is the stored form, five numbers in the order of the fields.
func (r Retention) String() string {
	return fmt.Sprintf("%d,%d,%d,%d,%d", r.AllDays, r.DailyDays, r.WeeklyWeeks, r.MonthlyMonths, r.PreMigrateMonths)
}

// ParseRetention reads the stored form; "" is the default.
func ParseRetention(s string) (Retention, error) {
	if strings.TrimSpace(s) == "" {
		return DefaultRetention, nil
	}
	parts := strings.Split(s, ",")
	if len(parts) != 5 {
		return DefaultRetention, Errorf(EInvalid, "备份保留设置「%s」应为五个数", s)
	}
	n := make([]int, 5)
	for i, p := range parts {
		v, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil {
			return DefaultRetention, Errorf(EInvalid, "备份保留设置「%s」的第 %d 项不是整数", s, i+1)
		}
		n[i] = v
	}
	r := Retention{n[0], n[1], n[2], n[3], n[4]}
	return r, r.Validate()
}

// Validate names each field out of range (0 switches an age rule off; at
// least one must keep something; pre-migration copies stay a month at least).
func (r Retention) Validate() error {
	var problems []Problem
	for _, f := range []struct {
		name      string
		v, lo, hi int
	}{
		{"全部保留天数", r.AllDays, 0, 366},
		{"每日一份天数", r.DailyDays, 0, 3660},
		{"每周一份周数", r.WeeklyWeeks, 0, 520},
		{"每月一份月数", r.MonthlyMonths, 0, 1200},
		{"升级前副本保留月数", r.PreMigrateMonths, 1, 1200},
	} {
		if f.v < f.lo || f.v > f.hi {
			problems = append(problems, Problem{Field: f.name, Message: fmt.Sprintf("应在 %d 到 %d 之间", f.lo, f.hi)})
		}
	}
	if len(problems) == 0 && r.AllDays+r.DailyDays+r.WeeklyWeeks+r.MonthlyMonths == 0 {
		problems = append(problems, Problem{Field: "全部保留天数", Message: "四项不能都为 0，否则自动备份一份也不保留"})
	}
	if len(problems) > 0 {
		return &Error{Code: EInvalid, Message: "备份保留设置有误", Problems: problems}
	}
	return nil
}

// bucket is one day, ISO week or month (rule 0, 1, 2) of a backup's time.
type bucket struct {
	rule int
	key  string
}

func bucketsOf(t time.Time) [3]bucket {
	y, w := t.ISOWeek()
	return [3]bucket{{0, t.Format("2006-01-02")}, {1, fmt.Sprintf("%d-W%02d", y, w)}, {2, t.Format("2006-01")}}
}

// Expired returns the backups of all that the policy drops at now. Days,
// weeks and months are counted in now's time zone; within a day, week or
// month the newest backup is the one kept. The newest daily or exit backup
// is always kept: it is what the next exit compares against to skip an
// unchanged copy. Manual and unknown labels are never dropped.
func (r Retention) Expired(all []BackupInfo, now time.Time) []BackupInfo {
	loc := now.Location()
	newest := map[bucket]int{} // index of the newest backup in each bucket
	newestAuto := -1
	for i, b := range all {
		if b.Label != "auto" && b.Label != "exit" {
			continue
		}
		if newestAuto < 0 || b.Taken.After(all[newestAuto].Taken) {
			newestAuto = i
		}
		for _, k := range bucketsOf(b.Taken.In(loc)) {
			if j, ok := newest[k]; !ok || b.Taken.After(all[j].Taken) {
				newest[k] = i
			}
		}
	}
	var out []BackupInfo
	for i, b := range all {
		switch {
		case strings.HasPrefix(b.Label, "pre-migrate"):
			if !b.Taken.After(now.AddDate(0, -r.PreMigrateMonths, 0)) {
				out = append(out, b)
			}
		case b.Label != "auto" && b.Label != "exit", i == newestAuto:
		case !r.keeps(b, i, now, newest):
			out = append(out, b)
		}
	}
	return out
}

// keeps applies the four age rules to backup i.
func (r Retention) keeps(b BackupInfo, i int, now time.Time, newest map[bucket]int) bool {
	if b.Taken.After(now.AddDate(0, 0, -r.AllDays)) {
		return true
	}
	since := [3]time.Time{now.AddDate(0, 0, -r.DailyDays), now.AddDate(0, 0, -7*r.WeeklyWeeks), now.AddDate(0, -r.MonthlyMonths, 0)}
	for rule, k := range bucketsOf(b.Taken.In(now.Location())) {
		if b.Taken.After(since[rule]) && newest[k] == i {
			return true
		}
	}
	return false
}

// Survivors are the backups left after taking each of taken in order,
// pruning after each as the program does: what a schedule of copies leaves
// behind (the bench simulates a year of use with it, taking only these).
func (r Retention) Survivors(taken []BackupInfo) []BackupInfo {
	var kept []BackupInfo
	for _, b := range taken {
		kept = append(kept, b)
		drop := r.Expired(kept, b.Taken)
		kept = slices.DeleteFunc(kept, func(k BackupInfo) bool {
			return slices.ContainsFunc(drop, func(d BackupInfo) bool { return d.Taken.Equal(k.Taken) })
		})
	}
	return kept
}
