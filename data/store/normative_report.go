package store

import (
	"context"
	"strconv"
	"time"

	"huiwu/data"
	"huiwu/rules"
)

// SettingReportDays is the time limit, in days after issue, for reporting
// (报送备案) the government's own normative documents to the 常州市政府 and
// the 市人大常委会 (十九); rules.DefaultReportDays when unset.
const SettingReportDays = "normative.report_days"

// reportDaysTx reads the 报送备案 time limit.
func reportDaysTx(tx *Tx) (int, error) {
	v, err := settingTx(tx, SettingReportDays)
	if err != nil || v == "" {
		return rules.DefaultReportDays, err
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > 365 {
		return 0, data.Errorf(data.EInvalid, "设置 %s 的值「%s」不是正整数", SettingReportDays, v)
	}
	return n, nil
}

// reportsTx reads the 报送备案 recorded for document id.
func reportsTx(tx *Tx, id int64) ([]data.NormativeReport, error) {
	rows, err := tx.Query("SELECT body, reported_on, ref, late FROM normative_reports WHERE doc_id = ? ORDER BY reported_on, body", id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []data.NormativeReport
	for rows.Next() {
		var r data.NormativeReport
		var on string
		if err := rows.Scan(&r.Body, &on, &r.Ref, &r.Late); err != nil {
			return nil, err
		}
		if r.On, err = storedDay(on, "报送备案", id); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// reportedBodies are the bodies of rs.
func reportedBodies(rs []data.NormativeReport) []rules.ReportBody {
	out := make([]rules.ReportBody, len(rs))
	for i, r := range rs {
		out[i] = rules.ReportBody(r.Body)
	}
	return out
}

// ReportFiling records the 报送备案 of the government's normative document
// docID to body on day on (十九), with its reference: once a body, not
// before issue, late past the office's time limit. With both bodies
// recorded the document is 已备案 on the later day. All audited.
func (s *Store) ReportFiling(ctx context.Context, docID int64, body string, on time.Time, ref string) error {
	ref = data.Clean(ref)
	if on.IsZero() {
		return &data.Error{Code: data.EInvalid, Message: "报送备案未登记", Problems: []data.Problem{{Field: "报送日期", Message: "不能为空"}}}
	}
	if len([]rune(ref)) > data.MaxDocNumber {
		return &data.Error{Code: data.EInvalid, Message: "报送备案未登记", Problems: []data.Problem{{Field: "备案文号", Message: "不超过 40 字"}}}
	}
	return s.tx(ctx, func(tx *Tx) error {
		d, r, _, err := normativeTx(tx, docID)
		if err != nil {
			return err
		}
		days, err := reportDaysTx(tx)
		if err != nil {
			return err
		}
		mv, err := rules.ReportStep(d, r.IssuedOn, reportedBodies(r.Reports), rules.ReportBody(body), on, days)
		if err != nil {
			return err
		}
		if _, err := tx.Exec("INSERT INTO normative_reports (doc_id, body, reported_on, ref, late) VALUES (?, ?, ?, ?, ?)",
			docID, body, dayText(on), ref, mv.Late); err != nil {
			return err
		}
		set := "version = version + 1, updated_at = ?"
		args := []any{tx.stamp()}
		if mv.Filed {
			set = "status = 'filed', filed_on = ?, " + set
			args = append([]any{dayText(on)}, args...)
		}
		if _, err := tx.Exec("UPDATE documents SET "+set+" WHERE id = ?", append(args, docID)...); err != nil {
			return err
		}
		return s.audit(tx, "normative.report", "document", docID, map[string]any{
			"body": rules.ReportBodyName(rules.ReportBody(body)), "on": dayText(on), "ref": ref, "due": dayText(mv.Due), "late": mv.Late,
			"filed": mv.Filed, "clause": "十九",
		})
	})
}
