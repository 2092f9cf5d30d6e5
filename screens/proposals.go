package screens

import (
	"context"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/rules"
)

// proposalsScreen is 公文 › 建议提案: the year's 人大代表建议 and 政协委员提案
// (三十) with the day each answer is due (the time limit a setting), what
// each still owes, the late ones in red; a form registers one, records the
// answer to the deputy or member, and the publication of the result.
type proposalsScreen struct {
	env     *Env
	list    recordList[data.Proposal]
	year    int
	yearSel *widget.Select // the register year shown
	units   []data.Unit
	limits  data.FollowUpSettings
	view    fyne.CanvasObject
}

// The parts of a proposal a form shows: the registration, the answer, the
// publication, or all of them.
const (
	proposalBasic = 1 << iota
	proposalReply
	proposalPublish
	proposalAll = proposalBasic | proposalReply | proposalPublish
)

func newProposalsScreen(env *Env) *proposalsScreen {
	s := &proposalsScreen{env: env, year: env.now().Year()}
	s.list = recordList[data.Proposal]{
		env: env, columns: 7, unit: lang.L("unit.proposals"),
		cells: func(p data.Proposal) []string {
			return []string{yearDay(p.Assigned, s.year), p.Kind.ShortName() + " " + p.Number, p.Title, p.Proposer, p.UnitName, yearDay(s.due(p), s.year), s.state(p)}
		},
		match: func(p data.Proposal, q string) bool {
			return containsFold(q, p.Title, p.Number, p.Proposer, p.UnitName, p.Kind.Name(), s.state(p), dateKeys(p.Assigned))
		},
		name:    func(p data.Proposal) string { return p.Title },
		id:      func(p data.Proposal) int64 { return p.ID },
		late:    func(p data.Proposal) bool { _, _, late := s.needs(p); return late },
		weights: []float32{1.3, 2.1, 2.9, 1.2, 2.1, 1.4, 2.4},
		onNew:   func() { s.openForm(data.Proposal{Kind: data.ProposalNPC, Assigned: env.now()}, proposalBasic) },
		onEdit:  func(p data.Proposal) { s.openForm(p, proposalAll) },
		reload:  s.reload,
	}
	return s
}

func (s *proposalsScreen) build() fyne.CanvasObject {
	emptyRegister(&s.list, "empty.proposals", "proposals.new")
	v := s.list.build(lang.L("proposals.search"), []string{
		lang.L("field.交办日期"), lang.L("field.类别"), lang.L("field.标题"), lang.L("field.提出人"), lang.L("field.承办单位"), lang.L("field.答复期限"), lang.L("field.状态"),
	})
	reply := s.list.rowButton(lang.L("proposals.reply"), theme.MailReplyIcon(), func(p data.Proposal) { s.openForm(p, proposalReply) })
	publish := s.list.rowButton(lang.L("proposals.publish"), theme.VisibilityIcon(), func(p data.Proposal) { s.openForm(p, proposalPublish) })
	s.yearSel = registerYear(s.year, s.env.now().Year(), func(y int) { s.year = y; s.reload() })
	bar := container.NewHBox(widget.NewLabel(lang.L("field.年份")), s.yearSel, layoutSpacer(), reply, publish)
	s.view = container.NewBorder(bar, nil, nil, nil, v)
	s.reload()
	return s.view
}

func (s *proposalsScreen) reload() {
	if s.view == nil {
		return
	}
	type all struct {
		ps     []data.Proposal
		units  []data.Unit
		limits data.FollowUpSettings
	}
	year := s.year
	load(s.env, func(ctx context.Context) (all, error) {
		var a all
		var err error
		if a.limits, err = s.env.FollowUp.FollowUpSettings(ctx); err != nil {
			return a, err
		}
		if a.units, err = s.env.Roster.Units(ctx); err != nil {
			return a, err
		}
		a.ps, err = s.env.Proposals.Proposals(ctx, year)
		return a, err
	}, func(a all) {
		s.units, s.limits = a.units, a.limits
		s.list.setRecords(a.ps)
	})
}

// days is the time limit of p's kind (三十; a setting).
func (s *proposalsScreen) days(p data.Proposal) int {
	if p.Kind == data.ProposalCPPCC {
		return s.limits.CPPCCDays
	}
	return s.limits.NPCDays
}

func (s *proposalsScreen) due(p data.Proposal) time.Time { return rules.ProposalDue(p, s.days(p)) }

func (s *proposalsScreen) needs(p data.Proposal) ([]string, time.Time, bool) {
	return rules.ProposalNeeds(p, s.days(p), s.env.now())
}

// state is what p still owes, or that it is done.
func (s *proposalsScreen) state(p data.Proposal) string {
	needs, _, late := s.needs(p)
	switch {
	case late:
		return lang.L("proposals.state.late")
	case p.RepliedOn.IsZero():
		return lang.L("proposals.state.open")
	case len(needs) > 0:
		return fmt.Sprintf(lang.L("proposals.state.replied"), yearDay(p.RepliedOn, s.year))
	}
	return fmt.Sprintf(lang.L("proposals.state.public"), p.PublishedWhere)
}

// openForm registers p (ID 0) or edits the parts of it asked for; the
// store's and the rules' refusals are shown under the fields they name.
func (s *proposalsScreen) openForm(p data.Proposal, parts int) *formDialog {
	kinds := []data.ProposalKind{data.ProposalNPC, data.ProposalCPPCC}
	kind := newSelect([]string{kinds[0].Name(), kinds[1].Name()}, nil)
	kind.SetSelected(p.Kind.Name())
	number, title, proposer := textEntry(s.env, p.Number), textEntry(s.env, p.Title), textEntry(s.env, p.Proposer)
	unit, unitID := unitSelect(s.units, p.UnitID)
	assigned := newDateEntry(s.env, p.Assigned)
	replied, reply := newDateEntry(s.env, p.RepliedOn), textEntry(s.env, p.Reply)
	published, where := newDateEntry(s.env, p.PublishedOn), textEntry(s.env, p.PublishedWhere)
	if parts == proposalReply && p.RepliedOn.IsZero() {
		replied.SetDay(s.env.now())
	}
	if parts == proposalPublish && p.PublishedOn.IsZero() {
		published.SetDay(s.env.now())
	}
	var items []formField
	if parts&proposalBasic != 0 {
		items = append(items, field("类别", kind, lang.L("hint.proposal.kind")), field("编号", number, lang.L("hint.proposal.number")), field("标题", title, lang.L("hint.proposal.title")),
			field("提出人", proposer, lang.L("hint.proposal.proposer")), field("承办单位", unit, lang.L("hint.proposal.unit")),
			field("交办日期", assigned, fmt.Sprintf(lang.L("hint.proposal.assigned"), s.limits.NPCDays, s.limits.CPPCCDays)))
	}
	if parts&proposalReply != 0 {
		items = append(items, field("答复日期", replied, lang.L("hint.proposal.replied")), field("答复内容", reply, lang.L("hint.proposal.reply")))
	}
	if parts&proposalPublish != 0 {
		items = append(items, field("公开日期", published, lang.L("hint.proposal.published")), field("公开载体", where, lang.L("hint.proposal.where")))
	}
	heading := lang.L("proposals.new")
	if p.ID != 0 {
		heading = fmt.Sprintf(lang.L("proposals.edit"), p.Kind.Name(), p.Number)
	}
	f := newFormDialog(s.env, heading, items, func(done func(error)) {
		v := p
		var problems []data.Problem
		if parts&proposalBasic != 0 {
			v.Kind = ""
			for _, k := range kinds {
				if k.Name() == kind.Selected {
					v.Kind = k
				}
			}
			v.Number, v.Title, v.Proposer, v.UnitID = number.Text, title.Text, proposer.Text, unitID()
			v.Assigned = parseDay(assigned, "交办日期", &problems)
		}
		if parts&proposalReply != 0 {
			v.RepliedOn, v.Reply = optionalDay(replied, "答复日期", &problems), reply.Text
		}
		if parts&proposalPublish != 0 {
			v.PublishedOn, v.PublishedWhere = optionalDay(published, "公开日期", &problems), where.Text
		}
		if len(problems) > 0 {
			done(notSaved(problems))
			return
		}
		writeRecord(&s.list, done, func(ctx context.Context) (data.Proposal, error) { return s.env.Proposals.SaveProposal(ctx, v) })
	})
	f.show()
	return f
}
