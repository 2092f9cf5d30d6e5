package app

import (
	"context"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"huiwu/data"
	"huiwu/data/store"
	"huiwu/export/labels"
	"huiwu/export/safefile"
)

// docExports are the `huiwu export` kinds made from the documents register.
var docExports = map[string]bool{"docform": true, "countersign": true, "docs": true}

const docUsage = "用法：huiwu doc list [--state 状态]（状态如 会签中 或 countersign）"

// cmdDoc runs `huiwu doc list`.
func cmdDoc(dir string, args []string, out io.Writer) error {
	if len(args) == 0 || args[0] != "list" {
		return usageError{docUsage}
	}
	fs := flag.NewFlagSet("doc list", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	state := fs.String("state", "", "status")
	if err := fs.Parse(args[1:]); err != nil || fs.NArg() > 0 {
		return usageError{docUsage}
	}
	var f data.DocFilter
	if *state != "" {
		for _, st := range data.DocStatuses {
			if *state == string(st) || *state == labels.DocStatusName(st) {
				f.Status = st
			}
		}
		if f.Status == "" {
			return usageError{fmt.Sprintf("未知公文状态「%s」", *state)}
		}
	}
	return withStore(dir, func(s *store.Store) error { return listDocs(context.Background(), s, f, out) })
}

// listDocs prints the register as the window shows it: the 会签 lapse of
// 四十八, which the window applies on start and hourly, is applied first, so
// a unit silent past its deadline is listed as 视为无不同意见. Data opened
// read-only is not written: such a unit is listed as 逾期未回复, due.
func listDocs(ctx context.Context, s *store.Store, f data.DocFilter, out io.Writer) error {
	if !s.ReadOnly {
		if _, err := s.LapseOverdue(ctx); err != nil {
			return err
		}
	}
	docs, err := s.Documents(ctx, f)
	if err != nil {
		return err
	}
	signs, err := s.Countersigns(ctx)
	if err != nil {
		return err
	}
	late, lapsed, unsure := map[int64][]string{}, map[int64][]string{}, map[int64]bool{}
	for _, c := range signs {
		switch {
		case c.Overdue:
			late[c.DocID] = append(late[c.DocID], c.UnitName)
		case c.Reply == data.ReplyLapsed:
			lapsed[c.DocID] = append(lapsed[c.DocID], c.UnitName)
		}
		if c.DueUnverified && c.ExtendedTo.IsZero() && c.Reply == data.ReplyNone {
			unsure[c.DocID] = true
		}
	}
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "编号\t收文日期\t文种\t状态\t来文单位\t标题\t问题")
	for _, d := range docs {
		var notes []string
		if d.Problem != "" {
			notes = append(notes, d.Problem)
		}
		if len(late[d.ID]) > 0 {
			notes = []string{"逾期未回复：" + strings.Join(late[d.ID], "、")}
		}
		if len(lapsed[d.ID]) > 0 {
			notes = append(notes, "逾期未回复，视为无不同意见："+strings.Join(lapsed[d.ID], "、"))
		}
		if unsure[d.ID] {
			notes = append(notes, "会签期限超出已录入的节假日安排，待核实")
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\n", d.ID, d.Received.Format(data.DateLayout), labels.DocKindName(d.Kind), labels.DocStatusName(d.Status), d.UnitName, d.Title, strings.Join(notes, "；"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(out, "共 %d 件\n", len(docs))
	return nil
}

// cmdExportDoc writes a 公文处理笺 or 会签单 (PDF) or the documents workbook
// (xlsx), each through safefile and carrying the audit head.
func cmdExportDoc(dir string, args []string, out io.Writer) error {
	what := args[0]
	fs := flag.NewFlagSet("export "+what, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	id := fs.Int64("doc", 0, "document ID")
	dst := fs.String("out", "", "output file")
	from := fs.String("from", "", "first day")
	to := fs.String("to", "", "last day")
	if err := fs.Parse(args[1:]); err != nil || fs.NArg() > 0 || *dst == "" {
		return usageError{exportUsage}
	}
	ext := strings.ToLower(filepath.Ext(*dst))
	if what == "docs" {
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
		if ext != ".xlsx" {
			return usageError{"公文清单只能导出为 .xlsx"}
		}
		return withStore(dir, func(s *store.Store) error {
			b, book, err := sources(s).DocBook(context.Background(), f, t)
			if err != nil {
				return err
			}
			if err := safefile.Write(*dst, book); err != nil {
				return err
			}
			fmt.Fprintf(out, "已导出 %d 件公文：%s\n", len(b.Docs), *dst)
			return nil
		})
	}
	if *id <= 0 {
		return usageError{"请用 --doc 指定公文编号（见 huiwu doc list）"}
	}
	if ext != ".pdf" {
		return usageError{"公文处理笺和会签单只能导出为 .pdf"}
	}
	return withStore(dir, func(s *store.Store) error {
		p, err := sources(s).DocPaper(context.Background(), *id, what == "countersign")
		if err != nil {
			return err
		}
		if err := safefile.Write(*dst, p); err != nil {
			return err
		}
		fmt.Fprintf(out, "已导出 %s\n", *dst)
		return nil
	})
}
