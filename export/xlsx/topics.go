package xlsx

import (
	"fmt"
	"io"
	"strings"
	"time"

	"huiwu/data"
	"huiwu/export/labels"
	"huiwu/rules"
)

// TopicBook is what the 议题登记表 lists: the topics of a month's meetings
// with their step of 四十一 and what each still lacks, and each meeting's
// agenda with the reporting minutes against its length (四十五).
type TopicBook struct {
	Month     time.Time
	Topics    []data.Topic
	Meetings  []data.Meeting // the meetings the topics are put to
	Today     time.Time
	AuditHead string
}

// Topics writes the 议题登记表 and one 议程 sheet per meeting.
func Topics(w io.Writer, b TopicBook) error { return writeBook(w, topicTables(b), b.AuditHead) }

func topicTables(b TopicBook) []table {
	sub := fmt.Sprintf("%d年%d月　　导出日期：%s　　审计头：%s", b.Month.Year(), b.Month.Month(), dateCN(b.Today), b.AuditHead)
	byID := map[int64]data.Meeting{}
	for _, m := range b.Meetings {
		byID[m.ID] = m
	}
	reg := table{
		name: "议题登记表", title: "议题登记表", sub: sub,
		cols: []col{{"序号", 6}, {"会议日期", 12}, {"议题", 40}, {"申报单位", 24}, {"分管领导", 10}, {"汇报人", 10}, {"汇报时间", 9}, {"申报日期", 12}, {"状态", 16}, {"尚缺事项", 44}},
	}
	for i, t := range b.Topics {
		day := ""
		if m, ok := byID[t.MeetingID]; ok {
			day = m.Start.Format(data.DateLayout)
		}
		declared := ""
		if !t.DeclaredOn.IsZero() {
			declared = t.DeclaredOn.Format(data.DateLayout)
		}
		reg.rows = append(reg.rows, []any{i + 1, day, t.Title, t.UnitName, t.LeaderName, t.Reporter, fmt.Sprintf("%d分钟", t.Minutes), declared, TopicStateText(t), strings.Join(t.Missing, "；")})
	}
	reg.footer = []string{fmt.Sprintf("共%d个议题", len(b.Topics))}
	tables := []table{reg}
	for _, m := range b.Meetings {
		ag := table{
			name: fmt.Sprintf("议程%s", m.Start.Format("0102")), title: labels.SheetTitle(m) + "议程", sub: m.When() + "　" + m.Place,
			cols: []col{{"序号", 6}, {"议题", 44}, {"汇报单位", 26}, {"汇报时间", 10}, {"状态", 16}},
		}
		sum := 0
		for _, t := range b.Topics {
			if !rules.OnAgenda(t.State) || t.MeetingID != m.ID {
				continue
			}
			sum += t.Minutes
			ag.rows = append(ag.rows, []any{len(ag.rows) + 1, t.Title, t.UnitName, fmt.Sprintf("%d分钟", t.Minutes), TopicStateText(t)})
		}
		foot := fmt.Sprintf("汇报合计%d分钟，会议计划%d分钟", sum, m.Minutes())
		if sum > m.Minutes() {
			foot += "，超出会议时长（第四十五条）"
		}
		ag.footer = []string{foot}
		tables = append(tables, ag)
	}
	return tables
}

// TopicStateText is a topic's state as printed, with its outcome or the
// reason of a 暂缓 or 退回.
func TopicStateText(t data.Topic) string {
	s := rules.TopicStateName(t.State)
	switch {
	case t.Outcome != "":
		s += "（" + rules.OutcomeName(rules.TopicOutcome(t.Outcome)) + "）"
	case t.StateReason != "" && (t.State == data.TopicDeferred || t.State == data.TopicReturned):
		s += "：" + t.StateReason
	}
	return s
}
