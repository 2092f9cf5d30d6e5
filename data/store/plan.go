package store

import (
	"context"
	"database/sql"
	"time"

	"huiwu/data"
	"huiwu/rules"
)

// planFindings gathers the findings of 四十四 for m: a department's second
// system-wide meeting in a year, town heads invited without a written
// approval, and an unplanned city-wide conference notified without the
// 副市长's review and the 市长's approval.
func (s *Store) planFindings(tx *Tx, m data.Meeting) ([]rules.Finding, error) {
	switch m.Kind {
	case data.MeetingDepartment:
		return s.departmentFindings(tx, m)
	case data.MeetingCityWide:
		out, err := s.cityWideFindings(tx, m)
		if err != nil {
			return nil, err
		}
		more, err := governmentNameFindings(tx, m)
		return append(out, more...), err
	}
	return governmentNameFindings(tx, m)
}

func (s *Store) departmentFindings(tx *Tx, m data.Meeting) ([]rules.Finding, error) {
	var unitName string
	if err := tx.QueryRow("SELECT name FROM units WHERE id = ?", m.UnitID).Scan(&unitName); err == sql.ErrNoRows {
		return nil, data.Errorf(data.ENotFound, "所选召开单位（编号 %d）已不存在", m.UnitID)
	} else if err != nil {
		return nil, err
	}
	rows, err := tx.Query(`SELECT id, title, starts_at, status FROM meetings WHERE kind = 'department' AND unit_id = ? AND id <> ?`, m.UnitID, m.ID)
	if err != nil {
		return nil, err
	}
	var others []data.Meeting
	for rows.Next() {
		o := data.Meeting{Kind: data.MeetingDepartment, UnitID: m.UnitID}
		var start string
		if err := rows.Scan(&o.ID, &o.Title, &start, &o.Status); err != nil {
			rows.Close()
			return nil, err
		}
		if o.Start, err = parseClock(start); err != nil {
			rows.Close()
			return nil, err
		}
		others = append(others, o)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var out []rules.Finding
	if f := rules.CheckDepartmentMeeting(m, unitName, others); f != nil {
		out = append(out, rules.Finding{Field: "会议类型", Breach: *f})
	}
	if m.ID == 0 {
		return out, nil
	}
	trows, err := tx.Query(`SELECT p.name FROM participants x JOIN people p ON p.id = x.person_id JOIN units u ON u.id = p.unit_id
		JOIN person_roles r ON r.person_id = p.id AND r.role = 'unit_head' WHERE x.meeting_id = ? AND u.kind = 'town' ORDER BY u.sort_order`, m.ID)
	if err != nil {
		return nil, err
	}
	var towns []string
	for trows.Next() {
		var n string
		if err := trows.Scan(&n); err != nil {
			trows.Close()
			return nil, err
		}
		towns = append(towns, n)
	}
	trows.Close()
	if err := trows.Err(); err != nil {
		return nil, err
	}
	if f := rules.CheckTownHeads(m, towns, m.WrittenApproval); f != nil {
		out = append(out, rules.Finding{Field: "批准文号", Breach: *f})
	}
	ps, err := participantsTx(tx, m.ID)
	if err != nil {
		return nil, err
	}
	var leaders []string
	for _, p := range ps {
		if p.Role != data.AttendStaff && rules.IsLeader(p.Person()) {
			leaders = append(leaders, p.Name)
		}
	}
	if f := rules.CheckLeadersAtDepartment(m, leaders, m.WrittenApproval); f != nil {
		out = append(out, rules.Finding{Field: "批准文号", Breach: *f})
	}
	return out, nil
}

func (s *Store) cityWideFindings(tx *Tx, m data.Meeting) ([]rules.Finding, error) {
	in := rules.PlanCheck{Planned: m.PlanID != 0}
	if m.PlanID != 0 {
		err := tx.QueryRow("SELECT year FROM meeting_plan WHERE id = ?", m.PlanID).Scan(&in.PlanYear)
		if err == sql.ErrNoRows {
			return nil, data.Errorf(data.ENotFound, "所选年度计划（编号 %d）已不存在", m.PlanID)
		} else if err != nil {
			return nil, err
		}
	}
	if m.ID != 0 {
		var reviewer, approver int64
		if err := tx.QueryRow("SELECT ifnull(reviewer_id, 0), ifnull(approver_id, 0) FROM meetings WHERE id = ?", m.ID).Scan(&reviewer, &approver); err != nil {
			return nil, err
		}
		for _, x := range []struct {
			id  int64
			dst **data.Person
		}{{reviewer, &in.Reviewer}, {approver, &in.Approver}} {
			if x.id != 0 {
				p, err := personTx(tx, x.id)
				if err != nil {
					return nil, err
				}
				*x.dst = &p
			}
		}
		var err error
		if in.Delegation, err = delegationsTx(tx); err != nil {
			return nil, err
		}
	}
	if f := rules.CheckCityWide(m, in); f != nil {
		return []rules.Finding{{Field: "年度计划", Breach: *f}}, nil
	}
	return nil, nil
}

// RecordApproval records, for an unplanned city-wide conference (四十四),
// the responsible 副市长's review (step "review") or the 市长's approval
// (step "approve"), with the person and the time, in the audit log.
func (s *Store) RecordApproval(ctx context.Context, meetingID int64, step string, personID int64) (data.Meeting, error) {
	var m data.Meeting
	err := s.tx(ctx, func(tx *Tx) error {
		var err error
		if m, err = meetingTx(tx, meetingID); err != nil {
			return err
		}
		p, err := personTx(tx, personID)
		if err != nil {
			return err
		}
		cols := map[string]string{"review": "reviewer_id = ?, reviewed_at = ?", "approve": "approver_id = ?, approved_at = ?"}[step]
		if cols == "" {
			return data.Errorf(data.EInvalid, "未知审批环节「%s」", step)
		}
		delegations, err := delegationsTx(tx)
		if err != nil {
			return err
		}
		if err := rules.MayApproveUnplanned(step == "approve", m, p, delegations); err != nil {
			return err
		}
		at := tx.Now().UTC().Truncate(time.Second).Format(stampLayout)
		if _, err := tx.Exec("UPDATE meetings SET "+cols+", version = version + 1 WHERE id = ?", personID, at, meetingID); err != nil {
			return err
		}
		if m, err = meetingTx(tx, meetingID); err != nil {
			return err
		}
		return s.audit(tx, "meeting."+step, "meeting", meetingID, map[string]any{"person": p.Name, "person_id": personID, "at": at})
	})
	return m, err
}

// PlanEntries lists the year's meeting plan (0: every year), by month.
func (s *Store) PlanEntries(ctx context.Context, year int) ([]data.PlanEntry, error) {
	rows, err := s.conn().QueryContext(ctx, `SELECT e.id, e.year, e.title, ifnull(e.unit_id, 0), ifnull(u.name, ''), e.month, e.note, e.version
		FROM meeting_plan e LEFT JOIN units u ON u.id = e.unit_id WHERE ? = 0 OR e.year = ? ORDER BY e.year, e.month, e.id`, year, year)
	if err != nil {
		return nil, classify(err, "读取年度会议计划")
	}
	defer rows.Close()
	var out []data.PlanEntry
	for rows.Next() {
		var e data.PlanEntry
		if err := rows.Scan(&e.ID, &e.Year, &e.Title, &e.UnitID, &e.UnitName, &e.Month, &e.Note, &e.Version); err != nil {
			return nil, classify(err, "读取年度会议计划")
		}
		out = append(out, e)
	}
	return out, classifyRows(rows.Err(), "读取年度会议计划")
}

// SavePlanEntry creates (ID 0) or updates a plan entry; a title is unique
// within its year.
func (s *Store) SavePlanEntry(ctx context.Context, e data.PlanEntry) (data.PlanEntry, error) {
	e.Normalize()
	if err := e.Validate(); err != nil {
		return e, err
	}
	err := s.tx(ctx, func(tx *Tx) error {
		var other int64
		if err := tx.QueryRow("SELECT id FROM meeting_plan WHERE year = ? AND title = ? AND id <> ?", e.Year, e.Title, e.ID).Scan(&other); err == nil {
			return data.Errorf(data.EDuplicate, "%d 年计划中已有「%s」（编号 %d）", e.Year, e.Title, other)
		} else if err != sql.ErrNoRows {
			return err
		}
		var unit any
		if e.UnitID != 0 {
			unit = e.UnitID
		}
		now := tx.stamp()
		if e.ID == 0 {
			res, err := tx.Exec("INSERT INTO meeting_plan (year, title, unit_id, month, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", e.Year, e.Title, unit, e.Month, e.Note, now, now)
			if err != nil {
				return err
			}
			if e.ID, err = res.LastInsertId(); err != nil {
				return err
			}
			e.Version = 1
			return s.audit(tx, "plan.create", "plan", e.ID, e)
		}
		res, err := tx.Exec("UPDATE meeting_plan SET year = ?, title = ?, unit_id = ?, month = ?, note = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
			e.Year, e.Title, unit, e.Month, e.Note, now, e.ID, e.Version)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n != 1 {
			return conflict("年度计划", e.Title)
		}
		e.Version++
		return s.audit(tx, "plan.update", "plan", e.ID, e)
	})
	return e, err
}

// DeletePlanEntry removes an entry no meeting refers to.
func (s *Store) DeletePlanEntry(ctx context.Context, id, version int64) error {
	return s.tx(ctx, func(tx *Tx) error {
		var e data.PlanEntry
		if err := tx.QueryRow("SELECT id, title, version FROM meeting_plan WHERE id = ?", id).Scan(&e.ID, &e.Title, &e.Version); err == sql.ErrNoRows {
			return data.Errorf(data.ENotFound, "年度计划（编号 %d）已不存在", id)
		} else if err != nil {
			return err
		}
		if e.Version != version {
			return conflict("年度计划", e.Title)
		}
		if err := refusedIfUsed(tx, "年度计划「"+e.Title+"」", []usage{{"SELECT count(*) FROM meetings WHERE plan_id = ?", "已有 %d 次会议按此计划召开"}}, id); err != nil {
			return err
		}
		if _, err := tx.Exec("DELETE FROM meeting_plan WHERE id = ?", id); err != nil {
			return err
		}
		return s.audit(tx, "plan.delete", "plan", id, e)
	})
}
