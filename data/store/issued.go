package store

import (
	"context"
	"time"

	"huiwu/data"
	"huiwu/rules"
)

// issueTallyTx counts the documents issued in year, other than exceptID,
// against the target set (五十一).
func issueTallyTx(tx *Tx, year int, exceptID int64) (data.IssueTally, error) {
	t := data.IssueTally{Year: year}
	fs, err := followUpSettingsTx(tx)
	if err != nil {
		return t, err
	}
	t.Target = fs.IssueTarget
	err = tx.QueryRow("SELECT count(*) FROM issued_docs WHERE issued_on >= ? AND issued_on < ? AND id <> ?",
		dayText(time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)), dayText(time.Date(year+1, 1, 1, 0, 0, 0, 0, time.UTC)), exceptID).Scan(&t.Count)
	return t, err
}

// IssuedDocs lists the documents issued in year, with the year's tally.
func (s *Store) IssuedDocs(ctx context.Context, year int) ([]data.IssuedDoc, data.IssueTally, error) {
	var out []data.IssuedDoc
	var tally data.IssueTally
	err := s.docRead(ctx, func(tx *Tx) error {
		var err error
		if tally, err = issueTallyTx(tx, year, 0); err != nil {
			return err
		}
		rows, err := tx.Query(`SELECT id, number, title, issuer, issued_on, disclosure, classification, secrecy_on, version FROM issued_docs
			WHERE issued_on >= ? AND issued_on < ? ORDER BY issued_on, id`, dayText(time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)), dayText(time.Date(year+1, 1, 1, 0, 0, 0, 0, time.UTC)))
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var d data.IssuedDoc
			var on, secrecy string
			if err := rows.Scan(&d.ID, &d.Number, &d.Title, &d.Issuer, &on, &d.Disclosure, &d.Classification, &secrecy, &d.Version); err != nil {
				return err
			}
			if d.IssuedOn, err = storedDay(on, "发文", d.ID); err != nil {
				return err
			}
			if d.SecrecyOn, err = storedDay(secrecy, "发文", d.ID); err != nil {
				return err
			}
			out = append(out, d)
		}
		return rows.Err()
	})
	return out, tally, err
}

// SaveIssuedDoc registers (ID 0) or corrects a document issued in the name
// of the government or its office: its 公开属性 and 保密审查 checked (五十),
// and a new one beyond the year's target refused unless it carries a
// reason, which is audited with it (五十一).
func (s *Store) SaveIssuedDoc(ctx context.Context, d data.IssuedDoc) (data.IssuedDoc, error) {
	d.Normalize()
	if err := d.Validate(); err != nil {
		return d, err
	}
	if err := rules.CheckIssued(d); err != nil {
		return d, err
	}
	err := s.tx(ctx, func(tx *Tx) error {
		tally, err := issueTallyTx(tx, d.IssuedOn.Year(), d.ID)
		if err != nil {
			return err
		}
		if d.ID == 0 {
			if err := rules.OverTarget(tally, d.Override); err != nil {
				return err
			}
		}
		now := tx.stamp()
		args := []any{d.Number, d.Title, d.Issuer, dayText(d.IssuedOn), d.Disclosure, d.Classification, dayText(d.SecrecyOn), now}
		action := "issued.update"
		if d.ID == 0 {
			action = "issued.create"
			res, err := tx.Exec(`INSERT INTO issued_docs (number, title, issuer, issued_on, disclosure, classification, secrecy_on, updated_at, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, append(args, now)...)
			if err != nil {
				return classify(err, "保存发文")
			}
			if d.ID, err = res.LastInsertId(); err != nil {
				return err
			}
			d.Version = 1
		} else {
			res, err := tx.Exec(`UPDATE issued_docs SET number = ?, title = ?, issuer = ?, issued_on = ?, disclosure = ?, classification = ?, secrecy_on = ?,
				updated_at = ?, version = version + 1 WHERE id = ? AND version = ?`, append(args, d.ID, d.Version)...)
			if err != nil {
				return classify(err, "保存发文")
			}
			if n, _ := res.RowsAffected(); n != 1 {
				return conflict("发文", d.Number)
			}
			d.Version++
		}
		detail := map[string]any{
			"clause": "五十", "number": d.Number, "title": d.Title, "issuer": d.Issuer, "issued_on": dayText(d.IssuedOn),
			"disclosure": d.Disclosure, "classification": d.Classification, "secrecy_on": dayText(d.SecrecyOn), "count": tally.Count + 1, "target": tally.Target,
		}
		if d.Override != "" && tally.Target > 0 && tally.Count >= tally.Target {
			detail["override"], detail["override_clause"] = d.Override, "五十一"
		}
		return s.audit(tx, action, "issued_doc", d.ID, detail)
	})
	return d, err
}
