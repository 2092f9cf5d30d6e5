package store

import (
	"context"
	"database/sql"
	"unicode/utf8"

	"huiwu/data"
	"huiwu/rules"
)

// PlanItems lists year's plan of normative documents (十七), each with the
// registered document it became, if any.
func (s *Store) PlanItems(ctx context.Context, year int) ([]data.PlanItem, error) {
	var out []data.PlanItem
	err := s.docRead(ctx, func(tx *Tx) error {
		rows, err := tx.Query(`SELECT n.id, n.year, n.title, n.unit_id, u.name, ifnull(n.doc_id, 0), ifnull(d.title, ''), ifnull(d.status, '')
			FROM normative_plan n JOIN units u ON u.id = n.unit_id LEFT JOIN documents d ON d.id = n.doc_id
			WHERE n.year = ? ORDER BY u.sort_order, n.id`, year)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var p data.PlanItem
			if err := rows.Scan(&p.ID, &p.Year, &p.Title, &p.UnitID, &p.UnitName, &p.DocID, &p.DocTitle, &p.DocStatus); err != nil {
				return err
			}
			out = append(out, p)
		}
		return rows.Err()
	})
	return out, err
}

// SavePlanItem adds a planned normative document to year's plan (十七).
func (s *Store) SavePlanItem(ctx context.Context, p data.PlanItem) (data.PlanItem, error) {
	p.Title = data.Clean(p.Title)
	var ps []data.Problem
	if p.Year < 2000 || p.Year > 2200 {
		ps = append(ps, data.Problem{Field: "年份", Message: "应在 2000 到 2200 之间"})
	}
	if p.Title == "" || utf8.RuneCountInString(p.Title) > data.MaxDocTitle {
		ps = append(ps, data.Problem{Field: "标题", Message: "不能为空，且不超过 100 字"})
	}
	if p.UnitID == 0 {
		ps = append(ps, data.Problem{Field: "起草单位", Message: "请选择起草单位"})
	}
	if len(ps) > 0 {
		return p, &data.Error{Code: data.EInvalid, Message: "计划未保存", Problems: ps}
	}
	err := s.tx(ctx, func(tx *Tx) error {
		var other int64
		err := tx.QueryRow("SELECT id FROM normative_plan WHERE year = ? AND title = ?", p.Year, p.Title).Scan(&other)
		if err == nil {
			return data.Errorf(data.EDuplicate, "%d 年计划中已有「%s」（编号 %d）", p.Year, p.Title, other)
		} else if err != sql.ErrNoRows {
			return err
		}
		res, err := tx.Exec("INSERT INTO normative_plan (year, title, unit_id) VALUES (?, ?, ?)", p.Year, p.Title, p.UnitID)
		if err != nil {
			return err
		}
		if p.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		return s.audit(tx, "normative.plan.add", "normative_plan", p.ID, p)
	})
	return p, err
}

// LinkPlanItem records that a registered normative document is the one a
// plan item foresaw (十七).
func (s *Store) LinkPlanItem(ctx context.Context, itemID, docID int64) error {
	return s.tx(ctx, func(tx *Tx) error {
		d, err := documentTx(tx, docID)
		if err != nil {
			return err
		}
		if err := rules.PlanLink(d); err != nil {
			return err
		}
		var year int
		if err := tx.QueryRow("SELECT year FROM normative_plan WHERE id = ?", itemID).Scan(&year); err == sql.ErrNoRows {
			return data.Errorf(data.ENotFound, "计划项（编号 %d）已不存在", itemID)
		} else if err != nil {
			return err
		}
		if _, err := tx.Exec("UPDATE normative_plan SET doc_id = NULL WHERE doc_id = ?", docID); err != nil {
			return err
		}
		if _, err := tx.Exec("UPDATE normative_plan SET doc_id = ? WHERE id = ?", docID, itemID); err != nil {
			return err
		}
		if _, err := tx.Exec("UPDATE documents SET plan_year = ?, version = version + 1, updated_at = ? WHERE id = ?", year, tx.stamp(), docID); err != nil {
			return err
		}
		return s.audit(tx, "normative.plan.link", "document", docID, map[string]any{"item": itemID, "year": year, "clause": "十七"})
	})
}
