package store

import (
	"context"
	"time"

	"huiwu/data"
	"huiwu/rules"
)

const proposalCols = `x.id, x.kind, x.number, x.title, x.proposer, x.unit_id, u.name, x.assigned, x.replied_on, x.reply, x.published_on, x.published_where, x.version`

func scanProposal(sc interface{ Scan(...any) error }) (data.Proposal, error) {
	var p data.Proposal
	var assigned, replied, published string
	if err := sc.Scan(&p.ID, &p.Kind, &p.Number, &p.Title, &p.Proposer, &p.UnitID, &p.UnitName, &assigned, &replied, &p.Reply, &published, &p.PublishedWhere, &p.Version); err != nil {
		return p, err
	}
	var err error
	for _, d := range []struct {
		dst *time.Time
		s   string
	}{{&p.Assigned, assigned}, {&p.RepliedOn, replied}, {&p.PublishedOn, published}} {
		if *d.dst, err = storedDay(d.s, "建议提案", p.ID); err != nil {
			return p, err
		}
	}
	return p, nil
}

// Proposals lists the year's 人大代表建议 and 政协委员提案 by 交办 date.
func (s *Store) Proposals(ctx context.Context, year int) ([]data.Proposal, error) {
	rows, err := s.conn().QueryContext(ctx, "SELECT "+proposalCols+` FROM proposals x JOIN units u ON u.id = x.unit_id
		WHERE x.assigned >= ? AND x.assigned < ? ORDER BY x.assigned, x.kind, x.id`, dayText(time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)), dayText(time.Date(year+1, 1, 1, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		return nil, classify(err, "读取建议提案")
	}
	defer rows.Close()
	var out []data.Proposal
	for rows.Next() {
		p, err := scanProposal(rows)
		if err != nil {
			return nil, classify(err, "读取建议提案")
		}
		out = append(out, p)
	}
	return out, classifyRows(rows.Err(), "读取建议提案")
}

// SaveProposal registers (ID 0) or updates a proposal — its answer and the
// publication of its result included — checked by the rules of 三十 and
// audited; a stale version is a conflict.
func (s *Store) SaveProposal(ctx context.Context, p data.Proposal) (data.Proposal, error) {
	p.Normalize()
	if err := p.Validate(); err != nil {
		return p, err
	}
	if err := rules.CheckProposal(p); err != nil {
		return p, err
	}
	err := s.tx(ctx, func(tx *Tx) error {
		now := tx.stamp()
		args := []any{p.Kind, p.Number, p.Title, p.Proposer, p.UnitID, dayText(p.Assigned), dayText(p.RepliedOn), p.Reply, dayText(p.PublishedOn), p.PublishedWhere, now}
		action := "proposal.update"
		if p.ID == 0 {
			action = "proposal.create"
			res, err := tx.Exec(`INSERT INTO proposals (kind, number, title, proposer, unit_id, assigned, replied_on, reply, published_on, published_where, updated_at, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, append(args, now)...)
			if err != nil {
				return classify(err, "保存建议提案")
			}
			if p.ID, err = res.LastInsertId(); err != nil {
				return err
			}
			p.Version = 1
		} else {
			res, err := tx.Exec(`UPDATE proposals SET kind = ?, number = ?, title = ?, proposer = ?, unit_id = ?, assigned = ?, replied_on = ?, reply = ?,
				published_on = ?, published_where = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?`, append(args, p.ID, p.Version)...)
			if err != nil {
				return classify(err, "保存建议提案")
			}
			if n, _ := res.RowsAffected(); n != 1 {
				return conflict("建议提案", p.Number)
			}
			p.Version++
		}
		return s.audit(tx, action, "proposal", p.ID, map[string]any{
			"clause": "三十", "kind": p.Kind.Name(), "number": p.Number, "title": p.Title, "unit_id": p.UnitID, "assigned": dayText(p.Assigned),
			"replied_on": dayText(p.RepliedOn), "reply": p.Reply, "published_on": dayText(p.PublishedOn), "published_where": p.PublishedWhere,
		})
	})
	return p, err
}

// deskProposals lists the proposals still owing their answer (due within a
// week, or late) or the publication of their result (三十), from the open
// ones only.
func deskProposals(tx *Tx, d *data.Desk) error {
	lim, err := followUpSettingsTx(tx)
	if err != nil {
		return err
	}
	rows, err := tx.Query("SELECT " + proposalCols + " FROM proposals x JOIN units u ON u.id = x.unit_id WHERE x.published_on = '' ORDER BY x.assigned, x.id")
	if err != nil {
		return err
	}
	defer rows.Close()
	soon := d.Day.AddDate(0, 0, 7)
	for rows.Next() {
		p, err := scanProposal(rows)
		if err != nil {
			return err
		}
		days := lim.NPCDays
		if p.Kind == data.ProposalCPPCC {
			days = lim.CPPCCDays
		}
		needs, due, late := rules.ProposalNeeds(p, days, d.Day)
		if len(needs) == 0 || p.RepliedOn.IsZero() && due.After(soon) {
			continue
		}
		d.Proposals = append(d.Proposals, data.DeskLine{Kind: data.DeskProposal, ID: p.ID, Title: p.Kind.Name() + " " + p.Number + " " + p.Title, Needs: needs, Day: due, Late: late, Year: p.Assigned.Year()})
	}
	return rows.Err()
}
