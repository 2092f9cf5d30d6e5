package store

import (
	"database/sql"

	"huiwu/data"
	"huiwu/rules"
)

// planFindings gathers the findings of 四十四 for m: a department's second
// system-wide meeting in a year.
func (s *Store) planFindings(tx *sql.Tx, m data.Meeting) ([]problemFinding, error) {
	if m.Kind != data.MeetingDepartment {
		return nil, nil
	}
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
	defer rows.Close()
	var others []data.Meeting
	for rows.Next() {
		o := data.Meeting{Kind: data.MeetingDepartment, UnitID: m.UnitID}
		var start string
		if err := rows.Scan(&o.ID, &o.Title, &start, &o.Status); err != nil {
			return nil, err
		}
		if o.Start, err = parseClock(start); err != nil {
			return nil, err
		}
		others = append(others, o)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if f := rules.CheckDepartmentMeeting(m, unitName, others); f != nil {
		return []problemFinding{{"会议类型", *f}}, nil
	}
	return nil, nil
}
