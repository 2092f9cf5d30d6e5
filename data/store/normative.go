package store

import (
	"context"
	"time"

	"huiwu/data"
	"huiwu/rules"
)

// normativeTx reads what clause 五十 needs of document id, refusing a
// document that is not a normative one.
func normativeTx(tx *Tx, id int64) (data.Document, data.DocRecord, rules.NormativeState, error) {
	r, err := docRecordTx(tx, id, time.Time{})
	if err != nil {
		return data.Document{}, r, rules.NormativeState{}, err
	}
	d := r.Doc
	if err := rules.Normative(d); err != nil {
		return d, r, rules.NormativeState{}, err
	}
	st := rules.NormativeState{
		Review: rules.LegalReview(r.Review), Classified: d.Classification != "", SecrecyChecked: !r.SecrecyOn.IsZero(), Disclosure: d.Disclosure,
		Planned: r.PlanYear != 0, Overrides: r.Overrides,
	}
	return d, r, st, nil
}

// RecordReview records the 司法局's legal review of a normative document
// (五十): lawful or unlawful, its date and the number of its
// 《合法性审查意见书》.
func (s *Store) RecordReview(ctx context.Context, docID int64, lawful bool, on time.Time, ref string) error {
	ref = data.Clean(ref)
	var ps []data.Problem
	if on.IsZero() {
		ps = append(ps, data.Problem{Field: "审查日期", Message: "不能为空"})
	}
	if ref == "" || len([]rune(ref)) > data.MaxDocNumber {
		ps = append(ps, data.Problem{Field: "意见书文号", Message: "不能为空，且不超过 40 字"})
	}
	if len(ps) > 0 {
		return &data.Error{Code: data.EInvalid, Message: "合法性审查未保存", Problems: ps}
	}
	result := rules.ReviewUnlawful
	if lawful {
		result = rules.ReviewLawful
	}
	return s.tx(ctx, func(tx *Tx) error {
		d, _, _, err := normativeTx(tx, docID)
		if err != nil {
			return err
		}
		if on.Before(d.Received) {
			return &data.Error{Code: data.EInvalid, Message: "合法性审查未保存", Problems: []data.Problem{{Field: "审查日期", Message: "不能早于收文日期"}}}
		}
		if _, err := tx.Exec("UPDATE documents SET review = ?, review_on = ?, review_ref = ?, version = version + 1, updated_at = ? WHERE id = ?",
			result, dayText(on), ref, tx.stamp(), docID); err != nil {
			return err
		}
		return s.audit(tx, "normative.review", "document", docID, map[string]string{"result": string(result), "on": dayText(on), "ref": ref, "clause": "五十"})
	})
}

// RecordSecrecyReview records the 保密审查 of a classified normative document (五十).
func (s *Store) RecordSecrecyReview(ctx context.Context, docID int64, on time.Time) error {
	if on.IsZero() {
		return &data.Error{Code: data.EInvalid, Message: "保密审查未保存", Problems: []data.Problem{{Field: "保密审查日期", Message: "不能为空"}}}
	}
	return s.tx(ctx, func(tx *Tx) error {
		if _, _, _, err := normativeTx(tx, docID); err != nil {
			return err
		}
		if _, err := tx.Exec("UPDATE documents SET secrecy_on = ?, version = version + 1, updated_at = ? WHERE id = ?", dayText(on), tx.stamp(), docID); err != nil {
			return err
		}
		return s.audit(tx, "normative.secrecy", "document", docID, map[string]string{"on": dayText(on), "clause": "五十"})
	})
}

// NormativeStep moves a normative document to 已审签 or 已印发. Signing
// and issuing are refused without a lawful legal review, a declared 公开属性
// and, for a classified one, a 保密审查 (五十); a refusal is itself audited.
// 已备案 comes from the 报送备案 to both bodies (ReportFiling, 十九).
// A draft outside the year's plan is signed only with a reason (十七),
// carried by overrides and kept with the document in the same transaction.
func (s *Store) NormativeStep(ctx context.Context, docID int64, to data.DocStatus, on time.Time, overrides ...data.Override) error {
	if on.IsZero() {
		return &data.Error{Code: data.EInvalid, Message: "未保存", Problems: []data.Problem{{Field: "日期", Message: "不能为空"}}}
	}
	if err := data.ValidateOverrides(overrides); err != nil {
		return err
	}
	var refusal error
	err := s.tx(ctx, func(tx *Tx) error {
		d, r, st, err := normativeTx(tx, docID)
		if err != nil {
			return err
		}
		st.Overrides = append(st.Overrides, overrides...)
		mv, err := rules.NormativeStep(d, st, r.IssuedOn, to, on)
		if err != nil {
			return err
		}
		if mv.Unplanned {
			if err := s.keepDocOverrides(tx, docID, overrides); err != nil {
				return err
			}
		}
		if mv.Refused != nil {
			refusal = mv.Refused
			return s.audit(tx, "normative.refused", "document", docID, map[string]any{"step": mv.What, "why": data.ErrorMessage(mv.Refused), "clause": mv.Clause.Numeral()})
		}
		set, args := "status = ?", []any{mv.Status}
		if to == data.DocIssued {
			set, args = set+", issued_on = ?", append(args, dayText(on))
		}
		if _, err := tx.Exec("UPDATE documents SET "+set+", version = version + 1, updated_at = ? WHERE id = ?", append(args, tx.stamp(), docID)...); err != nil {
			return err
		}
		return s.audit(tx, "normative."+string(to), "document", docID, map[string]string{"on": dayText(on), "clause": mv.Clause.Numeral()})
	})
	if err != nil {
		return err
	}
	return refusal
}

// AwaitingFiling lists issued normative documents not yet reported to both
// bodies (十九), with their 报送备案 deadline, the earliest first.
func (s *Store) AwaitingFiling(ctx context.Context) ([]data.DocRecord, error) {
	var out []data.DocRecord
	err := s.docRead(ctx, func(tx *Tx) error {
		rows, err := tx.Query("SELECT id FROM documents WHERE status = 'issued' ORDER BY issued_on, id")
		if err != nil {
			return err
		}
		var ids []int64
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return err
			}
			ids = append(ids, id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, id := range ids {
			r, err := docRecordTx(tx, id, tx.Now())
			if err != nil {
				return err
			}
			out = append(out, r)
		}
		return nil
	})
	return out, err
}

// keepDocOverrides writes the reasons a change carried, each with its
// audit entry, in the change's transaction.
func (s *Store) keepDocOverrides(tx *Tx, docID int64, os []data.Override) error {
	for _, o := range os {
		at := tx.Now().UTC().Truncate(time.Second).Format(overrideStamp)
		if _, err := tx.Exec(`INSERT INTO document_overrides (doc_id, clause, reason, actor, at) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (doc_id, clause) DO UPDATE SET reason = excluded.reason, actor = excluded.actor, at = excluded.at`,
			docID, o.Clause.Numeral(), o.Reason, s.Actor, at); err != nil {
			return err
		}
		if err := s.audit(tx, "document.override", "document", docID, map[string]string{"clause": o.Clause.Numeral(), "reason": o.Reason}); err != nil {
			return err
		}
	}
	return nil
}
