package data

import (
	"context"
	"time"
)

// ProposalKind is a 人大代表建议 or a 政协委员提案 (三十).
type ProposalKind string

// The two kinds of 三十.
const (
	ProposalNPC   ProposalKind = "npc"   // 人大代表建议
	ProposalCPPCC ProposalKind = "cppcc" // 政协委员提案
)

// Name is the kind as printed.
func (k ProposalKind) Name() string {
	return map[ProposalKind]string{ProposalNPC: "人大代表建议", ProposalCPPCC: "政协委员提案"}[k]
}

// ShortName is the kind as a register's narrow column says it.
func (k ProposalKind) ShortName() string {
	return map[ProposalKind]string{ProposalNPC: "人大建议", ProposalCPPCC: "政协提案"}[k]
}

// Proposal is one 人大代表建议 or 政协委员提案 handled by the government's
// units (三十): assigned (交办) on a day, answered to the deputy or member
// within the time limit, and its result made public.
type Proposal struct {
	ID             int64
	Kind           ProposalKind
	Number         string // 第12号
	Title          string
	Proposer       string // the deputy or member
	UnitID         int64  // 承办单位
	UnitName       string // filled in by the store on reads
	Assigned       time.Time
	RepliedOn      time.Time
	Reply          string // the answer to the deputy or member, in short
	PublishedOn    time.Time
	PublishedWhere string
	Version        int64
}

// Normalize cleans the texts and drops the time of day.
func (p *Proposal) Normalize() {
	p.Number, p.Title, p.Proposer = Clean(p.Number), Clean(p.Title), Clean(p.Proposer)
	p.Reply, p.PublishedWhere = Clean(p.Reply), Clean(p.PublishedWhere)
	p.Assigned, p.RepliedOn, p.PublishedOn = dateOnly(p.Assigned), dateOnly(p.RepliedOn), dateOnly(p.PublishedOn)
}

// Validate checks a normalised proposal's own fields; the order of its
// steps is the rules' business.
func (p Proposal) Validate() error {
	var v validator
	if p.Kind != ProposalNPC && p.Kind != ProposalCPPCC {
		v.add("类别", "请选择人大代表建议或政协委员提案")
	}
	v.text("编号", p.Number, true, MaxDocNumber)
	v.text("标题", p.Title, true, MaxDocTitle)
	v.text("提出人", p.Proposer, true, MaxPersonName*3)
	if p.UnitID == 0 {
		v.add("承办单位", "请选择承办单位")
	}
	if p.Assigned.IsZero() {
		v.add("交办日期", "不能为空")
	}
	v.text("答复内容", p.Reply, !p.RepliedOn.IsZero(), MaxOpinion)
	v.text("公开载体", p.PublishedWhere, !p.PublishedOn.IsZero(), MaxOpinion)
	return v.err("建议提案")
}

// ProposalService keeps the 人大代表建议 and 政协委员提案 (三十).
type ProposalService interface {
	Proposals(ctx context.Context, year int) ([]Proposal, error)
	SaveProposal(ctx context.Context, p Proposal) (Proposal, error)
}
