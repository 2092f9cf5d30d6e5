package app

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"huiwu/data"
	"huiwu/data/store"
	"huiwu/rules"
)

const filingUsage = `用法（第十九条：镇、部门规范性文件报市政府备案）：
  huiwu filing add --unit 单位 --title 标题 [--number 文号] --issued 日期 --received 日期 [--consulted] [--reviewed] [--public [--asked 请示文号]]
  huiwu filing list [--year 年]
  huiwu filing register --filing 编号 --on 日期            司法局备案登记
  huiwu filing review --filing 编号 --result pass|conflict|ultra_vires|procedure --on 日期   司法局审查
  huiwu filing order --filing 编号 --amend|--revoke --ref 文号 --on 日期   报请市政府责令修改或撤销`

// cmdFiling runs `huiwu filing …`: the register of the normative documents
// towns and departments file with the 市政府 (十九).
func cmdFiling(dir string, args []string, out io.Writer) error {
	if len(args) == 0 {
		return usageError{filingUsage}
	}
	fs := flag.NewFlagSet("filing", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	unit, title, number := fs.String("unit", "", ""), fs.String("title", "", ""), fs.String("number", "", "")
	issued, received, on := fs.String("issued", "", ""), fs.String("received", "", ""), fs.String("on", "", "")
	consulted, reviewed, public := fs.Bool("consulted", false, ""), fs.Bool("reviewed", false, ""), fs.Bool("public", false, "")
	asked, ref, result := fs.String("asked", "", ""), fs.String("ref", "", ""), fs.String("result", "", "")
	amend, revoke := fs.Bool("amend", false, ""), fs.Bool("revoke", false, "")
	id := fs.Int64("filing", 0, "")
	year := fs.Int("year", 0, "")
	if err := fs.Parse(args[1:]); err != nil || fs.NArg() > 0 {
		return usageError{filingUsage}
	}
	days := map[string]time.Time{}
	for name, v := range map[string]string{"--issued": *issued, "--received": *received, "--on": *on} {
		if v == "" {
			continue
		}
		t, err := data.ParseDate(v)
		if err != nil {
			return usageError{name + "：" + data.ErrorMessage(err)}
		}
		days[name] = t
	}
	ctx := context.Background()
	switch args[0] {
	case "add":
		return withStore(dir, func(s *store.Store) error {
			units, err := s.Units(ctx)
			if err != nil {
				return err
			}
			f := data.Filing{
				Title: *title, Number: *number, Issued: days["--issued"], Received: days["--received"],
				Consulted: *consulted, OwnReview: *reviewed, PublicMatter: *public, AskedRef: *asked,
			}
			for _, u := range units {
				if u.Name == *unit || u.ShortName == *unit {
					f.UnitID = u.ID
				}
			}
			if f.UnitID == 0 {
				return data.Errorf(data.ENotFound, "名册中没有单位「%s」", *unit)
			}
			if f, err = s.AddFiling(ctx, f); err != nil {
				return err
			}
			fmt.Fprintf(out, "已登记备案（编号 %d）：%s《%s》\n", f.ID, f.UnitName, f.Title)
			for _, b := range rules.FilingFlags(f) {
				fmt.Fprintf(out, "  ⚠ %s\n", b.String())
			}
			return nil
		})
	case "list":
		return withStore(dir, func(s *store.Store) error {
			if *year == 0 {
				*year = s.Today().Year()
			}
			return listFilings(ctx, s, *year, out)
		})
	case "register", "review", "order":
		if *id == 0 {
			return usageError{"请用 --filing 指定备案编号\n" + filingUsage}
		}
		step := args[0]
		if step == "order" {
			if *amend == *revoke {
				return usageError{"请给出 --amend 或 --revoke 之一\n" + filingUsage}
			}
			*result = rules.OrderRevoke
			if *amend {
				*result = rules.OrderAmend
			}
		}
		return withStore(dir, func(s *store.Store) error {
			f, err := s.FilingStep(ctx, *id, step, *result, *ref, days["--on"])
			if err != nil {
				return err
			}
			fmt.Fprintf(out, "备案（编号 %d）《%s》：%s\n", f.ID, f.Title, filingState(f))
			return nil
		})
	}
	return usageError{fmt.Sprintf("未知的 filing 子命令「%s」\n%s", args[0], filingUsage)}
}

// filingState is where a filing stands, in words.
func filingState(f data.Filing) string {
	switch {
	case f.Order != "":
		return fmt.Sprintf("%s（%s，%s）", rules.FilingName(f.Order), f.OrderRef, f.OrderOn.Format(data.DateLayout))
	case f.Review != "":
		return "审查：" + rules.FilingName(f.Review)
	case !f.RegisteredOn.IsZero():
		return "已登记 " + f.RegisteredOn.Format(data.DateLayout) + "，待审查"
	}
	return "待登记"
}

// listFilings prints the year's filings, one a line with its id and flags.
func listFilings(ctx context.Context, s *store.Store, year int, out io.Writer) error {
	fs, err := s.Filings(ctx, year)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "编号\t制定单位\t标题\t文号\t印发\t收到\t状态\t问题")
	flagged := 0
	for _, f := range fs {
		var flags []string
		for _, b := range rules.FilingFlags(f) {
			flags = append(flags, b.Message)
		}
		if len(flags) > 0 {
			flagged++
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", f.ID, f.UnitName, f.Title, f.Number, f.Issued.Format(data.DateLayout),
			f.Received.Format(data.DateLayout), filingState(f), strings.Join(flags, "；"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err = fmt.Fprintf(out, "%d 年报送备案 %d 件，其中有问题 %d 件（第十九条）\n", year, len(fs), flagged)
	return err
}
