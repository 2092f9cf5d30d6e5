package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"huiwu/data"
	"huiwu/rules"
)

// Units lists every unit in the office's configured order.
func (s *Store) Units(ctx context.Context) ([]data.Unit, error) {
	rows, err := s.conn().QueryContext(ctx, "SELECT id, name, short_name, kind, sort_order, version FROM units")
	if err != nil {
		return nil, classify(err, "读取单位")
	}
	defer rows.Close()
	var out []data.Unit
	for rows.Next() {
		var u data.Unit
		if err := rows.Scan(&u.ID, &u.Name, &u.ShortName, &u.Kind, &u.Order, &u.Version); err != nil {
			return nil, classify(err, "读取单位")
		}
		out = append(out, u)
	}
	if err := rows.Err(); err != nil {
		return nil, classify(err, "读取单位")
	}
	rules.SortUnits(out)
	return out, nil
}

// SaveUnit creates u (ID 0) or updates it if nobody saved it in between.
func (s *Store) SaveUnit(ctx context.Context, u data.Unit) (data.Unit, error) {
	u.Normalize()
	if err := u.Validate(); err != nil {
		return u, err
	}
	err := s.tx(ctx, func(tx *Tx) error { return s.saveUnit(tx, &u) })
	return u, err
}

func (s *Store) saveUnit(tx *Tx, u *data.Unit) error {
	var otherID int64
	err := tx.QueryRow("SELECT id FROM units WHERE name = ? AND id <> ?", u.Name, u.ID).Scan(&otherID)
	if err == nil {
		return data.Errorf(data.EDuplicate, "单位「%s」已存在（编号 %d），不能重复添加", u.Name, otherID)
	} else if err != sql.ErrNoRows {
		return err
	}
	now := tx.stamp()
	action := "unit.update"
	if u.ID == 0 {
		action = "unit.create"
		res, err := tx.Exec("INSERT INTO units (name, short_name, kind, sort_order, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
			u.Name, u.ShortName, u.Kind, u.Order, now, now)
		if err != nil {
			return err
		}
		if u.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		u.Version = 1
	} else {
		res, err := tx.Exec("UPDATE units SET name = ?, short_name = ?, kind = ?, sort_order = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
			u.Name, u.ShortName, u.Kind, u.Order, now, u.ID, u.Version)
		if err != nil {
			return err
		}
		if err := s.expectOne(tx, res, "units", "单位", u.ID); err != nil {
			return err
		}
		u.Version++
	}
	return s.audit(tx, action, "unit", u.ID, u)
}

// DeleteUnit removes a unit nobody refers to; otherwise it says by what it is
// still used.
func (s *Store) DeleteUnit(ctx context.Context, id, version int64) error {
	return s.tx(ctx, func(tx *Tx) error {
		var u data.Unit
		err := tx.QueryRow("SELECT id, name, version FROM units WHERE id = ?", id).Scan(&u.ID, &u.Name, &u.Version)
		if err == sql.ErrNoRows {
			return data.Errorf(data.ENotFound, "单位（编号 %d）已不存在", id)
		} else if err != nil {
			return err
		}
		if u.Version != version {
			return conflict("单位", u.Name)
		}
		if err := refusedIfUsed(tx, "单位「"+u.Name+"」", []usage{
			{"SELECT count(*) FROM people WHERE unit_id = ?", "%d 名人员属于该单位"},
			{"SELECT count(*) FROM oversight WHERE unit_id = ?", "该单位有分管领导"},
			{"SELECT count(*) FROM meetings WHERE unit_id = ?", "召开过 %d 次部门系统会议"},
			{"SELECT count(*) FROM meeting_plan WHERE unit_id = ?", "列入年度会议计划 %d 项"},
			{"SELECT count(*) FROM documents WHERE unit_id = ?", "报送过 %d 件公文"},
			{"SELECT count(*) FROM countersigns WHERE unit_id = ?", "参加过 %d 次会签"},
			{"SELECT count(*) FROM normative_plan WHERE unit_id = ?", "列入规范性文件制定计划 %d 项"},
			{"SELECT count(*) FROM topics WHERE unit_id = ?", "申报过 %d 个议题"},
			{"SELECT count(*) FROM topic_units WHERE unit_id = ?", "是 %d 个议题的相关单位"},
			{"SELECT count(*) FROM meeting_matters WHERE unit_id = ?", "是 %d 次会议所议事项的职责单位"},
			{"SELECT count(*) FROM normative_filings WHERE unit_id = ?", "报送备案规范性文件 %d 件"},
		}, id); err != nil {
			return err
		}
		if _, err := tx.Exec("DELETE FROM units WHERE id = ?", id); err != nil {
			return err
		}
		return s.audit(tx, "unit.delete", "unit", id, u)
	})
}

// usage is one way a record can be referred to: a count query over the
// record's ID and a sentence saying what refers to it.
type usage struct {
	query  string
	phrase string // may contain one %d for the count
}

func refusedIfUsed(tx *Tx, what string, uses []usage, id int64) error {
	var why []string
	for _, u := range uses {
		var n int
		if err := tx.QueryRow(u.query, id).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			if strings.Contains(u.phrase, "%d") {
				why = append(why, fmt.Sprintf(u.phrase, n))
			} else {
				why = append(why, u.phrase)
			}
		}
	}
	if len(why) > 0 {
		return data.Errorf(data.EReferenced, "%s仍被使用，不能删除：%s", what, strings.Join(why, "；"))
	}
	return nil
}

// expectOne turns an UPDATE that touched no row into a not-found or a
// conflict error: the row is gone, or someone saved it in between. A
// conflict says what the other person saved, so nothing is lost from sight.
func (s *Store) expectOne(tx *Tx, res sql.Result, table, label string, id int64) error {
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 1 {
		return nil
	}
	var name string
	err = tx.QueryRow("SELECT name FROM "+table+" WHERE id = ?", id).Scan(&name)
	if err == sql.ErrNoRows {
		return data.Errorf(data.ENotFound, "%s（编号 %d）已被删除", label, id)
	} else if err != nil {
		return err
	}
	var saved string
	if q, ok := storedVersion[table]; ok {
		if err := tx.QueryRow(q, id).Scan(&saved); err != nil {
			return err
		}
	}
	return conflictWith(label, name, saved)
}

// storedVersion renders a row as a conflict message shows it.
var storedVersion = map[string]string{
	"units":  "SELECT '单位名称「' || name || '」，简称「' || short_name || '」，排序 ' || sort_order FROM units WHERE id = ?",
	"people": "SELECT '姓名「' || name || '」，职务「' || post || '」，电话「' || phone || '」' || CASE active WHEN 1 THEN '' ELSE '，不在任' END FROM people WHERE id = ?",
}

func conflict(label, name string) error { return conflictWith(label, name, "") }

func conflictWith(label, name, saved string) error {
	msg := fmt.Sprintf("%s「%s」已被他人修改，您的修改未保存。", label, name)
	if saved != "" {
		msg += "对方保存的是：" + saved + "。"
	}
	return data.Errorf(data.EConflict, "%s请关闭后重新打开，核对最新内容再改", msg)
}
