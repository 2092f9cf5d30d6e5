package rules

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/6tail/lunar-go/HolidayUtil"

	"huiwu/data"
)

// The built-in table of statutory holidays and make-up working days comes
// from github.com/6tail/lunar-go (MIT), whose HolidayUtil transcribes the
// State Council's yearly notices (国务院办公厅关于某年部分节假日安排的通知).
// Its 2026 entries are checked day by day against the notice of 2025-11-04
// in workday_test.go. Years outside BuiltinFirst..BuiltinLast are not taken
// from it: 2001 holds only the make-up days of 2002's New Year, and the
// module's 2027 entries predate a notice this program has checked, so 2027
// waits for an administrator to enter it from the notice (设置 → 工作日历).
const (
	BuiltinFirst  = 2002
	BuiltinLast   = 2026
	BuiltinSource = "内置：国务院办公厅节假日安排（github.com/6tail/lunar-go v1.4.7）"
)

// DayOff is a day named in a year's schedule: a rest day (放假) or, with
// Work set, a weekend day declared a working day (调休上班).
type DayOff struct {
	Day  time.Time
	Name string // 春节, 国庆节 …
	Work bool
}

// YearSchedule is one calendar year's holiday arrangement.
type YearSchedule struct {
	Year   int
	Days   []DayOff
	Source string // where it comes from: the built-in table or the notice entered
}

// Calendar answers whether a day is a working day, for the years it covers.
type Calendar struct {
	years map[int]YearSchedule
	days  map[time.Time]DayOff
}

// BuiltinSchedule returns the built-in schedule of year, if the table has
// it: a copy of builtinYears', the caller's to change.
func BuiltinSchedule(year int) (YearSchedule, bool) {
	ys, ok := builtinYears()[year]
	ys.Days = slices.Clone(ys.Days)
	return ys, ok
}

// builtinYears are the built-in years' schedules, read from lunar-go's
// table once: every Calendar is built on them (the 工作台 builds one on
// each open, for the countersigns due), and working the table out anew
// took most of that section's time.
var builtinYears = sync.OnceValue(func() map[int]YearSchedule {
	years := map[int]YearSchedule{}
	for year := BuiltinFirst; year <= BuiltinLast; year++ {
		ys := YearSchedule{Year: year, Source: BuiltinSource}
		for e := HolidayUtil.GetHolidaysByYear(year).Front(); e != nil; e = e.Next() {
			h := e.Value.(*HolidayUtil.Holiday)
			d, err := time.Parse(data.DateLayout, h.GetDay())
			if err != nil {
				panic(fmt.Sprintf("lunar-go holiday day %q: %v", h.GetDay(), err)) // the table is compiled in
			}
			ys.Days = append(ys.Days, DayOff{Day: d, Name: h.GetName(), Work: h.IsWork()})
		}
		years[year] = ys
	}
	return years
})

// NewCalendar combines the built-in years with the schedules an
// administrator entered; an entered year replaces the built-in one.
func NewCalendar(entered []YearSchedule) (*Calendar, error) {
	c := &Calendar{years: map[int]YearSchedule{}, days: map[time.Time]DayOff{}}
	for y := BuiltinFirst; y <= BuiltinLast; y++ {
		ys, _ := BuiltinSchedule(y)
		c.years[y] = ys
	}
	for _, ys := range entered {
		if err := ys.Validate(); err != nil {
			return nil, err
		}
		c.years[ys.Year] = ys
	}
	for _, ys := range c.years {
		for _, d := range ys.Days {
			c.days[d.Day] = d
		}
	}
	return c, nil
}

// Covers tells whether the calendar knows year's holidays.
func (c *Calendar) Covers(year int) bool { _, ok := c.years[year]; return ok }

// Years lists the covered years in order.
func (c *Calendar) Years() []int {
	ys := make([]int, 0, len(c.years))
	for y := range c.years {
		ys = append(ys, y)
	}
	slices.Sort(ys)
	return ys
}

// Schedule returns the schedule in force for year.
func (c *Calendar) Schedule(year int) (YearSchedule, bool) {
	ys, ok := c.years[year]
	return ys, ok
}

// CoveredText renders the covered years as ranges: 2002—2026、2028.
func (c *Calendar) CoveredText() string {
	ys := c.Years()
	var parts []string
	for i := 0; i < len(ys); {
		j := i
		for j+1 < len(ys) && ys[j+1] == ys[j]+1 {
			j++
		}
		if i == j {
			parts = append(parts, strconv.Itoa(ys[i]))
		} else {
			parts = append(parts, fmt.Sprintf("%d—%d", ys[i], ys[j]))
		}
		i = j + 1
	}
	return strings.Join(parts, "、")
}

// Workday tells whether day is a working day: Monday to Friday unless the
// schedule gives it off, or a weekend day the schedule declares a working
// day. known is false when day's year is not covered; the answer is then the
// plain weekday guess and must be shown as unverified.
func (c *Calendar) Workday(day time.Time) (work, known bool) {
	d := dateOf(day)
	if e, ok := c.days[d]; ok {
		return e.Work, c.Covers(d.Year())
	}
	wd := d.Weekday()
	return wd != time.Saturday && wd != time.Sunday, c.Covers(d.Year())
}

// Due is a computed deadline. Unverified means some day counted lies in a
// year the calendar does not cover: the date assumes no holidays there and
// must be shown with Note until that year's schedule is entered.
type Due struct {
	Date       time.Time
	Unverified bool
	Note       string
}

// AddWorkdays counts n working days after from, starting on the next working
// day (clause 四十八: a countersign reply is due within 7 working days of
// sending). n of 0 returns from itself.
func (c *Calendar) AddWorkdays(from time.Time, n int) Due {
	d := dateOf(from)
	due := Due{Date: d}
	for i := 0; i < n; {
		d = d.AddDate(0, 0, 1)
		work, known := c.Workday(d)
		if !known && !due.Unverified {
			due.Unverified = true
			due.Note = c.uncovered(d.Year())
		}
		if work {
			i++
		}
	}
	due.Date = d
	return due
}

// NextWorkday is the first working day after day: a countersign with no
// reply by its due date lapses into 无不同意见 on this day (四十八).
func (c *Calendar) NextWorkday(day time.Time) Due { return c.AddWorkdays(day, 1) }

func (c *Calendar) uncovered(year int) string {
	return fmt.Sprintf("%d 年的节假日安排尚未录入（已覆盖 %s），此日期按周末推算，待录入后核实", year, c.CoveredText())
}

// UncoveredNote explains why a day in year cannot be verified.
func (c *Calendar) UncoveredNote(year int) string { return c.uncovered(year) }

func dateOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
