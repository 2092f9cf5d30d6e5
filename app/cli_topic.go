package app

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"huiwu/data"
	"huiwu/data/store"
	"huiwu/rules"
)

const topicUsage = "用法：huiwu topic list [--meeting 会议编号] [--state 状态] [--month 2026-12] [--q 关键词]（状态如 已申报 或 declared）"

// cmdTopic runs `huiwu topic list`: the topics with their step and what
// each still lacks for the next one.
func cmdTopic(dir string, args []string, out io.Writer) error {
	if len(args) == 0 || args[0] != "list" {
		return usageError{topicUsage}
	}
	fs := flag.NewFlagSet("topic list", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	meeting := fs.Int64("meeting", 0, "meeting")
	state := fs.String("state", "", "state")
	month := fs.String("month", "", "month")
	q := fs.String("q", "", "query")
	if err := fs.Parse(args[1:]); err != nil || fs.NArg() > 0 {
		return usageError{topicUsage}
	}
	f := data.TopicFilter{MeetingID: *meeting, Query: *q}
	if *state != "" {
		st, ok := parseTopicState(*state)
		if !ok {
			return usageError{fmt.Sprintf("未知议题状态「%s」", *state)}
		}
		f.State = st
	}
	if *month != "" {
		m, err := data.ParseDate(*month + "-01")
		if err != nil {
			return usageError{fmt.Sprintf("--month「%s」不是 2026-12 这样的年月", *month)}
		}
		f.Month = m
	}
	return withStore(dir, func(s *store.Store) error {
		ts, err := s.Topics(context.Background(), f)
		if err != nil {
			return err
		}
		printTopics(out, ts)
		return nil
	})
}

func printTopics(out io.Writer, ts []data.Topic) {
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "编号\t议题\t申报单位\t分管领导\t会议\t顺序\t汇报\t状态\t尚缺")
	for _, t := range ts {
		state := rules.TopicStateName(t.State)
		if t.Outcome != "" {
			state += "（" + rules.OutcomeName(rules.TopicOutcome(t.Outcome)) + "）"
		}
		meeting := "—"
		if t.MeetingID != 0 {
			meeting = fmt.Sprint(t.MeetingID)
		}
		missing := strings.Join(t.Missing, "；")
		if missing == "" {
			missing = "—"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%d\t%d分钟\t%s\t%s\n", t.ID, t.Title, t.UnitName, t.LeaderName, meeting, t.AgendaOrder, t.Minutes, state, missing)
	}
	tw.Flush()
	fmt.Fprintf(out, "共 %d 个议题\n", len(ts))
}

func parseTopicState(s string) (data.TopicState, bool) {
	for _, st := range data.TopicStates {
		if string(st) == s || rules.TopicStateName(st) == s {
			return st, true
		}
	}
	return "", false
}
