package store

import (
	"time"

	"huiwu/data"
)

// overrideStamp is how an override's time is kept.
const overrideStamp = "2006-01-02T15:04:05Z"

// overridesIn reads the overrides kept with record id of a kind (what, for
// messages) in table, whose column col names the record: the rule findings
// a secretary let through with a reason.
func overridesIn(tx *Tx, table, col string, id int64, what string) ([]data.Override, error) {
	rows, err := tx.Query("SELECT clause, reason, actor, at FROM "+table+" WHERE "+col+" = ? ORDER BY at, clause", id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []data.Override
	for rows.Next() {
		var o data.Override
		var clause, at string
		if err := rows.Scan(&clause, &o.Reason, &o.Actor, &at); err != nil {
			return nil, err
		}
		if o.Clause, err = data.ParseClause(clause); err != nil {
			return nil, data.Wrap(data.EDamaged, err, "%s（编号 %d）越规记录的条款「%s」无效", what, id, clause)
		}
		if o.At, err = time.Parse(overrideStamp, at); err != nil {
			return nil, data.Wrap(data.EDamaged, err, "%s（编号 %d）越规记录的时间「%s」无效", what, id, at)
		}
		out = append(out, o)
	}
	return out, rows.Err()
}
