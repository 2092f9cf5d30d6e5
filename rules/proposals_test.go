package rules

import (
	"strings"
	"testing"

	"huiwu/data"
)

// 三十: a 人大代表建议 or 政协委员提案 is answered within the time limit from its
// 交办, then its result made public; the steps come in that order.
func TestProposalNeeds三十(t *testing.T) {
	p := data.Proposal{Kind: data.ProposalNPC, Number: "第12号", Proposer: "张代表", Assigned: day("2026-03-10")}
	tests := []struct {
		name  string
		p     func(data.Proposal) data.Proposal
		today string
		needs string
		late  bool
	}{
		{"within the limit", func(p data.Proposal) data.Proposal { return p }, "2026-05-01", "待答复张代表（第三十条，2026-06-08前）", false},
		{"past the limit", func(p data.Proposal) data.Proposal { return p }, "2026-06-09", "待答复张代表（第三十条，2026-06-08前）", true},
		{"answered, result not public", func(p data.Proposal) data.Proposal { p.RepliedOn, p.Reply = day("2026-05-20"), "已答复"; return p }, "2026-06-20", "办理结果待公开（第三十条）", false},
		{"answered and public", func(p data.Proposal) data.Proposal {
			p.RepliedOn, p.Reply, p.PublishedOn, p.PublishedWhere = day("2026-05-20"), "已答复", day("2026-05-30"), "门户网站"
			return p
		}, "2026-06-20", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			needs, _, late := ProposalNeeds(tt.p(p), DefaultProposalDays, day(tt.today))
			if strings.Join(needs, "；") != tt.needs || late != tt.late {
				t.Fatalf("needs %q late %v", needs, late)
			}
		})
	}
	bad := p
	bad.RepliedOn = day("2026-03-01")
	if err := CheckProposal(bad); err == nil || err.Error() != "人大代表建议 第12号 的答复日期早于交办日期" {
		t.Fatalf("answered before assigned: %v", err)
	}
	bad = p
	bad.PublishedOn = day("2026-04-01")
	if err := CheckProposal(bad); err == nil || err.Error() != "人大代表建议 第12号 答复后才能公开办理结果" {
		t.Fatalf("published unanswered: %v", err)
	}
}
