package store

import (
	"context"
	"database/sql"
	"time"

	"huiwu/data"
	"huiwu/rules"
)

// Oversights lists the 分管 assignments (clause 八).
func (s *Store) Oversights(ctx context.Context) ([]data.Oversight, error) {
	out, err := readOversights(ctx, s.conn())
	if err != nil {
		return nil, classify(err, "读取分管")
	}
	return out, nil
}

// reader is what *sql.DB and *Tx share for a query, so that one reader
// serves a screen's list and a rule applied inside a write transaction.
type reader interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// readOversights reads the 分管 assignments through r.
func readOversights(ctx context.Context, r reader) ([]data.Oversight, error) {
	rows, err := r.QueryContext(ctx, "SELECT unit_id, leader_id FROM oversight ORDER BY unit_id")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []data.Oversight
	for rows.Next() {
		var o data.Oversight
		if err := rows.Scan(&o.UnitID, &o.LeaderID); err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

// SetOversight makes leaderID the overseeing leader of unitID, or clears it
// when leaderID is 0. Only a vice-mayor may oversee (clause 八).
func (s *Store) SetOversight(ctx context.Context, unitID, leaderID int64) error {
	return s.tx(ctx, func(tx *Tx) error {
		var unit string
		if err := tx.QueryRow("SELECT name FROM units WHERE id = ?", unitID).Scan(&unit); err == sql.ErrNoRows {
			return data.Errorf(data.ENotFound, "单位（编号 %d）已不存在", unitID)
		} else if err != nil {
			return err
		}
		if leaderID == 0 {
			if _, err := tx.Exec("DELETE FROM oversight WHERE unit_id = ?", unitID); err != nil {
				return err
			}
			return s.audit(tx, "oversight.clear", "unit", unitID, map[string]any{"unit": unit})
		}
		leader, err := personTx(tx, leaderID)
		if err != nil {
			return err
		}
		if err := rules.CanOversee(leader); err != nil {
			return err
		}
		if _, err := tx.Exec("INSERT INTO oversight (unit_id, leader_id) VALUES (?, ?) ON CONFLICT (unit_id) DO UPDATE SET leader_id = excluded.leader_id", unitID, leaderID); err != nil {
			return err
		}
		return s.audit(tx, "oversight.set", "unit", unitID, map[string]any{"unit": unit, "leader": leader.Name, "leader_id": leaderID})
	})
}

// personTx reads the fields of a person the rules need (name, roles, active).
func personTx(tx *Tx, id int64) (data.Person, error) {
	p := data.Person{ID: id}
	err := tx.QueryRow("SELECT name, active FROM people WHERE id = ?", id).Scan(&p.Name, &p.Active)
	if err == sql.ErrNoRows {
		return p, data.Errorf(data.ENotFound, "人员（编号 %d）已不存在", id)
	} else if err != nil {
		return p, err
	}
	rows, err := tx.Query("SELECT role FROM person_roles WHERE person_id = ?", id)
	if err != nil {
		return p, err
	}
	defer rows.Close()
	for rows.Next() {
		var r data.Role
		if err := rows.Scan(&r); err != nil {
			return p, err
		}
		p.Roles = append(p.Roles, r)
	}
	return p, rows.Err()
}

// Delegations lists the mayor's delegations (clause 六), newest first.
func (s *Store) Delegations(ctx context.Context) ([]data.Delegation, error) {
	rows, err := s.conn().QueryContext(ctx, `SELECT d.id, d.delegate_id, p.name, d.date_from, d.date_to, d.reason
		FROM delegations d JOIN people p ON p.id = d.delegate_id ORDER BY d.date_from DESC, d.id DESC`)
	if err != nil {
		return nil, classify(err, "读取委托")
	}
	defer rows.Close()
	var out []data.Delegation
	for rows.Next() {
		var d data.Delegation
		var from, to string
		if err := rows.Scan(&d.ID, &d.DelegateID, &d.DelegateName, &from, &to, &d.Reason); err != nil {
			return nil, classify(err, "读取委托")
		}
		if d.From, err = time.Parse(data.DateLayout, from); err != nil {
			return nil, data.Wrap(data.EDamaged, err, "委托（编号 %d）的开始日期「%s」无效", d.ID, from)
		}
		if d.To, err = time.Parse(data.DateLayout, to); err != nil {
			return nil, data.Wrap(data.EDamaged, err, "委托（编号 %d）的结束日期「%s」无效", d.ID, to)
		}
		out = append(out, d)
	}
	return out, classifyRows(rows.Err(), "读取委托")
}

// SaveDelegation records a delegation (new when ID is 0). The delegate must be
// a serving vice-mayor and the period may not overlap another (clause 六).
// The meetings already planned in its period are checked again in the same
// transaction (四十二), and d.Changes says which changed.
func (s *Store) SaveDelegation(ctx context.Context, d data.Delegation) (data.Delegation, error) {
	d.Normalize()
	if err := d.Validate(); err != nil {
		return d, err
	}
	err := s.tx(ctx, func(tx *Tx) error {
		delegate, err := personTx(tx, d.DelegateID)
		if err != nil {
			return err
		}
		existing, err := delegationsTx(tx)
		if err != nil {
			return err
		}
		if err := rules.CanBeDelegate(delegate); err != nil {
			return err
		}
		d.DelegateName = delegate.Name
		if err := rules.DelegationFits(existing, d); err != nil {
			return err
		}
		from, to := d.From.Format(data.DateLayout), d.To.Format(data.DateLayout)
		action := "delegation.update"
		if d.ID == 0 {
			action = "delegation.create"
			res, err := tx.Exec("INSERT INTO delegations (delegate_id, date_from, date_to, reason, created_at) VALUES (?, ?, ?, ?, ?)", d.DelegateID, from, to, d.Reason, tx.stamp())
			if err != nil {
				return err
			}
			if d.ID, err = res.LastInsertId(); err != nil {
				return err
			}
		} else {
			res, err := tx.Exec("UPDATE delegations SET delegate_id = ?, date_from = ?, date_to = ?, reason = ? WHERE id = ?", d.DelegateID, from, to, d.Reason, d.ID)
			if err != nil {
				return err
			}
			if n, _ := res.RowsAffected(); n != 1 {
				return data.Errorf(data.ENotFound, "委托（编号 %d）已不存在", d.ID)
			}
		}
		if err := s.audit(tx, action, "delegation", d.ID, map[string]any{"delegate": d.DelegateName, "delegate_id": d.DelegateID, "from": from, "to": to, "reason": d.Reason}); err != nil {
			return err
		}
		// 四十二: the meetings already planned in its span are checked again.
		var old data.Delegation
		for _, e := range existing {
			if e.ID == d.ID {
				old = e
			}
		}
		a, b := span(d, old)
		d.Changes, err = s.recheckChairsTx(tx, existing, replaced(existing, d), a, b)
		return err
	})
	return d, err
}

// DeleteDelegation removes a delegation, recording what it was; the
// meetings planned in its period are checked again (四十二).
func (s *Store) DeleteDelegation(ctx context.Context, id int64) error {
	return s.tx(ctx, func(tx *Tx) error {
		var delegate int64
		var from, to, reason string
		err := tx.QueryRow("SELECT delegate_id, date_from, date_to, reason FROM delegations WHERE id = ?", id).Scan(&delegate, &from, &to, &reason)
		if err == sql.ErrNoRows {
			return data.Errorf(data.ENotFound, "委托（编号 %d）已不存在", id)
		} else if err != nil {
			return err
		}
		before, err := delegationsTx(tx)
		if err != nil {
			return err
		}
		if _, err := tx.Exec("DELETE FROM delegations WHERE id = ?", id); err != nil {
			return err
		}
		if err := s.audit(tx, "delegation.delete", "delegation", id, map[string]any{"delegate_id": delegate, "from": from, "to": to, "reason": reason}); err != nil {
			return err
		}
		after, err := delegationsTx(tx)
		if err != nil {
			return err
		}
		// 四十二: the meetings it covered lose their 受市长委托.
		a, err := storedDay(from, "委托", id)
		if err != nil {
			return err
		}
		b, err := storedDay(to, "委托", id)
		if err != nil {
			return err
		}
		_, err = s.recheckChairsTx(tx, before, after, a, b)
		return err
	})
}

func classifyRows(err error, doing string) error {
	if err != nil {
		return classify(err, doing)
	}
	return nil
}
