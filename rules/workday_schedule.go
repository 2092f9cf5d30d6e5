package rules

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"huiwu/data"
)

// The schedule of a year is entered as text, one holiday a line, the way the
// State Council's notice lists it:
//
//	国庆节 2027-10-01~2027-10-07 上班 2027-09-26 2027-10-09
//
// a name, the rest days (single dates or ranges), and after 上班 the weekend
// days declared working days. Blank lines and lines starting with # are
// skipped. Local adjustments are entered the same way.

// MaxScheduleText caps an entered schedule: a year's notice is a dozen lines.
const MaxScheduleText = 4000

// ParseSchedule reads year's schedule from text and validates it.
func ParseSchedule(year int, text, source string) (YearSchedule, error) {
	ys := YearSchedule{Year: year, Source: data.Clean(source)}
	var v []data.Problem
	bad := func(format string, args ...any) {
		v = append(v, data.Problem{Field: "节假日安排", Message: fmt.Sprintf(format, args...)})
	}
	if n := utf8.RuneCountInString(text); n > MaxScheduleText {
		bad("不能超过 %d 个字（现有 %d 个）", MaxScheduleText, n)
		return ys, &data.Error{Code: data.EInvalid, Message: fmt.Sprintf("%d 年节假日安排未保存", year), Problems: v}
	}
	for n, line := range strings.Split(text, "\n") {
		line = data.Clean(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(strings.ReplaceAll(line, "　", " "))
		name, work := fields[0], false
		if len(fields) < 2 {
			bad("第 %d 行只有名称，缺少日期", n+1)
			continue
		}
		for _, f := range fields[1:] {
			if f == "上班" || f == "调休上班" {
				work = true
				continue
			}
			from, to, ok := strings.Cut(f, "~")
			if !ok {
				to = from
			}
			d0, err0 := data.ParseDate(from)
			d1, err1 := data.ParseDate(to)
			if err0 != nil || err1 != nil {
				bad("第 %d 行的日期「%s」无效，应为 2027-10-01 或 2027-10-01~2027-10-07", n+1, f)
				continue
			}
			if d1.Before(d0) || d1.Sub(d0) > 31*24*time.Hour {
				bad("第 %d 行的日期段「%s」首尾颠倒或超过一个月", n+1, f)
				continue
			}
			for d := d0; !d.After(d1); d = d.AddDate(0, 0, 1) {
				ys.Days = append(ys.Days, DayOff{Day: d, Name: name, Work: work})
			}
		}
	}
	if len(v) > 0 {
		return ys, &data.Error{Code: data.EInvalid, Message: fmt.Sprintf("%d 年节假日安排未保存", year), Problems: v}
	}
	slices.SortFunc(ys.Days, func(a, b DayOff) int { return a.Day.Compare(b.Day) })
	return ys, ys.Validate()
}

// Validate checks a schedule: a year in range, a source named, every day in
// that year and listed once, and every make-up working day on a weekend.
func (ys YearSchedule) Validate() error {
	var v []data.Problem
	bad := func(field, format string, args ...any) {
		v = append(v, data.Problem{Field: field, Message: fmt.Sprintf(format, args...)})
	}
	if ys.Year < 2000 || ys.Year > 2200 {
		bad("年份", "应在 2000 到 2200 之间")
	}
	if ys.Source == "" {
		bad("依据", "请写明依据，如国务院办公厅通知的文号或本地调整文件")
	}
	if len(ys.Days) == 0 {
		bad("节假日安排", "至少应有一个放假日")
	}
	seen := map[time.Time]bool{}
	for _, d := range ys.Days {
		switch {
		case d.Day.Year() != ys.Year:
			bad("节假日安排", "%s 不在 %d 年内", d.Day.Format(data.DateLayout), ys.Year)
		case seen[d.Day]:
			bad("节假日安排", "%s 重复出现", d.Day.Format(data.DateLayout))
		case d.Work && d.Day.Weekday() != time.Saturday && d.Day.Weekday() != time.Sunday:
			bad("节假日安排", "调休上班日 %s 是%s，不是周末", d.Day.Format(data.DateLayout), weekdayName(d.Day))
		case d.Name == "":
			bad("节假日安排", "%s 缺少节日名称", d.Day.Format(data.DateLayout))
		}
		seen[d.Day] = true
	}
	if len(v) > 0 {
		return &data.Error{Code: data.EInvalid, Message: fmt.Sprintf("%d 年节假日安排未保存", ys.Year), Problems: v}
	}
	return nil
}

// FormatSchedule writes ys in the text form ParseSchedule reads, one line per
// holiday name, consecutive rest days joined into ranges.
func FormatSchedule(ys YearSchedule) string {
	var names []string
	byName := map[string][]DayOff{}
	for _, d := range ys.Days {
		if _, ok := byName[d.Name]; !ok {
			names = append(names, d.Name)
		}
		byName[d.Name] = append(byName[d.Name], d)
	}
	var b strings.Builder
	for _, name := range names {
		b.WriteString(name)
		var rest, work []time.Time
		for _, d := range byName[name] {
			if d.Work {
				work = append(work, d.Day)
			} else {
				rest = append(rest, d.Day)
			}
		}
		for i := 0; i < len(rest); {
			j := i
			for j+1 < len(rest) && rest[j+1].Equal(rest[j].AddDate(0, 0, 1)) {
				j++
			}
			b.WriteString(" " + rest[i].Format(data.DateLayout))
			if j > i {
				b.WriteString("~" + rest[j].Format(data.DateLayout))
			}
			i = j + 1
		}
		if len(work) > 0 {
			b.WriteString(" 上班")
			for _, d := range work {
				b.WriteString(" " + d.Format(data.DateLayout))
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

// WeekdayName is the Chinese name of day's weekday: 星期一 …
func WeekdayName(day time.Time) string { return weekdayName(day) }

func weekdayName(day time.Time) string {
	return "星期" + string([]rune("日一二三四五六")[day.Weekday()])
}
