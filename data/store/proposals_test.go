package store

import (
	"strings"
	"testing"
	"time"

	"huiwu/data"
)

// 三十: a 人大代表建议 is registered, shown on the desk a week before its
// answer is due (the limit a setting), answered, then its result published;
// each save audited, a stale one a conflict.
func TestProposalThroughTheDesk三十(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	p, err := s.SaveProposal(ctx, data.Proposal{Kind: data.ProposalNPC, Number: "第12号", Title: "关于加快农村公路提档升级的建议", Proposer: "张代表", UnitID: r.unit("交通局").ID, Assigned: dayOf("2026-09-01")})
	if err != nil {
		t.Fatal(err)
	}
	desk := func(day string) []data.DeskLine {
		t.Helper()
		d, err := s.Desk(ctx, dayOf(day))
		if err != nil {
			t.Fatal(err)
		}
		return d.Proposals
	}
	if got := desk("2026-11-20"); len(got) != 0 {
		t.Fatalf("shown before due: %+v", got)
	}
	got := desk("2026-11-25") // due 2026-11-30, 90 days on
	if len(got) != 1 || got[0].Late || got[0].Title != "人大代表建议 第12号 关于加快农村公路提档升级的建议" || got[0].Needs[0] != "待答复张代表（第三十条，2026-11-30前）" {
		t.Fatalf("desk %+v", got)
	}
	fs, _ := s.FollowUpSettings(ctx)
	fs.NPCDays = 60
	if err := s.SaveFollowUpSettings(ctx, fs); err != nil {
		t.Fatal(err)
	}
	if got := desk("2026-11-25"); len(got) != 1 || !got[0].Late || !strings.Contains(got[0].Needs[0], "2026-10-31前") {
		t.Fatalf("with 60 days %+v", got)
	}
	p.PublishedOn, p.PublishedWhere = dayOf("2026-11-20"), "门户网站"
	if _, err := s.SaveProposal(ctx, p); err == nil || !strings.Contains(err.Error(), "答复后才能公开") {
		t.Fatalf("published unanswered: %v", err)
	}
	p.PublishedOn, p.PublishedWhere = time.Time{}, ""
	p.RepliedOn, p.Reply = dayOf("2026-11-26"), "已书面答复，列入明年计划"
	if p, err = s.SaveProposal(ctx, p); err != nil {
		t.Fatal(err)
	}
	if got := desk("2026-11-27"); len(got) != 1 || got[0].Needs[0] != "办理结果待公开（第三十条）" {
		t.Fatalf("answered %+v", got)
	}
	p.PublishedOn, p.PublishedWhere = dayOf("2026-11-28"), "市政府门户网站"
	if _, err := s.SaveProposal(ctx, data.Proposal{ID: p.ID, Version: p.Version - 1, Kind: p.Kind, Number: p.Number, Title: p.Title, Proposer: p.Proposer, UnitID: p.UnitID, Assigned: p.Assigned}); data.ErrorCode(err) != data.EConflict {
		t.Fatalf("stale save: %v", err)
	}
	if _, err = s.SaveProposal(ctx, p); err != nil {
		t.Fatal(err)
	}
	if got := desk("2026-11-29"); len(got) != 0 {
		t.Fatalf("published, still shown %+v", got)
	}
	ps, err := s.Proposals(ctx, 2026)
	if err != nil || len(ps) != 1 || ps[0].UnitName == "" || ps[0].PublishedWhere != "市政府门户网站" {
		t.Fatalf("list %+v %v", ps, err)
	}
	if n := auditCount(t, s, "proposal.update"); n != 2 {
		t.Fatalf("%d updates audited", n)
	}
}
