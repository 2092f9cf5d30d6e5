package app

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"

	"huiwu/data"
	"huiwu/data/demo"
	"huiwu/data/store"
	"huiwu/export/ics"
	"huiwu/export/safefile"
	"huiwu/rules"
)

const meetingUsage = "用法：huiwu meeting list [--year 年份] [--kind 类型] [--status 状态]（类型如 常务会议 或 executive，状态如 筹备 或 planning）"

// cmdMeeting runs `huiwu meeting list`.
func cmdMeeting(dir string, args []string, out io.Writer) error {
	if len(args) == 0 || args[0] != "list" {
		return usageError{meetingUsage}
	}
	fs := flag.NewFlagSet("meeting list", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	year := fs.Int("year", 0, "year")
	kind := fs.String("kind", "", "kind")
	status := fs.String("status", "", "status")
	if err := fs.Parse(args[1:]); err != nil || fs.NArg() > 0 {
		return usageError{meetingUsage}
	}
	f := data.MeetingFilter{Year: *year}
	if *year != 0 && (*year < 1949 || *year > 2200) {
		return usageError{fmt.Sprintf("年份「%d」超出范围（1949—2200）", *year)}
	}
	if *kind != "" {
		k, ok := parseKind(*kind)
		if !ok {
			return usageError{fmt.Sprintf("未知会议类型「%s」", *kind)}
		}
		f.Kind = k
	}
	if *status != "" {
		st, ok := parseStatus(*status)
		if !ok {
			return usageError{fmt.Sprintf("未知会议状态「%s」", *status)}
		}
		f.Status = st
	}
	return withStore(dir, func(s *store.Store) error {
		ms, err := s.Meetings(context.Background(), f)
		if err != nil {
			return err
		}
		printMeetings(out, ms)
		return nil
	})
}

func printMeetings(out io.Writer, ms []data.Meeting) {
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "编号\t日期\t时间\t类型\t届次\t名称\t地点\t主持\t状态\t人数\t时长")
	for _, m := range ms {
		num := ""
		if m.Number > 0 {
			num = "第" + strconv.Itoa(m.Number) + "次"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s—%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%d分钟\n", m.ID, m.Start.Format(data.DateLayout), m.Start.Format("15:04"), m.End.Format("15:04"),
			rules.KindName(m.Kind), num, m.Title, m.Place, m.ChairName, rules.StatusName(m.Status), m.HeadCount, m.Minutes())
	}
	tw.Flush()
	fmt.Fprintf(out, "共 %d 次会议\n", len(ms))
}

func parseKind(s string) (data.MeetingKind, bool) {
	for _, k := range data.MeetingKinds {
		if string(k) == s || rules.KindName(k) == s || "市政府"+s == rules.KindName(k) {
			return k, true
		}
	}
	return "", false
}

func parseStatus(s string) (data.MeetingStatus, bool) {
	for _, st := range data.MeetingStatuses {
		if string(st) == s || rules.StatusName(st) == s {
			return st, true
		}
	}
	return "", false
}

// loadDemo loads the demonstration roster and then its year of meetings
// (each load is one transaction; the meetings need the roster's IDs).
func loadDemo(ctx context.Context, s *store.Store, seed uint64) error {
	b := demo.Roster(seed)
	if err := s.LoadRoster(ctx, b); err != nil {
		return err
	}
	if err := s.LoadMeetings(ctx, demo.Meetings(seed, b)); err != nil {
		return err
	}
	if err := loadDemoDocuments(ctx, s); err != nil {
		return err
	}
	if err := loadDemoTopics(ctx, s); err != nil {
		return err
	}
	if err := loadDemoMinutes(ctx, s); err != nil {
		return err
	}
	return loadDemoRegisters(ctx, s)
}

// exportICS writes one meeting (--meeting) or every meeting of a period
// (--from, --to) as an iCalendar file.
func exportICS(s *store.Store, id int64, from, to, dst string) error {
	ctx := context.Background()
	var ms []data.Meeting
	switch {
	case id > 0:
		m, err := s.Meeting(ctx, id)
		if err != nil {
			return err
		}
		ms = []data.Meeting{m}
	default:
		f, err := data.ParseDate(from)
		if err != nil {
			return usageError{"--from：" + data.ErrorMessage(err)}
		}
		t, err := data.ParseDate(to)
		if err != nil {
			return usageError{"--to：" + data.ErrorMessage(err)}
		}
		if ms, err = s.Meetings(ctx, data.MeetingFilter{From: f, To: t}); err != nil {
			return err
		}
	}
	return safefile.Write(dst, func(w io.Writer) error {
		return ics.Write(w, ics.Calendar{Meetings: ms, Kinds: rules.KindName, Stamp: s.Now(), Domain: "huiwu"})
	})
}
