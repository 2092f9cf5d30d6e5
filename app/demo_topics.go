package app

import (
	"context"
	"os"
	"path/filepath"
	"time"

	"huiwu/data"
	"huiwu/data/demo"
	"huiwu/data/store"
	"huiwu/rules"
)

// backfill is the override reason of the demo's past meetings: their
// notices went out before the topics were entered, as when a secretary
// records last year's topics afterwards. It is audited like any override.
const backfill = "补录往期议题：会议通知已于当时印发"

// loadDemoTopics replays the demonstration topics through the store, the
// clock set to each step's day, so that every move is checked and audited
// as it would be by hand. The clock is put back afterwards.
func loadDemoTopics(ctx context.Context, s *store.Store) error {
	_, restore := demoClock(s)
	defer restore()
	unit, err := unitsByShortName(ctx, s)
	if err != nil {
		return err
	}
	ms, err := s.Meetings(ctx, data.MeetingFilter{Year: demo.Today.Year()})
	if err != nil {
		return err
	}
	meeting := map[meetingKey]data.Meeting{}
	for _, m := range ms {
		if m.Number > 0 {
			meeting[meetingKey{m.Kind, m.Number}] = m
		}
	}
	tmp, err := os.MkdirTemp("", "huiwu-demo-materials-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	for _, p := range demo.Topics() {
		r := topicReplay{ctx: ctx, s: s, p: p, meeting: meeting, tmp: tmp}
		if err := r.run(unit); err != nil {
			return err
		}
	}
	return nil
}

// meetingKey finds a demo meeting by kind and number.
type meetingKey struct {
	kind   data.MeetingKind
	number int
}

type topicReplay struct {
	ctx     context.Context
	s       *store.Store
	p       demo.TopicPlan
	meeting map[meetingKey]data.Meeting
	tmp     string
	t       data.Topic
	decl    time.Time // the declaration day: nothing of the meeting's happens before it
}

// at is the plan's meeting of number n.
func (r *topicReplay) at(n int) data.Meeting {
	kind := r.p.Kind
	if kind == "" {
		kind = data.MeetingExecutive
	}
	return r.meeting[meetingKey{kind, n}]
}

func (r *topicReplay) on(day time.Time) {
	r.s.Now = func() time.Time { return day.Add(10 * time.Hour) }
}

// move takes one step; past meetings need the backfill override for the
// steps their issued notice would refuse.
func (r *topicReplay) move(to data.TopicState, mv data.TopicMove) error {
	mv.TopicID, mv.Version, mv.To = r.t.ID, r.t.Version, to
	if m := r.at(r.p.Meeting); mv.Override == "" && m.Status != data.StatusPlanning && (to == data.TopicDeclared || to == data.TopicCollected || to == data.TopicApproved) {
		mv.Override = backfill
	}
	t, err := r.s.MoveTopic(r.ctx, mv)
	if err == nil {
		r.t = t
	}
	return err
}

func (r *topicReplay) run(unit map[string]int64) error {
	p := r.p
	declared := p.Declared
	if declared.IsZero() {
		declared = demo.Today.AddDate(0, 0, -3)
	}
	r.decl = declared
	r.on(declared.AddDate(0, 0, -20))
	t := data.Topic{Title: p.Title, UnitID: unit[p.Unit], Reporter: p.Unit + "主要负责人", MeetingKind: data.MeetingExecutive, Minutes: p.Minutes, Flags: p.Flags}
	if m := r.at(p.Meeting); m.ID != 0 {
		t.MeetingID, t.MeetingKind = m.ID, m.Kind
	}
	var us []data.TopicUnit
	for _, name := range p.Related {
		us = append(us, data.TopicUnit{UnitID: unit[name], Attends: true})
	}
	var err error
	if r.t, err = r.s.SaveTopic(r.ctx, t, us); err != nil {
		return err
	}
	for i, name := range p.Related {
		u := data.TopicUnit{UnitID: unit[name], Opinion: data.OpinionAgree, Attends: true}
		if i == 0 && p.Differ != "" {
			u.Opinion, u.Text = data.OpinionDiffer, p.Differ
		}
		if err := r.s.SetUnitOpinion(r.ctx, r.t.ID, u); err != nil {
			return err
		}
	}
	if p.End == "research" {
		return nil
	}
	if err := r.evidence(declared); err != nil {
		return err
	}
	if rules.LegalReviewApplies(rules.FlagsOf(r.t, nil)) {
		if err := r.move(data.TopicLegal, data.TopicMove{}); err != nil || p.End == "legal" {
			return err
		}
	}
	if err := r.reload(); err != nil {
		return err
	}
	if err := r.move(data.TopicReported, data.TopicMove{}); err != nil || p.End == "reported" {
		return err
	}
	r.on(declared)
	if p.Late != "" {
		if err := r.s.ApproveLate(r.ctx, r.t.ID, p.Late); err != nil {
			return err
		}
		if err := r.reload(); err != nil {
			return err
		}
	}
	if err := r.move(data.TopicDeclared, data.TopicMove{}); err != nil || p.End == "declared" {
		return err
	}
	return r.meetingSteps(r.at(p.Meeting), false)
}

// meetingSteps collects, decides and deliberates the topic for m; a
// carried-over topic goes through them again for the later meeting.
func (r *topicReplay) meetingSteps(m data.Meeting, carried bool) error {
	p := r.p
	collect := m.Day().AddDate(0, 0, -7)
	if collect.Before(r.decl) {
		collect = r.decl // a late topic is collected the day it is declared
	}
	r.on(collect)
	if !carried {
		if err := r.move(data.TopicCollected, data.TopicMove{}); err != nil || p.End == "collected" {
			return err
		}
	}
	switch {
	case p.End == "returned" && !carried:
		return r.move(data.TopicReturned, data.TopicMove{Reason: p.Reason})
	case p.End == "deferred" && !carried:
		if err := r.move(data.TopicDeferred, data.TopicMove{Reason: p.Reason}); err != nil || p.CarryTo == 0 {
			return err
		}
		return r.carry()
	}
	for _, to := range []data.TopicState{data.TopicApproved, data.TopicNoticed} {
		if err := r.move(to, data.TopicMove{}); err != nil || p.End == string(to) {
			return err
		}
	}
	if p.End == "noticed" {
		return nil
	}
	r.on(m.Day())
	outcome := p.Outcome
	if carried {
		outcome = string(rules.OutcomePassed)
	}
	if err := r.move(data.TopicDeliberated, data.TopicMove{Outcome: outcome}); err != nil {
		return err
	}
	if rules.TopicOutcome(outcome).CarriesOver() && p.CarryTo != 0 && !carried {
		return r.carry()
	}
	if p.FollowUp != "" {
		r.on(m.Day().AddDate(0, 0, 12))
		return r.s.RecordFollowUp(r.ctx, r.t.ID, p.FollowUp)
	}
	return nil
}

func (r *topicReplay) carry() error {
	later := r.at(r.p.CarryTo)
	r.on(later.Day().AddDate(0, 0, -10))
	prev := r.p.Meeting
	r.p.Meeting = r.p.CarryTo
	defer func() { r.p.Meeting = prev }()
	if err := r.move(data.TopicCollected, data.TopicMove{MeetingID: later.ID, Override: backfill}); err != nil {
		return err
	}
	return r.meetingSteps(later, true)
}

// evidence records what the checklist asks, the legal opinion where it
// applies or the declaration is late, and the materials with their copies.
func (r *topicReplay) evidence(declared time.Time) error {
	flags := rules.FlagsOf(r.t, nil)
	for _, req := range rules.TopicChecklist(flags) {
		if req.Key == "41.legal_opinion" {
			continue
		}
		if err := r.s.SetTopicCheck(r.ctx, r.t.ID, req.Key, true, declared.AddDate(0, 0, -25), "演示数据"); err != nil {
			return err
		}
	}
	if rules.LegalReviewApplies(flags) || r.p.Late != "" {
		l := data.LegalOpinion{Number: "溧司审〔" + declared.Format("2006") + "〕" + declared.Format("0102") + "号", Date: declared.AddDate(0, 0, -5), Conclusion: "未发现违反法律法规的内容"}
		if err := r.s.RecordLegalOpinion(r.ctx, r.t.ID, l, ""); err != nil {
			return err
		}
	}
	for _, name := range []string{r.p.Title + "（送审稿）.docx", r.p.Title + "起草说明.pdf"} {
		path := filepath.Join(r.tmp, name)
		if err := os.WriteFile(path, []byte("演示材料："+name+"\n"), 0o600); err != nil {
			return err
		}
		if _, err := r.s.AddMaterial(r.ctx, r.t.ID, path, r.p.Copies); err != nil {
			return err
		}
	}
	return r.reload()
}

func (r *topicReplay) reload() error {
	d, err := r.s.Topic(r.ctx, r.t.ID)
	r.t = d.Topic
	return err
}
