package app

import (
	"context"
	"time"

	"huiwu/data"
	"huiwu/data/demo"
	"huiwu/data/store"
	"huiwu/rules"
)

// loadDemoDocuments replays the demonstration documents through the store,
// the clock set to each step's day, so that deadlines, lapses, routes and
// refusals are computed and audited exactly as they would be by hand. The
// clock is put back afterwards, and the lapse check runs once as of the
// demo's today.
func loadDemoDocuments(ctx context.Context, s *store.Store) error {
	on, restore := demoClock(s)
	defer restore()
	unit, err := unitsByShortName(ctx, s)
	if err != nil {
		return err
	}
	for _, p := range demo.Documents() {
		if err := replay(ctx, s, p, unit, on); err != nil {
			return err
		}
	}
	for _, item := range demo.PlannedOnly {
		item.UnitID, item.UnitName = unit[item.UnitName], ""
		if _, err := s.SavePlanItem(ctx, item); err != nil {
			return err
		}
	}
	on(demo.Today)
	_, err = s.LapseOverdue(ctx)
	return err
}

func replay(ctx context.Context, s *store.Store, p demo.DocPlan, unit map[string]int64, on func(time.Time)) error {
	on(p.Doc.Received)
	p.Doc.UnitID = unit[p.Unit]
	d, err := s.SaveDocument(ctx, p.Doc)
	if err != nil {
		return err
	}
	if p.Planned {
		item, err := s.SavePlanItem(ctx, data.PlanItem{Year: d.Received.Year(), Title: trimDraft(d.Title), UnitID: d.UnitID})
		if err != nil {
			return err
		}
		if err := s.LinkPlanItem(ctx, item.ID, d.ID); err != nil {
			return err
		}
	}
	if len(p.Signers) > 0 {
		on(p.Sent)
		var ids []int64
		for _, u := range p.Signers {
			ids = append(ids, unit[u])
		}
		if err := s.StartCountersign(ctx, d.ID, ids, p.Sent); err != nil {
			return err
		}
	}
	for _, e := range p.Extend {
		on(e.To.AddDate(0, 0, -5))
		if err := s.ExtendCountersign(ctx, d.ID, unit[e.Unit], e.To, e.Reason); err != nil {
			return err
		}
	}
	for _, r := range p.Replies {
		on(r.On)
		// The hourly check runs every day: a silent unit lapses on its day.
		if _, err := s.LapseOverdue(ctx); err != nil {
			return err
		}
		c := data.Countersign{DocID: d.ID, UnitID: unit[r.Unit], Reply: r.Reply, Reasons: r.Reasons, Replier: r.Replier, RepliedOn: r.On}
		if err := s.ReplyCountersign(ctx, c); err != nil {
			return err
		}
	}
	if p.Dispute[0] != "" {
		if err := s.SetDispute(ctx, d.ID, p.Dispute[0], p.Dispute[1]); err != nil {
			return err
		}
		for _, sg := range p.Signed {
			on(sg.On)
			if err := s.SignDispute(ctx, d.ID, unit[sg.Unit], sg.Replier, sg.On); err != nil {
				return err
			}
		}
	}
	if p.Review != nil {
		on(p.Review.On)
		if err := s.RecordReview(ctx, d.ID, p.Review.Lawful, p.Review.On, p.Review.Ref); err != nil {
			return err
		}
	}
	if p.Opinion != "" {
		on(p.OpinionOn)
		if _, err := s.LapseOverdue(ctx); err != nil {
			return err
		}
		r, err := s.SetOpinion(ctx, d.ID, p.Opinion)
		if err != nil {
			return err
		}
		if p.Instruct != "" {
			on(p.InstrOn)
			in := data.Instruction{DocID: d.ID, PersonID: r.RouteLeaderID, Text: p.Instruct, Day: p.InstrOn}
			if err := s.AddInstruction(ctx, in); err != nil {
				return err
			}
		}
	}
	if err := replayNormative(ctx, s, p, d.ID, on); err != nil {
		return err
	}
	if !p.CloseOn.IsZero() {
		on(p.CloseOn)
		return s.CloseDocument(ctx, d.ID)
	}
	return nil
}

// replayNormative tries the signing, issue and filing of a normative
// document; a refusal under 五十 is part of the demonstration (it is in the
// audit log) and does not stop the load.
func replayNormative(ctx context.Context, s *store.Store, p demo.DocPlan, id int64, on func(time.Time)) error {
	steps := []struct {
		day time.Time
		to  data.DocStatus
	}{{p.SignOn, data.DocSigned}, {p.IssueOn, data.DocIssued}, {p.FileOn, data.DocFiled}}
	for _, st := range steps {
		if st.day.IsZero() {
			continue
		}
		if st.to == data.DocFiled {
			// 十九: reported to both bodies on the day, 已备案 after the second.
			on(st.day)
			for _, b := range rules.ReportBodies {
				err := s.ReportFiling(ctx, id, string(b), st.day, "")
				if data.ErrorCode(err) == data.EInvalid {
					return nil // not issued: refused, and in the audit log
				}
				if err != nil {
					return err
				}
			}
			continue
		}
		on(st.day)
		err := s.NormativeStep(ctx, id, st.to, st.day)
		if re, ok := data.RuleRefusal(err); ok && re.Overridable {
			// 十七: a draft outside the plan is signed with its reason on record.
			err = s.NormativeStep(ctx, id, st.to, st.day, data.OverridesFor(re, "上级文件要求年内出台，未及列入年度计划")...)
		}
		if data.ErrorCode(err) == data.EInvalid {
			return nil
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// trimDraft is the plan's title of a draft: without （草案）.
func trimDraft(title string) string {
	const draft = "（草案）"
	if len(title) > len(draft) && title[len(title)-len(draft):] == draft {
		return title[:len(title)-len(draft)]
	}
	return title
}
