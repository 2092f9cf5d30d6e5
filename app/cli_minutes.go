package app

import (
	"context"
	"flag"
	"fmt"
	"io"
	"text/tabwriter"

	"huiwu/data"
	"huiwu/data/store"
	"huiwu/rules"
)

const minutesUsage = "用法：huiwu minutes list [--year 年份] [--stage 阶段]（阶段如 起草中、待审核、待签发、已签发，或 draft、review、reviewed、signed）"

// cmdMinutes runs `huiwu minutes list`: every 纪要 with its number, where it
// stands and who acts next on its sign-off chain (四十六).
func cmdMinutes(dir string, args []string, out io.Writer) error {
	if len(args) == 0 || args[0] != "list" {
		return usageError{minutesUsage}
	}
	fs := flag.NewFlagSet("minutes list", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	year := fs.Int("year", 0, "year")
	stage := fs.String("stage", "", "stage")
	if err := fs.Parse(args[1:]); err != nil || fs.NArg() > 0 {
		return usageError{minutesUsage}
	}
	if *year != 0 && (*year < 1949 || *year > 2200) {
		return usageError{fmt.Sprintf("年份「%d」超出范围（1949—2200）", *year)}
	}
	f := data.MinutesFilter{Year: *year}
	if *stage != "" {
		st, ok := parseMinutesStage(*stage)
		if !ok {
			return usageError{fmt.Sprintf("未知纪要阶段「%s」", *stage)}
		}
		f.Stage = st
	}
	return withStore(dir, func(s *store.Store) error {
		ctx := context.Background()
		ns, err := s.MinutesList(ctx, f)
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "编号\t期号\t类型\t会议编号\t会议日期\t会议\t阶段\t版本\t下一步")
		for _, n := range ns {
			next, err := nextStep(ctx, s, n)
			if err != nil {
				return err
			}
			fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%s\t%s\t%s\t%d\t%s\n", n.ID, n.IssueText(), rules.KindName(n.MeetingKind), n.MeetingID,
				n.MeetingDay.Format(data.DateLayout), n.MeetingTitle, data.MinutesStageName(n.Stage), n.Versions, next)
		}
		tw.Flush()
		fmt.Fprintf(out, "共 %d 份纪要\n", len(ns))
		return nil
	})
}

// nextStep names the next step of a 纪要's chain and who takes it; a chain
// the rules cannot settle (no mayor on the roster…) prints the reason.
func nextStep(ctx context.Context, s *store.Store, n data.Minutes) (string, error) {
	if n.Locked() {
		return "—（" + n.SignedOn.Format(data.DateLayout) + " 签发）", nil
	}
	chain, err := s.SignChain(ctx, n.ID)
	if err != nil {
		if data.ErrorCode(err) == data.EInvalid {
			return data.ErrorMessage(err), nil
		}
		return "", err
	}
	for _, st := range chain {
		if st.Day.IsZero() {
			return st.Stage + "（" + st.Who + "）", nil
		}
	}
	return "", nil
}

func parseMinutesStage(s string) (data.MinutesStage, bool) {
	for _, st := range []data.MinutesStage{data.MinutesDraft, data.MinutesReview, data.MinutesReviewed, data.MinutesSigned} {
		if string(st) == s || data.MinutesStageName(st) == s {
			return st, true
		}
	}
	return "", false
}
