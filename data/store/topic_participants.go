package store

import (
	"huiwu/data"
)

// feedObserversTx adds the head of each related unit that attends for the
// topic to the meeting's participants as 列席 with the topic named, once
// the 市长 has put the topic on the meeting (四十一 step 6; step 7 checks
// "the units attending for it"). Someone already taking part keeps their
// role. It returns the names added, for the audit record.
func feedObserversTx(tx *Tx, t data.Topic) ([]string, error) {
	if t.MeetingID == 0 {
		return nil, nil
	}
	rows, err := tx.Query(`SELECT p.id, p.name FROM topic_units tu
		JOIN people p ON p.unit_id = tu.unit_id AND p.active = 1
		JOIN person_roles r ON r.person_id = p.id AND r.role = ?
		WHERE tu.topic_id = ? AND tu.attends = 1
		  AND NOT EXISTS (SELECT 1 FROM participants x WHERE x.meeting_id = ? AND x.person_id = p.id)
		ORDER BY p.rank DESC, p.id`, string(data.RoleUnitHead), t.ID, t.MeetingID)
	if err != nil {
		return nil, err
	}
	type head struct {
		id   int64
		name string
	}
	var heads []head
	for rows.Next() {
		var h head
		if err := rows.Scan(&h.id, &h.name); err != nil {
			rows.Close()
			return nil, err
		}
		heads = append(heads, h)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var added []string
	for _, h := range heads {
		if _, err := tx.Exec("INSERT INTO participants (meeting_id, person_id, role, topic) VALUES (?, ?, ?, ?)",
			t.MeetingID, h.id, string(data.AttendObserver), t.Title); err != nil {
			return nil, err
		}
		added = append(added, h.name)
	}
	return added, nil
}
