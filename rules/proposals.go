package rules

import (
	"fmt"
	"time"

	"huiwu/data"
)

// DefaultProposalDays is the default time limit, in days from 交办, for
// answering a 人大代表建议 or a 政协委员提案 (三十: 限时办结); each is a
// setting.
const DefaultProposalDays = 90

// ProposalDue is the day a proposal's answer is due: days after its 交办.
func ProposalDue(p data.Proposal, days int) time.Time {
	return dateOnly(p.Assigned).AddDate(0, 0, days)
}

// CheckProposal applies 三十 to a proposal as it is to be saved: it is
// answered on or after its 交办, and its result made public only once
// answered.
func CheckProposal(p data.Proposal) error {
	if !p.RepliedOn.IsZero() && p.RepliedOn.Before(p.Assigned) {
		return refuse(c30, "%s %s 的答复日期早于交办日期", p.Kind.Name(), p.Number)
	}
	if !p.PublishedOn.IsZero() && (p.RepliedOn.IsZero() || p.PublishedOn.Before(p.RepliedOn)) {
		return refuse(c30, "%s %s 答复后才能公开办理结果", p.Kind.Name(), p.Number)
	}
	return nil
}

// ProposalNeeds is what a proposal still owes under 三十 on day today: its
// answer (due days after 交办), then the publication of its result; with
// the day that matters and whether it is past.
func ProposalNeeds(p data.Proposal, days int, today time.Time) (needs []string, due time.Time, late bool) {
	due = ProposalDue(p, days)
	switch {
	case p.RepliedOn.IsZero():
		needs = []string{fmt.Sprintf("待答复%s（%s，%s前）", p.Proposer, c30, due.Format(data.DateLayout))}
		return needs, due, dateOnly(today).After(due)
	case p.PublishedOn.IsZero():
		return []string{fmt.Sprintf("办理结果待公开（%s）", c30)}, p.RepliedOn, false
	}
	return nil, due, false
}
