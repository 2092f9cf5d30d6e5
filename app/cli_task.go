package app

import (
	"context"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"huiwu/data"
	"huiwu/data/store"
	"huiwu/export/safefile"
)

const taskUsage = "用法：huiwu task list [--overdue] [--source 来源] [--from 日期 --to 日期]（逾期事项在前；来源如 领导批示 或 instruction；日期为办结时限）"

// taskExports are the `huiwu export` kinds made from the 督办 tasks.
var taskExports = map[string]bool{"tasks": true, "task-report": true}

// cmdTask runs `huiwu task list`: the 督办 tasks, overdue first.
func cmdTask(dir string, args []string, out io.Writer) error {
	if len(args) == 0 || args[0] != "list" {
		return usageError{taskUsage}
	}
	fs := flag.NewFlagSet("task list", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	overdue := fs.Bool("overdue", false, "overdue only")
	source := fs.String("source", "", "source")
	from := fs.String("from", "", "first due day")
	to := fs.String("to", "", "last due day")
	if err := fs.Parse(args[1:]); err != nil || fs.NArg() > 0 {
		return usageError{taskUsage}
	}
	f := data.TaskFilter{OverdueOnly: *overdue}
	if *source != "" {
		for _, src := range data.TaskSources {
			if *source == string(src) || *source == data.TaskSourceName(src) {
				f.Source = src
			}
		}
		if f.Source == "" {
			return usageError{fmt.Sprintf("未知来源「%s」", *source)}
		}
	}
	for _, d := range []struct {
		flag string
		dst  *time.Time
		v    string
	}{{"--from", &f.From, *from}, {"--to", &f.To, *to}} {
		if d.v == "" {
			continue
		}
		t, err := data.ParseDate(d.v)
		if err != nil {
			return usageError{d.flag + "：" + data.ErrorMessage(err)}
		}
		*d.dst = t
	}
	return withStore(dir, func(s *store.Store) error {
		ts, err := s.Tasks(context.Background(), f)
		if err != nil {
			return err
		}
		today := s.Today()
		tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "编号\t状态\t办结时限\t来源\t督办事项\t牵头单位\t协办单位\t催办")
		late := 0
		for _, t := range ts {
			if t.Overdue(today) {
				late++
			}
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%d\n", t.ID, t.State(today), t.Due.Format(data.DateLayout), data.TaskSourceName(t.Source),
				t.Title, t.LeadUnitName, strings.Join(t.HelpUnitNames, "、"), t.Reminders)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		fmt.Fprintf(out, "共 %d 项，逾期 %d 项\n", len(ts), late)
		return nil
	})
}

// cmdExportTasks writes the 督办台账 or the 督办通报 of a period as xlsx.
func cmdExportTasks(dir string, args []string, out io.Writer) error {
	what := args[0]
	fs := flag.NewFlagSet("export "+what, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	from := fs.String("from", "", "first day")
	to := fs.String("to", "", "last day")
	dst := fs.String("out", "", "output file")
	if err := fs.Parse(args[1:]); err != nil || fs.NArg() > 0 || *dst == "" {
		return usageError{exportUsage}
	}
	f, err := data.ParseDate(*from)
	if err != nil {
		return usageError{"--from：" + data.ErrorMessage(err)}
	}
	t, err := data.ParseDate(*to)
	if err != nil {
		return usageError{"--to：" + data.ErrorMessage(err)}
	}
	if t.Before(f) {
		return usageError{"--to 不能早于 --from"}
	}
	if strings.ToLower(filepath.Ext(*dst)) != ".xlsx" {
		return usageError{"督办台账和通报只能导出为 .xlsx"}
	}
	return withStore(dir, func(s *store.Store) error {
		book, err := sources(s).TaskWorkbook(context.Background(), f, t, what == "task-report")
		if err != nil {
			return err
		}
		if err := safefile.Write(*dst, book); err != nil {
			return err
		}
		fmt.Fprintf(out, "已导出 %s\n", *dst)
		return nil
	})
}
