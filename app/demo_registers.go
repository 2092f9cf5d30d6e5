package app

import (
	"context"
	"fmt"
	"time"

	"huiwu/data"
	"huiwu/data/demo"
	"huiwu/data/store"
)

// loadDemoRegisters replays the demonstration proposals (三十), issued
// documents (五十, 五十一), filings (十九) and trips (六十一) through the store, the clock
// set to each step's day as a secretary would have entered it, so that
// every rule decides and every step is audited as by hand.
func loadDemoRegisters(ctx context.Context, s *store.Store) error {
	on, restore := demoClock(s)
	defer restore()
	unit, err := unitsByShortName(ctx, s)
	if err != nil {
		return err
	}
	for _, p := range demo.Proposals() {
		if err := replayProposal(ctx, s, p, unit[p.Unit], on); err != nil {
			return err
		}
	}
	limits, err := s.FollowUpSettings(ctx)
	if err != nil {
		return err
	}
	on(demo.Issued()[0].IssuedOn.AddDate(0, 0, -30))
	limits.IssueTarget = demo.IssueTarget
	if err := s.SaveFollowUpSettings(ctx, limits); err != nil {
		return err
	}
	for _, d := range demo.Issued() {
		on(d.IssuedOn)
		if _, err := s.SaveIssuedDoc(ctx, data.IssuedDoc{Number: d.Number, Title: d.Title, Issuer: d.Issuer, IssuedOn: d.IssuedOn, Disclosure: d.Disclosure}); err != nil {
			return err
		}
	}
	for _, f := range demo.Filings() {
		if err := replayFiling(ctx, s, f, unit[f.Unit], on); err != nil {
			return err
		}
	}
	return replayTrips(ctx, s, unit, on)
}

// replayTrips files each demonstration trip on its day, the 市长's
// approval and the 销假 on theirs (六十一).
func replayTrips(ctx context.Context, s *store.Store, unit map[string]int64, on func(time.Time)) error {
	people, err := s.People(ctx)
	if err != nil {
		return err
	}
	asker := func(short string) (int64, bool) {
		for _, p := range people {
			switch {
			case !p.Active || p.UnitID != unit[short]:
			case short == "市政府" && p.HasRole(data.RoleViceMayor) && !p.HasRole(data.RoleExecutiveVice):
				return p.ID, true
			case p.HasRole(data.RoleUnitHead):
				return p.ID, true
			}
		}
		return 0, false
	}
	for _, t := range demo.Trips() {
		id, ok := asker(t.Unit)
		if !ok {
			return fmt.Errorf("演示数据：%s 没有可以请假的负责人", t.Unit)
		}
		on(t.Filed)
		l, err := s.RequestTrip(ctx, data.LeaveRequest{PersonID: id, Reason: t.Reason, Trip: data.Trip{Destination: t.Destination, From: t.From, To: t.To}})
		if err != nil {
			return err
		}
		if t.Approved.IsZero() {
			continue // still waiting for the 市长
		}
		on(t.Approved)
		if _, err := s.DecideLeave(ctx, l.ID, true, "同意"); err != nil {
			return err
		}
		if !t.Returned.IsZero() {
			on(t.Returned)
			if _, err := s.ReturnTrip(ctx, l.ID, t.Returned); err != nil {
				return err
			}
		}
	}
	return nil
}

// replayProposal registers p on its 交办 day, then records its answer and
// the publication of its result on their days.
func replayProposal(ctx context.Context, s *store.Store, p demo.ProposalPlan, unit int64, on func(time.Time)) error {
	on(p.Assigned)
	saved, err := s.SaveProposal(ctx, data.Proposal{Kind: p.Kind, Number: p.Number, Title: p.Title, Proposer: p.Who, UnitID: unit, Assigned: p.Assigned})
	if err != nil || p.RepliedOn.IsZero() {
		return err
	}
	on(p.RepliedOn)
	saved.RepliedOn, saved.Reply = p.RepliedOn, p.Reply
	if saved, err = s.SaveProposal(ctx, saved); err != nil || p.PublishedOn.IsZero() {
		return err
	}
	on(p.PublishedOn)
	saved.PublishedOn, saved.PublishedWhere = p.PublishedOn, p.PublishedWhere
	_, err = s.SaveProposal(ctx, saved)
	return err
}

// replayFiling records f on the day it was received and each step of the
// 司法局 on its day.
func replayFiling(ctx context.Context, s *store.Store, f demo.FilingPlan, unit int64, on func(time.Time)) error {
	on(f.Received)
	saved, err := s.AddFiling(ctx, data.Filing{
		UnitID: unit, Title: f.Title, Number: f.Number, Issued: f.Issued, Received: f.Received,
		Consulted: f.Consulted, OwnReview: f.OwnReview, PublicMatter: f.Public, AskedRef: f.AskedRef,
	})
	if err != nil {
		return err
	}
	steps := []struct {
		step, result, ref string
		day               time.Time
	}{
		{"register", "", "", f.Registered},
		{"review", f.Review, "", f.Reviewed},
		{"order", f.Order, f.OrderRef, f.OrderOn},
	}
	for _, st := range steps {
		if st.day.IsZero() {
			return nil
		}
		on(st.day)
		if _, err := s.FilingStep(ctx, saved.ID, st.step, st.result, st.ref, st.day); err != nil {
			return err
		}
	}
	return nil
}
