package store

import (
	"context"
	"time"
	"unicode/utf8"

	"huiwu/data"
	"huiwu/rules"
)

// DocRecord reads one document whole in one transaction.
func (s *Store) DocRecord(ctx context.Context, id int64) (data.DocRecord, error) {
	var r data.DocRecord
	err := s.docRead(ctx, func(tx *Tx) error {
		var err error
		r, err = docRecordTx(tx, id, tx.Now())
		return err
	})
	return r, err
}

func docRecordTx(tx *Tx, id int64, today time.Time) (data.DocRecord, error) {
	var r data.DocRecord
	var err error
	if r.Doc, err = documentTx(tx, id); err != nil {
		return r, err
	}
	var opinionOn, reviewOn, secrecyOn, issuedOn, filedOn string
	err = tx.QueryRow(`SELECT d.dispute_summary, d.dispute_proposal, d.opinion, d.opinion_by, d.opinion_on, ifnull(d.route_leader_id, 0),
		ifnull(p.name, ''), d.route_reason, d.review, d.review_on, d.review_ref, d.secrecy_on, d.issued_on, d.filed_on, d.plan_year
		FROM documents d LEFT JOIN people p ON p.id = d.route_leader_id WHERE d.id = ?`, id).Scan(
		&r.Dispute, &r.Proposal, &r.Opinion, &r.OpinionBy, &opinionOn, &r.RouteLeaderID, &r.RouteLeader, &r.RouteReason,
		&r.Review, &reviewOn, &r.ReviewRef, &secrecyOn, &issuedOn, &filedOn, &r.PlanYear)
	if err != nil {
		return r, err
	}
	if r.OpinionOn, err = storedDay(opinionOn, "公文", id); err != nil {
		return r, err
	}
	if r.ReviewOn, err = storedDay(reviewOn, "公文", id); err != nil {
		return r, err
	}
	if r.SecrecyOn, err = storedDay(secrecyOn, "公文", id); err != nil {
		return r, err
	}
	if r.IssuedOn, err = storedDay(issuedOn, "公文", id); err != nil {
		return r, err
	}
	if r.FiledOn, err = storedDay(filedOn, "公文", id); err != nil {
		return r, err
	}
	if r.Reports, err = reportsTx(tx, id); err != nil {
		return r, err
	}
	if !r.IssuedOn.IsZero() {
		days, err := reportDaysTx(tx)
		if err != nil {
			return r, err
		}
		r.FilingDue = rules.ReportDue(r.IssuedOn, days)
	}
	r.Findings = findingsOf(r.Doc)
	if r.Overrides, err = overridesIn(tx, "document_overrides", "doc_id", id, "公文"); err != nil {
		return r, err
	}
	if r.Countersigns, err = countersignsTx(tx, id); err != nil {
		return r, err
	}
	markOverdue(r.Countersigns, today)
	if r.DisputeSigns, err = disputeSignsTx(tx, id); err != nil {
		return r, err
	}
	r.Instructions, err = instructionsTx(tx, id)
	return r, err
}

// findingsOf re-derives the 四十七 answers from the recorded intake; they
// are also in the audit log as given at each save.
func findingsOf(d data.Document) []string {
	var out []string
	for _, f := range rules.CheckIntake(d) {
		out = append(out, f.Message)
	}
	return out
}

func instructionsTx(tx *Tx, docID int64) ([]data.Instruction, error) {
	rows, err := tx.Query(`SELECT i.id, i.doc_id, i.person_id, p.name, i.text, i.day, i.delegated FROM instructions i
		JOIN people p ON p.id = i.person_id WHERE i.doc_id = ? ORDER BY i.day, i.id`, docID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []data.Instruction
	for rows.Next() {
		var in data.Instruction
		var day string
		if err := rows.Scan(&in.ID, &in.DocID, &in.PersonID, &in.PersonName, &in.Text, &day, &in.Delegated); err != nil {
			return nil, err
		}
		if in.Day, err = storedDay(day, "批示", in.ID); err != nil {
			return nil, err
		}
		out = append(out, in)
	}
	return out, rows.Err()
}

// SetOpinion records the office's handling opinion (拟办意见) and routes the
// document (四十九): to the 分管 leader of its unit, or to the 市长 for the
// matters 四十九 and 八 name, or to the delegate while the 市长 is away (六).
// A document still waiting for countersign replies is not routed yet.
func (s *Store) SetOpinion(ctx context.Context, docID int64, opinion string) (data.DocRecord, error) {
	opinion = data.Clean(opinion)
	switch {
	case opinion == "":
		return data.DocRecord{}, &data.Error{Code: data.EInvalid, Message: "办理意见未保存", Problems: []data.Problem{{Field: "拟办意见", Message: "不能为空"}}}
	case !utf8.ValidString(opinion) || utf8.RuneCountInString(opinion) > data.MaxOpinion:
		return data.DocRecord{}, &data.Error{Code: data.EInvalid, Message: "办理意见未保存", Problems: []data.Problem{{Field: "拟办意见", Message: "过长或含无效字符"}}}
	}
	var r data.DocRecord
	err := s.tx(ctx, func(tx *Tx) error {
		d, err := documentTx(tx, docID)
		if err != nil {
			return err
		}
		cs, err := countersignsTx(tx, docID)
		if err != nil {
			return err
		}
		var dispute string
		if err := tx.QueryRow("SELECT dispute_summary FROM documents WHERE id = ?", docID).Scan(&dispute); err != nil {
			return err
		}
		signed, err := disputeSignsTx(tx, docID)
		if err != nil {
			return err
		}
		next, err := rules.RouteStep(d, cs, dispute, signed)
		if err != nil {
			return err
		}
		route, err := s.routeDocTx(tx, d)
		if err != nil {
			return err
		}
		_, err = tx.Exec(`UPDATE documents SET opinion = ?, opinion_by = ?, opinion_on = ?, route_leader_id = ?, route_reason = ?,
			status = ?, version = version + 1, updated_at = ? WHERE id = ?`,
			opinion, s.actor(), dayText(tx.Now()), route.LeaderID, route.Reason, next, tx.stamp(), docID)
		if err != nil {
			return err
		}
		if err := s.audit(tx, "document.route", "document", docID, map[string]any{"opinion": opinion, "leader": route.LeaderID, "reason": route.Reason, "clause": "四十九"}); err != nil {
			return err
		}
		r, err = docRecordTx(tx, docID, tx.Now())
		return err
	})
	return r, err
}

// RoutePreview says where the document would go if routed now (四十九, 八,
// 六), without recording anything: the leader's name and the reason.
func (s *Store) RoutePreview(ctx context.Context, docID int64) (string, string, error) {
	var name, why string
	err := s.docRead(ctx, func(tx *Tx) error {
		d, err := documentTx(tx, docID)
		if err != nil {
			return err
		}
		r, err := s.routeDocTx(tx, d)
		if err != nil {
			return err
		}
		p, err := personTx(tx, r.LeaderID)
		name, why = p.Name, r.Reason
		return err
	})
	return name, why, err
}

func (s *Store) routeDocTx(tx *Tx, d data.Document) (rules.Route, error) {
	people, err := peopleTx(tx)
	if err != nil {
		return rules.Route{}, err
	}
	var os []data.Oversight
	rows, err := tx.Query("SELECT unit_id, leader_id FROM oversight")
	if err != nil {
		return rules.Route{}, err
	}
	defer rows.Close()
	for rows.Next() {
		var o data.Oversight
		if err := rows.Scan(&o.UnitID, &o.LeaderID); err != nil {
			return rules.Route{}, err
		}
		os = append(os, o)
	}
	if err := rows.Err(); err != nil {
		return rules.Route{}, err
	}
	ds, err := delegationsTx(tx)
	if err != nil {
		return rules.Route{}, err
	}
	return rules.RouteDocument(d, rules.RouteInput{Oversights: os, People: people, Delegations: ds, Day: tx.Now()})
}

// AddInstruction records a leader's 批示 on a routed document: who, what,
// when; written by a delegate while the 市长 is away, it says 受市长委托 (六).
func (s *Store) AddInstruction(ctx context.Context, in data.Instruction) error {
	in.Text = data.Clean(in.Text)
	var ps []data.Problem
	if in.PersonID == 0 {
		ps = append(ps, data.Problem{Field: "批示领导", Message: "请选择批示领导"})
	}
	if in.Text == "" || utf8.RuneCountInString(in.Text) > data.MaxOpinion {
		ps = append(ps, data.Problem{Field: "批示内容", Message: "不能为空，且不超过 500 字"})
	}
	if in.Day.IsZero() {
		ps = append(ps, data.Problem{Field: "批示日期", Message: "不能为空"})
	}
	if len(ps) > 0 {
		return &data.Error{Code: data.EInvalid, Message: "批示未保存", Problems: ps}
	}
	return s.tx(ctx, func(tx *Tx) error {
		d, err := documentTx(tx, in.DocID)
		if err != nil {
			return err
		}
		p, err := personTx(tx, in.PersonID)
		if err != nil {
			return err
		}
		ds, err := delegationsTx(tx)
		if err != nil {
			return err
		}
		var next data.DocStatus
		if in.Delegated, next, err = rules.Instruction(d, p, ds, in.Day); err != nil {
			return err
		}
		res, err := tx.Exec("INSERT INTO instructions (doc_id, person_id, text, day, delegated) VALUES (?, ?, ?, ?, ?)", in.DocID, in.PersonID, in.Text, dayText(in.Day), in.Delegated)
		if err != nil {
			return err
		}
		if in.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		if _, err := tx.Exec("UPDATE documents SET status = ?, version = version + 1, updated_at = ? WHERE id = ?", next, tx.stamp(), in.DocID); err != nil {
			return err
		}
		return s.audit(tx, "document.instruction", "document", in.DocID, in)
	})
}

// markOverdue flags the units that have not replied by their deadline.
func markOverdue(cs []data.Countersign, today time.Time) {
	d := today.Format(data.DateLayout)
	for i, c := range cs {
		cs[i].Overdue = c.Reply == data.ReplyNone && c.Deadline().Format(data.DateLayout) < d
	}
}

// CloseDocument marks a document 已办结 once the leader's 批示 is recorded
// (or, for a normative document, once it is filed); the office closes it
// when the instruction has been carried out.
func (s *Store) CloseDocument(ctx context.Context, docID int64) error {
	return s.tx(ctx, func(tx *Tx) error {
		d, err := documentTx(tx, docID)
		if err != nil {
			return err
		}
		if err := rules.CloseStep(d); err != nil {
			return err
		}
		if _, err := tx.Exec("UPDATE documents SET status = 'closed', version = version + 1, updated_at = ? WHERE id = ?", tx.stamp(), docID); err != nil {
			return err
		}
		return s.audit(tx, "document.close", "document", docID, map[string]string{"from": string(d.Status)})
	})
}
