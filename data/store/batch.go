package store

import (
	"context"

	"huiwu/data"
	"huiwu/rules"
)

// LoadRoster writes a whole roster in one transaction: all of it or none.
// It refuses a database that already has units, so demonstration data never
// mixes with real records.
func (s *Store) LoadRoster(ctx context.Context, b data.RosterBatch) error {
	return s.tx(ctx, func(tx *Tx) error {
		var n int
		if err := tx.QueryRow("SELECT count(*) FROM units").Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return data.Errorf(data.EInvalid, "数据库中已有 %d 个单位；演示数据只能载入空数据库", n)
		}
		units := map[string]int64{}
		for _, u := range b.Units {
			u.Normalize()
			if err := u.Validate(); err != nil {
				return err
			}
			if err := s.saveUnit(tx, &u); err != nil {
				return err
			}
			units[u.Name] = u.ID
		}
		people := map[string]data.Person{}
		for _, bp := range b.People {
			p := bp.Person
			if bp.Unit != "" {
				id, ok := units[bp.Unit]
				if !ok {
					return data.Errorf(data.EInvalid, "人员「%s」的单位「%s」不在名册中", p.Name, bp.Unit)
				}
				p.UnitID = id
			}
			p.Normalize()
			if err := p.Validate(); err != nil {
				return err
			}
			if err := s.savePerson(tx, &p); err != nil {
				return err
			}
			people[p.Name] = p
		}
		for _, o := range b.Oversights {
			leader, ok := people[o.Leader]
			unit, okU := units[o.Unit]
			if !ok || !okU {
				return data.Errorf(data.EInvalid, "分管「%s — %s」引用了名册中没有的人员或单位", o.Leader, o.Unit)
			}
			if err := rules.CanOversee(leader); err != nil {
				return err
			}
			if _, err := tx.Exec("INSERT INTO oversight (unit_id, leader_id) VALUES (?, ?)", unit, leader.ID); err != nil {
				return err
			}
			if err := s.audit(tx, "oversight.set", "unit", unit, map[string]any{"unit": o.Unit, "leader": o.Leader, "leader_id": leader.ID}); err != nil {
				return err
			}
		}
		for _, bd := range b.Delegations {
			p, ok := people[bd.Delegate]
			if !ok {
				return data.Errorf(data.EInvalid, "委托的受托人「%s」不在名册中", bd.Delegate)
			}
			if err := rules.CanBeDelegate(p); err != nil {
				return err
			}
			d := data.Delegation{DelegateID: p.ID, From: bd.From, To: bd.To, Reason: bd.Reason}
			d.Normalize()
			if err := d.Validate(); err != nil {
				return err
			}
			from, to := d.From.Format(data.DateLayout), d.To.Format(data.DateLayout)
			res, err := tx.Exec("INSERT INTO delegations (delegate_id, date_from, date_to, reason, created_at) VALUES (?, ?, ?, ?, ?)", p.ID, from, to, d.Reason, tx.stamp())
			if err != nil {
				return err
			}
			id, err := res.LastInsertId()
			if err != nil {
				return err
			}
			if err := s.audit(tx, "delegation.create", "delegation", id, map[string]any{"delegate": p.Name, "delegate_id": p.ID, "from": from, "to": to, "reason": d.Reason}); err != nil {
				return err
			}
		}
		return nil
	})
}
