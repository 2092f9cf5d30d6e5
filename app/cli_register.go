package app

import (
	"context"
	"flag"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"huiwu/data"
	"huiwu/data/store"
	"huiwu/rules"
)

const proposalUsage = `用法：
  huiwu proposal add --kind npc|cppcc --number 第12号 --title 标题 --proposer 代表或委员 --unit 承办单位 --assigned 交办日期   登记人大代表建议（npc）或政协委员提案（cppcc）（第三十条）
  huiwu proposal list [--year 年]   本年（或该年）的建议提案，附编号、答复与公开情况
  huiwu proposal reply --id 编号 --on 日期 --reply 答复摘要 [--year 交办年份]   记录给代表、委员的答复
  huiwu proposal publish --id 编号 --on 日期 --where 公开载体 [--year 交办年份]   记录办理结果公开`

const issuedUsage = `用法：
  huiwu issued add --number 文号 --title 标题 --issuer government|office --on 发文日期 --disclosure 主动公开|依申请公开|不予公开 [--secret 密级 --secrecy-on 保密审查日期] [--reason 超出年度目标的理由]   登记以市政府或办公室名义发文（第五十、五十一条）
  huiwu issued list [--year 年]   该年发文登记与年度目标`

// registerFlags are the flags of proposal and issued, parsed once.
type registerFlags struct {
	fs                                       *flag.FlagSet
	kind, number, title, proposer, unit      *string
	assigned, on, reply, where, issuer, disc *string
	secret, secrecyOn, reason                *string
	id                                       *int64
	year                                     *int
}

func parseRegister(name, usage string, args []string) (registerFlags, error) {
	f := registerFlags{fs: flag.NewFlagSet(name, flag.ContinueOnError)}
	f.fs.SetOutput(io.Discard)
	s := func(n string) *string { return f.fs.String(n, "", n) }
	f.kind, f.number, f.title, f.proposer, f.unit = s("kind"), s("number"), s("title"), s("proposer"), s("unit")
	f.assigned, f.on, f.reply, f.where, f.issuer, f.disc = s("assigned"), s("on"), s("reply"), s("where"), s("issuer"), s("disclosure")
	f.secret, f.secrecyOn, f.reason = s("secret"), s("secrecy-on"), s("reason")
	f.id = f.fs.Int64("id", 0, "id")
	f.year = f.fs.Int("year", 0, "year")
	if err := f.fs.Parse(args); err != nil || f.fs.NArg() > 0 {
		return f, usageError{usage}
	}
	return f, nil
}

// day reads an optional date flag; "" is the zero day.
func flagDay(name, v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	t, err := data.ParseDate(v)
	if err != nil {
		return t, usageError{"--" + name + "：" + data.ErrorMessage(err)}
	}
	return t, nil
}

// cmdProposal runs `huiwu proposal …`: the 人大代表建议 and 政协委员提案 of
// 三十, registered, answered and their results made public.
func cmdProposal(dir string, args []string, out io.Writer) error {
	if len(args) == 0 {
		return usageError{proposalUsage}
	}
	f, err := parseRegister("proposal", proposalUsage, args[1:])
	if err != nil {
		return err
	}
	assigned, err := flagDay("assigned", *f.assigned)
	if err != nil {
		return err
	}
	on, err := flagDay("on", *f.on)
	if err != nil {
		return err
	}
	ctx := context.Background()
	return withStore(dir, func(s *store.Store) error {
		year := *f.year
		if year == 0 {
			year = s.Today().Year()
		}
		switch args[0] {
		case "add":
			unit, err := unitNamed(ctx, s, *f.unit)
			if err != nil {
				return err
			}
			p, err := s.SaveProposal(ctx, data.Proposal{Kind: data.ProposalKind(*f.kind), Number: *f.number, Title: *f.title, Proposer: *f.proposer, UnitID: unit, Assigned: assigned})
			if err != nil {
				return err
			}
			fmt.Fprintf(out, "已登记%s（编号 %d）：%s %s，%s承办，%s交办\n", p.Kind.Name(), p.ID, p.Number, p.Title, *f.unit, p.Assigned.Format(data.DateLayout))
			return nil
		case "list":
			ps, err := s.Proposals(ctx, year)
			if err != nil {
				return err
			}
			tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "编号\t类别\t号\t标题\t代表委员\t承办单位\t交办\t答复\t公开\t")
			for _, p := range ps {
				fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", p.ID, p.Kind.Name(), p.Number, p.Title, p.Proposer, p.UnitName,
					p.Assigned.Format(data.DateLayout), dayOrDash(p.RepliedOn), dayOrDash(p.PublishedOn))
			}
			tw.Flush()
			fmt.Fprintf(out, "%d年共 %d 件\n", year, len(ps))
			return nil
		case "reply", "publish":
			ps, err := s.Proposals(ctx, year)
			if err != nil {
				return err
			}
			for _, p := range ps {
				if p.ID != *f.id {
					continue
				}
				if args[0] == "reply" {
					p.RepliedOn, p.Reply = on, *f.reply
				} else {
					p.PublishedOn, p.PublishedWhere = on, *f.where
				}
				if p, err = s.SaveProposal(ctx, p); err != nil {
					return err
				}
				fmt.Fprintf(out, "已记录：%s %s，答复 %s，公开 %s\n", p.Number, p.Title, dayOrDash(p.RepliedOn), dayOrDash(p.PublishedOn))
				return nil
			}
			return data.Errorf(data.ENotFound, "%d年交办的建议提案中没有编号 %d（见 huiwu proposal list --year 年）", year, *f.id)
		}
		return usageError{proposalUsage}
	})
}

// cmdIssued runs `huiwu issued …`: the register of documents issued in the
// government's or the office's name (五十, 五十一).
func cmdIssued(dir string, args []string, out io.Writer) error {
	if len(args) == 0 {
		return usageError{issuedUsage}
	}
	f, err := parseRegister("issued", issuedUsage, args[1:])
	if err != nil {
		return err
	}
	on, err := flagDay("on", *f.on)
	if err != nil {
		return err
	}
	secrecyOn, err := flagDay("secrecy-on", *f.secrecyOn)
	if err != nil {
		return err
	}
	ctx := context.Background()
	return withStore(dir, func(s *store.Store) error {
		switch args[0] {
		case "add":
			d, err := s.SaveIssuedDoc(ctx, data.IssuedDoc{
				Number: *f.number, Title: *f.title, Issuer: data.Issuer(*f.issuer), IssuedOn: on,
				Disclosure: *f.disc, Classification: *f.secret, SecrecyOn: secrecyOn, Override: *f.reason,
			})
			if err != nil {
				return err
			}
			fmt.Fprintf(out, "已登记发文（编号 %d）：%s %s，%s，%s\n", d.ID, d.Number, d.Title, d.IssuedOn.Format(data.DateLayout), d.Disclosure)
			return nil
		case "list":
			year := *f.year
			if year == 0 {
				year = s.Today().Year()
			}
			ds, tally, err := s.IssuedDocs(ctx, year)
			if err != nil {
				return err
			}
			tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "编号\t文号\t标题\t发文日期\t公开属性\t密级\t")
			for _, d := range ds {
				fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t\n", d.ID, d.Number, d.Title, d.IssuedOn.Format(data.DateLayout), d.Disclosure, orText(d.Classification, "—"))
			}
			tw.Flush()
			fmt.Fprintln(out, rules.TallyText(tally))
			return nil
		}
		return usageError{issuedUsage}
	})
}

func dayOrDash(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return t.Format(data.DateLayout)
}

func orText(s, none string) string {
	if s == "" {
		return none
	}
	return s
}
