package store

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strings"
	"time"

	"huiwu/data/demo"
)

// decadeRoster is the loaded roster the generated history draws on.
type decadeRoster struct {
	people, vices, depts, heads []int64
	mayor                       int64
	shorts                      []string // the departments' short names, in depts' order
}

// decade is the state one generated history carries from month to month:
// the numbering of meetings, minutes and documents restarts each year.
type decade struct {
	seed    uint64
	years   int
	roster  decadeRoster
	numbers map[string]int // kind|year → last number given
	counts  map[string]int // table → rows written, for the closing report
	// today divides what has happened (held, signed, replied) from what is
	// planned: the demo's day, or the simulated day of LoadYearDaily.
	today time.Time
}

// LoadDecade writes years of generated history ending with the demo year
// onto an empty database: the roster through the service (it is small), the
// rest a month per transaction through the store's bulk writer, with a
// progress bar on out.
func (s *Store) LoadDecade(ctx context.Context, seed uint64, years int, out io.Writer) error {
	start := time.Now()
	first := time.Date(demo.Today.Year()-years+1, 1, 1, 0, 0, 0, 0, time.UTC)
	// The roster is entered the day before the decade begins, on a fixed
	// clock, so its audit entries (and so every later hash) repeat per seed.
	now := s.Now
	s.Now = func() time.Time { return first.Add(-14 * time.Hour) }
	err := s.LoadRoster(ctx, demo.Roster(seed))
	s.Now = now
	if err != nil {
		return err
	}
	d := &decade{seed: seed, years: years, numbers: map[string]int{}, counts: map[string]int{}, today: demo.Today}
	if err := s.BulkLoad(ctx, d.readRoster); err != nil {
		return err
	}
	months := years * 12
	for i := 0; i < months; i++ {
		month := first.AddDate(0, i, 0)
		r := rand.New(rand.NewPCG(seed, uint64(i)+1))
		if err := s.BulkLoad(ctx, func(b *Bulk) error { return d.month(b, r, month) }); err != nil {
			return fmt.Errorf("%s：%w", month.Format("2006-01"), err)
		}
		progress(out, i+1, months, month, time.Since(start))
	}
	fmt.Fprintln(out)
	if _, err := s.conn().ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		return fmt.Errorf("checkpoint: %w", err)
	}
	fi, err := os.Stat(s.Path())
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "已生成 %d 年演示数据（种子 %d）：会议 %d 次，出席记录 %d 条，议题 %d 个，纪要 %d 期，督办事项 %d 件，公文 %d 件，会签 %d 条，审计条目 %d 条。\n",
		years, seed, d.counts["meetings"], d.counts["participants"], d.counts["topics"], d.counts["minutes"], d.counts["tasks"], d.counts["documents"], d.counts["countersigns"], d.counts["audit"])
	fmt.Fprintf(out, "用时 %.1f 秒，数据文件 %s（%.1f MB）\n", time.Since(start).Seconds(), s.Path(), float64(fi.Size())/(1<<20))
	return nil
}

// progress redraws one line: a bar, the month reached and the time so far.
func progress(out io.Writer, done, total int, month time.Time, took time.Duration) {
	const width = 40
	n := done * width / total
	fmt.Fprintf(out, "\r[%s%s] %3d%%  %s  %5.1fs", strings.Repeat("#", n), strings.Repeat(" ", width-n), done*100/total, month.Format("2006-01"), took.Seconds())
}

func (d *decade) readRoster(b *Bulk) error {
	var err error
	r := &d.roster
	if r.people, err = b.QueryIDs("SELECT id FROM people ORDER BY id"); err != nil {
		return err
	}
	mayors, err := b.QueryIDs("SELECT person_id FROM person_roles WHERE role = 'mayor' ORDER BY person_id")
	if err != nil {
		return err
	}
	if r.vices, err = b.QueryIDs("SELECT person_id FROM person_roles WHERE role IN ('executive_vice', 'vice_mayor') ORDER BY person_id"); err != nil {
		return err
	}
	if r.depts, err = b.QueryIDs("SELECT id FROM units WHERE kind = 'department' ORDER BY id"); err != nil {
		return err
	}
	if r.heads, err = b.QueryIDs(`SELECT ifnull((SELECT p.id FROM people p JOIN person_roles pr ON pr.person_id = p.id AND pr.role = 'unit_head'
		WHERE p.unit_id = u.id ORDER BY p.id LIMIT 1), 0) FROM units u WHERE kind = 'department' ORDER BY id`); err != nil {
		return err
	}
	if len(mayors) == 0 || len(r.vices) == 0 || len(r.depts) == 0 || len(r.people) < 40 {
		return fmt.Errorf("演示名册不完整")
	}
	r.mayor = mayors[0]
	r.shorts, err = b.QueryStrings("SELECT short_name FROM units WHERE kind = 'department' ORDER BY id")
	return err
}

// next gives the next number of a kind in a year (届次, 期号, 文号).
func (d *decade) next(kind string, year int) int {
	k := fmt.Sprintf("%s|%d", kind, year)
	d.numbers[k]++
	return d.numbers[k]
}

// slot is one meeting on the month's calendar.
type slot struct {
	kind  string
	day   time.Time
	hour  int
	mins  int // length
	size  int // participants
	title string
}

// schedule lays out the month's meetings at their cadences: a plenary in
// February and July, the monthly executive meeting on the first Thursday,
// the 市长办公会议 every Monday afternoon, a city-wide conference, and
// topical and departmental meetings on most working days.
func schedule(r *rand.Rand, month time.Time) []slot {
	var out []slot
	days := workdays(month)
	y, m := month.Year(), int(month.Month())
	if m == 2 || m == 7 {
		out = append(out, slot{kind: "plenary", day: days[1], hour: 9, mins: 150, size: 80, title: "市政府第%d次全体会议"})
	}
	for _, d := range days {
		if d.Weekday() == time.Thursday {
			out = append(out, slot{kind: "executive", day: d, hour: 9, mins: 150, size: 60, title: "市政府第%d次常务会议"})
			break
		}
	}
	for _, d := range days {
		if d.Weekday() == time.Monday {
			out = append(out, slot{kind: "mayor_office", day: d, hour: 14, mins: 120, size: 45, title: fmt.Sprintf("市长办公会议（%d年第%%d次）", y)})
		}
	}
	out = append(out, slot{kind: "citywide", day: days[r.IntN(len(days))], hour: 9, mins: 120, size: 80, title: "全市" + subject(r) + "工作会议"})
	for i := 0; i < 17; i++ {
		out = append(out, slot{kind: "topical", day: days[r.IntN(len(days))], hour: 9 + 5*r.IntN(2), mins: 90, size: 50 + r.IntN(11), title: "关于" + subject(r) + "的专题会议"})
	}
	for i := 0; i < 18; i++ {
		out = append(out, slot{kind: "department", day: days[r.IntN(len(days))], hour: 9 + 5*r.IntN(2), mins: 90, size: 60 + r.IntN(11), title: subject(r) + "工作推进会"})
	}
	return out
}

func workdays(month time.Time) []time.Time {
	var out []time.Time
	for d := month; d.Month() == month.Month(); d = d.AddDate(0, 0, 1) {
		if d.Weekday() != time.Saturday && d.Weekday() != time.Sunday {
			out = append(out, d)
		}
	}
	return out
}
