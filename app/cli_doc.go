package app

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"

	"huiwu/data"
	"huiwu/data/store"
	"huiwu/rules"
)

const workdayUsage = "用法：huiwu workday add --from 2026-09-28 --days 7 | huiwu workday is 2026-10-10 | huiwu workday years | huiwu workday set --year 2027 --source 通知文号 --in 安排.txt（每个节日一行：名称 放假日期或 起~止 上班 调休日期……）"

// errUnverified is returned after a flagged answer has been printed: the
// date lies past the covered years, so the exit status says it is unsure.
var errUnverified = data.Errorf(data.EInvalid, "结果未经节假日安排核实")

// cmdWorkday runs `huiwu workday add|is|years` on the calendar of the data
// folder (built-in years plus the schedules entered in 设置).
func cmdWorkday(dir string, args []string, out io.Writer) error {
	if len(args) == 0 {
		return usageError{workdayUsage}
	}
	switch args[0] {
	case "add":
		fs := flag.NewFlagSet("workday add", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		from := fs.String("from", "", "start date")
		days := fs.String("days", "", "working days")
		if err := fs.Parse(args[1:]); err != nil || fs.NArg() > 0 || *from == "" || *days == "" {
			return usageError{workdayUsage}
		}
		start, err := data.ParseDate(*from)
		if err != nil {
			return usageError{"--from：" + data.ErrorMessage(err)}
		}
		n, err := strconv.Atoi(*days)
		if err != nil || n < 0 || n > 366 {
			return usageError{fmt.Sprintf("--days「%s」应为 0 到 366 之间的整数", *days)}
		}
		return withCalendar(dir, func(c *rules.Calendar) error {
			due := c.AddWorkdays(start, n)
			fmt.Fprintf(out, "%s（%s）\n", due.Date.Format(data.DateLayout), rules.WeekdayName(due.Date))
			if due.Unverified {
				fmt.Fprintf(out, "注意：%s\n", due.Note)
				return errUnverified
			}
			return nil
		})
	case "is":
		if len(args) != 2 {
			return usageError{workdayUsage}
		}
		d, err := data.ParseDate(args[1])
		if err != nil {
			return usageError{data.ErrorMessage(err)}
		}
		return withCalendar(dir, func(c *rules.Calendar) error {
			work, known := c.Workday(d)
			what := "休息日"
			if work {
				what = "工作日"
			}
			fmt.Fprintf(out, "%s（%s）：%s\n", d.Format(data.DateLayout), rules.WeekdayName(d), what)
			if !known {
				fmt.Fprintf(out, "注意：%s\n", c.UncoveredNote(d.Year()))
				return errUnverified
			}
			return nil
		})
	case "set":
		fs := flag.NewFlagSet("workday set", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		year := fs.Int("year", 0, "year")
		source := fs.String("source", "", "notice")
		in := fs.String("in", "", "schedule file")
		if err := fs.Parse(args[1:]); err != nil || fs.NArg() > 0 || *year == 0 || *in == "" {
			return usageError{workdayUsage}
		}
		text, err := os.ReadFile(*in)
		if err != nil {
			return data.Wrap(data.EInvalid, err, "无法读取 %s：%v", *in, err)
		}
		return withStore(dir, func(s *store.Store) error {
			if err := s.SaveCalendarYear(context.Background(), *year, string(text), *source); err != nil {
				return err
			}
			c, err := s.WorkCalendar(context.Background())
			if err != nil {
				return err
			}
			fmt.Fprintf(out, "已录入 %d 年节假日安排（%s）。已覆盖年份：%s\n", *year, data.Clean(*source), c.CoveredText())
			return nil
		})
	case "years":
		if len(args) != 1 {
			return usageError{workdayUsage}
		}
		return withCalendar(dir, func(c *rules.Calendar) error {
			fmt.Fprintf(out, "已覆盖年份：%s\n", c.CoveredText())
			for _, y := range c.Years() {
				if ys, _ := c.Schedule(y); ys.Source != rules.BuiltinSource {
					fmt.Fprintf(out, "%d 年：%s\n", y, ys.Source)
				}
			}
			fmt.Fprintf(out, "内置数据：%s\n", rules.BuiltinSource)
			return nil
		})
	}
	return usageError{workdayUsage}
}

// withCalendar runs fn on the data folder's calendar: the built-in years
// and the schedules entered in 设置.
func withCalendar(dir string, fn func(*rules.Calendar) error) error {
	return withStore(dir, func(s *store.Store) error {
		c, err := s.WorkCalendar(context.Background())
		if err != nil {
			return err
		}
		return fn(c)
	})
}
