package store

import (
	"context"
	"database/sql"
	"strings"

	"huiwu/data"
	"huiwu/rules"
)

// People lists everyone in protocol order: leaders by rank, then by unit
// order, then 按姓氏笔画.
func (s *Store) People(ctx context.Context) ([]data.Person, error) {
	rows, err := s.conn().QueryContext(ctx, `SELECT p.id, p.name, ifnull(p.unit_id, 0), ifnull(u.name, ''), p.post, p.rank, p.phone, p.active, p.version,
		ifnull((SELECT group_concat(role) FROM person_roles r WHERE r.person_id = p.id), ''), ifnull(u.sort_order, -1)
		FROM people p LEFT JOIN units u ON u.id = p.unit_id`)
	if err != nil {
		return nil, classify(err, "读取人员")
	}
	defer rows.Close()
	var out []data.Person
	order := map[int64]int{}
	for rows.Next() {
		var p data.Person
		var roles string
		var unitOrder int
		if err := rows.Scan(&p.ID, &p.Name, &p.UnitID, &p.UnitName, &p.Post, &p.Rank, &p.Phone, &p.Active, &p.Version, &roles, &unitOrder); err != nil {
			return nil, classify(err, "读取人员")
		}
		if roles != "" {
			for _, r := range strings.Split(roles, ",") {
				p.Roles = append(p.Roles, data.Role(r))
			}
		}
		if unitOrder >= 0 {
			order[p.UnitID] = unitOrder
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, classify(err, "读取人员")
	}
	rules.SortPeople(out, order)
	return out, nil
}

// SavePerson creates p (ID 0) or updates it if nobody saved it in between.
func (s *Store) SavePerson(ctx context.Context, p data.Person) (data.Person, error) {
	p.Normalize()
	if err := p.Validate(); err != nil {
		return p, err
	}
	err := s.tx(ctx, func(tx *Tx) error { return s.savePerson(tx, &p) })
	return p, err
}

func (s *Store) savePerson(tx *Tx, p *data.Person) error {
	var unit any
	if p.UnitID != 0 {
		unit = p.UnitID
		if err := tx.QueryRow("SELECT name FROM units WHERE id = ?", p.UnitID).Scan(&p.UnitName); err == sql.ErrNoRows {
			return data.Errorf(data.ENotFound, "所选单位（编号 %d）已不存在", p.UnitID)
		} else if err != nil {
			return err
		}
	}
	var otherID int64
	err := tx.QueryRow("SELECT id FROM people WHERE name = ? AND ifnull(unit_id, 0) = ? AND id <> ?", p.Name, p.UnitID, p.ID).Scan(&otherID)
	if err == nil {
		where := p.UnitName
		if where == "" {
			where = "无单位人员"
		}
		return data.Errorf(data.EDuplicate, "%s中已有「%s」（编号 %d），不能重复添加", where, p.Name, otherID)
	} else if err != sql.ErrNoRows {
		return err
	}
	now := tx.stamp()
	action := "person.update"
	if p.ID == 0 {
		action = "person.create"
		res, err := tx.Exec("INSERT INTO people (name, unit_id, post, rank, phone, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
			p.Name, unit, p.Post, p.Rank, p.Phone, p.Active, now, now)
		if err != nil {
			return err
		}
		if p.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		p.Version = 1
	} else {
		res, err := tx.Exec("UPDATE people SET name = ?, unit_id = ?, post = ?, rank = ?, phone = ?, active = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
			p.Name, unit, p.Post, p.Rank, p.Phone, p.Active, now, p.ID, p.Version)
		if err != nil {
			return err
		}
		if err := s.expectOne(tx, res, "people", "人员", p.ID); err != nil {
			return err
		}
		p.Version++
		if _, err := tx.Exec("DELETE FROM person_roles WHERE person_id = ?", p.ID); err != nil {
			return err
		}
	}
	for _, r := range p.Roles {
		if _, err := tx.Exec("INSERT INTO person_roles (person_id, role) VALUES (?, ?)", p.ID, r); err != nil {
			return err
		}
	}
	return s.audit(tx, action, "person", p.ID, p)
}

// DeletePerson removes a person nobody refers to; otherwise it says by what
// the person is still used (a retired leader is marked inactive instead).
func (s *Store) DeletePerson(ctx context.Context, id, version int64) error {
	return s.tx(ctx, func(tx *Tx) error {
		var p data.Person
		err := tx.QueryRow("SELECT id, name, version FROM people WHERE id = ?", id).Scan(&p.ID, &p.Name, &p.Version)
		if err == sql.ErrNoRows {
			return data.Errorf(data.ENotFound, "人员（编号 %d）已不存在", id)
		} else if err != nil {
			return err
		}
		if p.Version != version {
			return conflict("人员", p.Name)
		}
		if err := refusedIfUsed(tx, "人员「"+p.Name+"」", []usage{
			{"SELECT count(*) FROM oversight WHERE leader_id = ?", "分管 %d 个单位"},
			{"SELECT count(*) FROM delegations WHERE delegate_id = ?", "有 %d 条委托主持记录（离任请改为“不在任”）"},
			{"SELECT count(*) FROM participants WHERE person_id = ?", "参加过 %d 次会议（离任请改为“不在任”）"},
			{"SELECT count(*) FROM meetings WHERE chair_id = ?1 OR reviewer_id = ?1 OR approver_id = ?1", "主持或审批过 %d 次会议"},
			{"SELECT count(*) FROM leave_steps WHERE approver_id = ?", "审批过 %d 次请假"},
			{"SELECT count(*) FROM instructions WHERE person_id = ?", "批示过 %d 件公文（离任请改为“不在任”）"},
			{"SELECT count(*) FROM documents WHERE route_leader_id = ?", "有 %d 件公文呈其批示"},
			{"SELECT count(*) FROM topics WHERE leader_id = ?", "是 %d 个议题的分管领导"},
		}, id); err != nil {
			return err
		}
		if _, err := tx.Exec("DELETE FROM people WHERE id = ?", id); err != nil {
			return err
		}
		return s.audit(tx, "person.delete", "person", id, p)
	})
}
