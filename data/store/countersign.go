package store

import (
	"context"
	"time"

	"huiwu/data"
	"huiwu/rules"
)

func countersignsTx(tx *Tx, docID int64) ([]data.Countersign, error) {
	if docID != 0 {
		return countersignsWhereTx(tx, "c.doc_id = ?", docID)
	}
	return countersignsWhereTx(tx, "1 = 1")
}

// countersignsWhereTx lists the countersigns c that the SQL condition where
// selects.
func countersignsWhereTx(tx *Tx, where string, args ...any) ([]data.Countersign, error) {
	q := `SELECT c.doc_id, c.unit_id, u.name, c.sent, c.due, c.due_unverified, c.extended_to, c.extend_reason, c.reply,
		c.reasons, c.replier, c.replied_on, c.version FROM countersigns c JOIN units u ON u.id = c.unit_id WHERE ` + where
	rows, err := tx.Query(q+" ORDER BY c.doc_id, u.sort_order, u.id", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []data.Countersign
	for rows.Next() {
		var c data.Countersign
		var sent, due, ext, replied string
		if err := rows.Scan(&c.DocID, &c.UnitID, &c.UnitName, &sent, &due, &c.DueUnverified, &ext, &c.ExtendReason, &c.Reply,
			&c.Reasons, &c.Replier, &replied, &c.Version); err != nil {
			return nil, err
		}
		for _, p := range []struct {
			s string
			t *time.Time
		}{{sent, &c.Sent}, {due, &c.Due}, {ext, &c.ExtendedTo}, {replied, &c.RepliedOn}} {
			if *p.t, err = storedDay(p.s, "会签", c.DocID); err != nil {
				return nil, err
			}
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Countersigns lists every countersign of every document, for the status
// list and the lapse check.
func (s *Store) Countersigns(ctx context.Context) ([]data.Countersign, error) {
	var out []data.Countersign
	err := s.docRead(ctx, func(tx *Tx) error {
		var err error
		out, err = countersignsTx(tx, 0)
		markOverdue(out, tx.Now())
		return err
	})
	return out, err
}

// OverdueCountersigns lists the countersigns with no reply past the
// deadline in force (an agreed extension, else the due date) as of the
// store's clock, of the documents f selects: the register's marks, without
// reading the countersigns of the whole decade.
func (s *Store) OverdueCountersigns(ctx context.Context, f data.DocFilter) ([]data.Countersign, error) {
	var out []data.Countersign
	err := s.docRead(ctx, func(tx *Tx) error {
		w, args := docWhere(f)
		var err error
		out, err = countersignsWhereTx(tx, `c.reply = '' AND (CASE WHEN c.extended_to <> '' THEN c.extended_to ELSE c.due END) < ?
			AND c.doc_id IN (SELECT d.id FROM documents d WHERE `+w+")", append([]any{dayText(tx.Now())}, args...)...)
		markOverdue(out, tx.Now())
		return err
	})
	return out, err
}

// StartCountersign sends a registered document to the units whose remits it
// touches (四十八), each reply due 7 working days after sent. A returned
// document cannot be countersigned: its unit must fix it first.
func (s *Store) StartCountersign(ctx context.Context, docID int64, unitIDs []int64, sent time.Time) error {
	if len(unitIDs) == 0 {
		return &data.Error{Code: data.EInvalid, Message: "会签未开始", Problems: []data.Problem{{Field: "会签单位", Message: "请至少选择一个会签单位"}}}
	}
	if sent.IsZero() {
		return &data.Error{Code: data.EInvalid, Message: "会签未开始", Problems: []data.Problem{{Field: "送签日期", Message: "不能为空"}}}
	}
	return s.tx(ctx, func(tx *Tx) error {
		d, err := documentTx(tx, docID)
		if err != nil {
			return err
		}
		cal, _, err := calendarTx(tx)
		if err != nil {
			return err
		}
		due, err := rules.StartCountersign(cal, d, unitIDs, sent)
		if err != nil {
			return err
		}
		for _, u := range unitIDs {
			_, err := tx.Exec("INSERT INTO countersigns (doc_id, unit_id, sent, due, due_unverified) VALUES (?, ?, ?, ?, ?)",
				docID, u, dayText(sent), dayText(due.Date), due.Unverified)
			if err != nil {
				return err
			}
		}
		if _, err := tx.Exec("UPDATE documents SET status = 'countersign', version = version + 1, updated_at = ? WHERE id = ?", tx.stamp(), docID); err != nil {
			return err
		}
		return s.audit(tx, "countersign.start", "document", docID, map[string]any{
			"units": unitIDs, "sent": dayText(sent),
			"due": dayText(due.Date), "unverified": due.Note, "clause": "四十八",
		})
	})
}

// ExtendCountersign records a later deadline a unit agreed with the lead
// unit, with the reason (四十八).
func (s *Store) ExtendCountersign(ctx context.Context, docID, unitID int64, to time.Time, reason string) error {
	reason = data.Clean(reason)
	return s.tx(ctx, func(tx *Tx) error {
		c, err := countersignTx(tx, docID, unitID)
		if err != nil {
			return err
		}
		if err := rules.ExtendCountersign(c, to, reason); err != nil {
			return err
		}
		if _, err := tx.Exec("UPDATE countersigns SET extended_to = ?, extend_reason = ?, version = version + 1 WHERE doc_id = ? AND unit_id = ?",
			dayText(to), reason, docID, unitID); err != nil {
			return err
		}
		return s.audit(tx, "countersign.extend", "document", docID, map[string]any{"unit": c.UnitName, "from": dayText(c.Deadline()), "to": dayText(to), "reason": reason})
	})
}

func countersignTx(tx *Tx, docID, unitID int64) (data.Countersign, error) {
	cs, err := countersignsTx(tx, docID)
	if err != nil {
		return data.Countersign{}, err
	}
	for _, c := range cs {
		if c.UnitID == unitID {
			return c, nil
		}
	}
	return data.Countersign{}, data.Errorf(data.ENotFound, "该单位不在本件的会签单位中")
}

// ReplyCountersign records a unit's reply: 同意, 无意见, or 有不同意见 with
// its reasons, and who replied.
func (s *Store) ReplyCountersign(ctx context.Context, r data.Countersign) error {
	r.Reasons, r.Replier = data.Clean(r.Reasons), data.Clean(r.Replier)
	if err := rules.CheckReply(r); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *Tx) error {
		c, err := countersignTx(tx, r.DocID, r.UnitID)
		if err != nil {
			return err
		}
		late, err := rules.AcceptReply(c, r)
		if err != nil {
			return err
		}
		if _, err := tx.Exec("UPDATE countersigns SET reply = ?, reasons = ?, replier = ?, replied_on = ?, version = version + 1 WHERE doc_id = ? AND unit_id = ?",
			r.Reply, r.Reasons, r.Replier, dayText(r.RepliedOn), r.DocID, r.UnitID); err != nil {
			return err
		}
		return s.audit(tx, "countersign.reply", "document", r.DocID, map[string]any{
			"unit": c.UnitName, "reply": r.Reply,
			"reasons": r.Reasons, "replier": r.Replier, "on": dayText(r.RepliedOn), "late": late,
		})
	})
}

// LapseOverdue applies the last sentence of 四十八 as of the store's clock:
// every unit still silent on the first working day after its deadline is
// recorded as 逾期未回复，视为无不同意见, each in the audit log. It runs on
// start and hourly; running it twice records nothing twice.
func (s *Store) LapseOverdue(ctx context.Context) (int, error) {
	n := 0
	err := s.tx(ctx, func(tx *Tx) error {
		n = 0
		cal, cs, err := countersignsOnCalendarTx(tx)
		if err != nil {
			return err
		}
		today := tx.Now()
		for _, c := range cs {
			on, lapsed := rules.LapseOf(cal, c, today)
			if !lapsed {
				continue
			}
			if _, err := tx.Exec("UPDATE countersigns SET reply = 'lapsed', reasons = ?, replier = '', replied_on = ?, version = version + 1 WHERE doc_id = ? AND unit_id = ? AND reply = ''",
				rules.LapseText, dayText(on), c.DocID, c.UnitID); err != nil {
				return err
			}
			if err := s.audit(tx, "countersign.lapse", "document", c.DocID, map[string]any{
				"unit":     c.UnitName,
				"deadline": dayText(c.Deadline()), "recorded_for": dayText(on), "record": rules.LapseText,
			}); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	return n, err
}

// SetDispute records the lead unit's summary of a disagreement, each side's
// reasons and its proposal, for the government to decide (四十八).
func (s *Store) SetDispute(ctx context.Context, docID int64, summary, proposal string) error {
	summary, proposal = data.Clean(summary), data.Clean(proposal)
	if err := rules.CheckDispute(summary, proposal); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *Tx) error {
		res, err := tx.Exec("UPDATE documents SET dispute_summary = ?, dispute_proposal = ?, version = version + 1, updated_at = ? WHERE id = ?", summary, proposal, tx.stamp(), docID)
		if err != nil {
			return err
		}
		if err := s.expectOne(tx, res, "documents", "公文", docID); err != nil {
			return err
		}
		// A changed summary is no longer what the units signed.
		res, err = tx.Exec("DELETE FROM dispute_signs WHERE doc_id = ?", docID)
		if err != nil {
			return err
		}
		cleared, err := res.RowsAffected()
		if err != nil {
			return err
		}
		return s.audit(tx, "countersign.dispute", "document", docID, map[string]any{"summary": summary, "proposal": proposal, "signatures_cleared": cleared})
	})
}

// SignDispute records that a unit which disagreed has countersigned the
// lead unit's summary (四十八): who signed and when.
func (s *Store) SignDispute(ctx context.Context, docID, unitID int64, signer string, on time.Time) error {
	signer = data.Clean(signer)
	if err := rules.CheckDisputeSign(signer, on); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *Tx) error {
		c, err := countersignTx(tx, docID, unitID)
		if err != nil {
			return err
		}
		var summary string
		if err := tx.QueryRow("SELECT dispute_summary FROM documents WHERE id = ?", docID).Scan(&summary); err != nil {
			return err
		}
		if err := rules.SignDispute(c, summary); err != nil {
			return err
		}
		if _, err := tx.Exec("INSERT INTO dispute_signs (doc_id, unit_id, signer, signed_on) VALUES (?, ?, ?, ?)", docID, unitID, signer, dayText(on)); err != nil {
			if isUnique(err) {
				return data.Errorf(data.EConflict, "%s 已在分歧意见上会签", c.UnitName)
			}
			return err
		}
		return s.audit(tx, "countersign.dispute.sign", "document", docID, map[string]string{"unit": c.UnitName, "signer": signer, "on": dayText(on), "clause": "四十八"})
	})
}

func disputeSignsTx(tx *Tx, docID int64) ([]data.DisputeSign, error) {
	rows, err := tx.Query(`SELECT x.unit_id, u.name, x.signer, x.signed_on FROM dispute_signs x JOIN units u ON u.id = x.unit_id
		WHERE x.doc_id = ? ORDER BY x.signed_on, u.sort_order`, docID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []data.DisputeSign
	for rows.Next() {
		var d data.DisputeSign
		var on string
		if err := rows.Scan(&d.UnitID, &d.UnitName, &d.Signer, &on); err != nil {
			return nil, err
		}
		if d.On, err = storedDay(on, "分歧会签", docID); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}
