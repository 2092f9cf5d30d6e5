package store

import (
	"strings"

	"huiwu/rules"
)

// draftTopics reads the meeting's topics in agenda order for the draft
// 纪要: one section each from its title, reporting unit and outcome; whether
// any is of 三重一大 (then the 市长 signs, 四十六); and the first topic's
// unit, the matter a 专题会议 coordinated (its 分管副市长 signs, 八).
func draftTopics(tx *Tx, meetingID int64) (lines []string, threeMajor bool, leadUnit int64, err error) {
	rows, err := tx.Query(`SELECT t.title, t.unit_id, u.name, u.short_name, t.outcome, t.flags FROM topics t
		JOIN units u ON u.id = t.unit_id WHERE t.meeting_id = ? ORDER BY t.agenda_order, t.id`, meetingID)
	if err != nil {
		return nil, false, 0, err
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var title, name, short, outcome, flags string
		var unit int64
		if err := rows.Scan(&title, &unit, &name, &short, &outcome, &flags); err != nil {
			return nil, false, 0, err
		}
		n++
		if n == 1 {
			leadUnit = unit
		}
		threeMajor = threeMajor || strings.Contains(","+flags+",", ",three_major,")
		lines = append(lines, rules.MinutesSection(n, title, printedUnit(name, short), rules.TopicOutcome(outcome))...)
	}
	return lines, threeMajor, leadUnit, rows.Err()
}

// printedUnit is a unit as a 纪要 names it: 市 and the short name
// (市发改委), or the full name without the city when there is none.
func printedUnit(name, short string) string {
	if short != "" {
		return "市" + strings.TrimPrefix(short, "市")
	}
	return "市" + strings.TrimPrefix(name, "溧阳市")
}
