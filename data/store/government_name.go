package store

import (
	"context"
	"database/sql"

	"huiwu/data"
	"huiwu/rules"
)

// governmentNameFindings gathers the two findings of 四十四 on a meeting in
// the government's name: the towns' main heads on a 副市长's meeting not
// held 受市长委托, and a matter recorded as a department's own.
func governmentNameFindings(tx *Tx, m data.Meeting) ([]rules.Finding, error) {
	if !rules.InGovernmentName(m.Kind) || m.ID == 0 {
		return nil, nil
	}
	var out []rules.Finding
	chair, err := personTx(tx, m.ChairID)
	if err != nil {
		return nil, err
	}
	heads, err := townHeadsTx(tx, m.ID)
	if err != nil {
		return nil, err
	}
	if len(heads) > 0 {
		ds, err := delegationsTx(tx)
		if err != nil {
			return nil, err
		}
		if f := rules.CheckViceTownHeads(m, chair, heads, ds); f != nil {
			out = append(out, rules.Finding{Field: "参会人员", Breach: *f})
		}
	}
	unit, err := matterUnitTx(tx, m.ID)
	if err != nil {
		return nil, err
	}
	if f := rules.CheckDepartmentMatter(m, unit.Name); f != nil {
		out = append(out, rules.Finding{Field: "事项归属", Breach: *f})
	}
	return out, nil
}

// townHeadsTx names the main heads of 镇（区、街道） on meeting id's list (as
// members or 列席; staff who serve the meeting do not count), in the
// office's order.
func townHeadsTx(tx *Tx, meetingID int64) ([]string, error) {
	return firstColumn[string](tx.ctx, tx, `SELECT p.name FROM participants x JOIN people p ON p.id = x.person_id JOIN units u ON u.id = p.unit_id
		JOIN person_roles r ON r.person_id = p.id AND r.role = 'unit_head'
		WHERE x.meeting_id = ? AND u.kind = 'town' AND x.role <> 'staff' ORDER BY u.sort_order, p.id`, meetingID)
}

// matterUnitTx is the unit whose remit meeting id's matter is recorded
// within (四十四); the zero unit when none is.
func matterUnitTx(tx *Tx, meetingID int64) (data.Unit, error) {
	var u data.Unit
	err := tx.QueryRow(`SELECT u.id, u.name, u.short_name, u.kind FROM meeting_matters x JOIN units u ON u.id = x.unit_id WHERE x.meeting_id = ?`,
		meetingID).Scan(&u.ID, &u.Name, &u.ShortName, &u.Kind)
	if err == sql.ErrNoRows {
		return data.Unit{}, nil
	}
	return u, err
}

// MeetingMatter is the unit whose remit meeting id's matter is recorded
// within (四十四), the zero unit when none is.
func (s *Store) MeetingMatter(ctx context.Context, meetingID int64) (data.Unit, error) {
	var u data.Unit
	err := s.docRead(ctx, func(tx *Tx) error {
		var err error
		u, err = matterUnitTx(tx, meetingID)
		return err
	})
	return u, err
}

// SetMeetingMatter records that meeting id's matter lies within the remit
// of unit unitID (0 clears it), with who and when (四十四). On a meeting in
// the government's name that is itself a finding: it is refused unless
// the change carries a reason (an override kept with the meeting), the
// same decision a save or a status change of the meeting then meets.
func (s *Store) SetMeetingMatter(ctx context.Context, meetingID, unitID int64, overrides ...data.Override) error {
	return s.tx(ctx, func(tx *Tx) error {
		m, err := meetingTx(tx, meetingID)
		if err != nil {
			return err
		}
		if unitID == 0 {
			if _, err := tx.Exec("DELETE FROM meeting_matters WHERE meeting_id = ?", meetingID); err != nil {
				return err
			}
			if _, err := tx.Exec("UPDATE meetings SET version = version + 1 WHERE id = ?", meetingID); err != nil {
				return err
			}
			return s.audit(tx, "meeting.matter", "meeting", meetingID, map[string]any{"unit": "", "clause": "四十四"})
		}
		var u data.Unit
		if err := tx.QueryRow("SELECT id, name, kind FROM units WHERE id = ?", unitID).Scan(&u.ID, &u.Name, &u.Kind); err == sql.ErrNoRows {
			return data.Errorf(data.ENotFound, "所选单位（编号 %d）已不存在", unitID)
		} else if err != nil {
			return err
		}
		if err := rules.MayRecordMatter(m, u); err != nil {
			return err
		}
		if _, err := tx.Exec(`INSERT INTO meeting_matters (meeting_id, unit_id, recorded_at, recorded_by) VALUES (?, ?, ?, ?)
			ON CONFLICT (meeting_id) DO UPDATE SET unit_id = excluded.unit_id, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by`,
			meetingID, unitID, tx.stamp(), s.Actor); err != nil {
			return err
		}
		findings, err := s.planFindings(tx, m)
		if err != nil {
			return err
		}
		if err := rules.MeetingRefusal(findings, append(m.Overrides, overrides...)); err != nil {
			return err
		}
		if err := s.recordOverrides(tx, &m, overrides); err != nil {
			return err
		}
		if _, err := tx.Exec("UPDATE meetings SET version = version + 1 WHERE id = ?", meetingID); err != nil {
			return err
		}
		return s.audit(tx, "meeting.matter", "meeting", meetingID, map[string]any{"unit": u.Name, "unit_id": u.ID, "clause": "四十四"})
	})
}
