package store

import (
	"context"
	"fmt"

	"huiwu/data"
)

// ImportPeople adds people read from a file, all or nothing: one
// transaction, and if any row is refused (an unknown unit, a person already
// in the roster or twice in the file) nothing is written and every refused
// row is named. It returns how many were added.
func (s *Store) ImportPeople(ctx context.Context, rows []data.ImportRow) (int, error) {
	if len(rows) == 0 {
		// Not 「导入 0 人」 with an audit entry for nothing.
		return 0, data.Errorf(data.EInvalid, "没有可导入的人员")
	}
	var problems []data.Problem
	err := s.tx(ctx, func(tx *Tx) error {
		units := map[string]int64{}
		if err := scanUnitIDs(tx, units); err != nil {
			return err
		}
		seen := map[string]int{}
		for _, r := range rows {
			p := r.Person
			line := fmt.Sprintf("第 %d 行", r.Line)
			if r.Unit != "" {
				id, ok := units[r.Unit]
				if !ok {
					problems = append(problems, data.Problem{Field: line, Message: "单位「" + data.Excerpt(r.Unit) + "」不在名册中，请先在「单位」中添加"})
					continue
				}
				p.UnitID = id
			}
			p.Normalize()
			if err := p.Validate(); err != nil {
				problems = append(problems, data.Problem{Field: line, Message: data.ErrorMessage(err)})
				continue
			}
			key := fmt.Sprintf("%s|%d", p.Name, p.UnitID)
			if first, dup := seen[key]; dup {
				problems = append(problems, data.Problem{Field: line, Message: fmt.Sprintf("与第 %d 行重复", first)})
				continue
			}
			seen[key] = r.Line
			if err := s.savePerson(tx, &p); err != nil {
				if data.ErrorCode(err) == data.EDuplicate {
					problems = append(problems, data.Problem{Field: line, Message: data.ErrorMessage(err)})
					continue
				}
				return err
			}
		}
		if len(problems) > 0 {
			return &data.Error{Code: data.EInvalid, Message: fmt.Sprintf("有 %d 行不能导入，整批未导入", len(problems)), Problems: problems}
		}
		return s.audit(tx, "roster.import", "people", 0, map[string]int{"rows": len(rows)})
	})
	if err != nil {
		return 0, err
	}
	return len(rows), nil
}

func scanUnitIDs(tx *Tx, into map[string]int64) error {
	rs, err := tx.Query("SELECT id, name FROM units")
	if err != nil {
		return err
	}
	defer rs.Close()
	for rs.Next() {
		var id int64
		var name string
		if err := rs.Scan(&id, &name); err != nil {
			return err
		}
		into[name] = id
	}
	return rs.Err()
}
