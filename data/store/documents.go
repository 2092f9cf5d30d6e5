package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"huiwu/data"
	"huiwu/rules"
)

var _ data.DocumentService = (*Store)(nil)

const docColumns = `d.id, d.kind, d.title, d.unit_id, u.name, d.number, d.received, d.classification, d.secrecy_term,
	d.urgency, d.disclosure, d.attachments, d.via_office, d.to_leader, d.skip_level, d.many_places, d.has_request,
	d.matters, d.flags, d.status, d.problem, d.remarks, d.version`

func scanDoc(sc interface{ Scan(...any) error }) (data.Document, error) {
	var d data.Document
	var received, atts, flags string
	err := sc.Scan(&d.ID, &d.Kind, &d.Title, &d.UnitID, &d.UnitName, &d.Number, &received, &d.Classification, &d.SecrecyTerm,
		&d.Urgency, &d.Disclosure, &atts, &d.Intake.ViaOffice, &d.Intake.ToLeader, &d.Intake.SkipLevel, &d.Intake.ManyPlaces,
		&d.Intake.HasRequest, &d.Intake.MattersSeen, &flags, &d.Status, &d.Problem, &d.Remarks, &d.Version)
	if err != nil {
		return d, err
	}
	if d.Received, err = storedDay(received, "公文", d.ID); err != nil {
		return d, err
	}
	if atts != "" {
		d.Attachments = strings.Split(atts, "\n")
	}
	for _, f := range strings.Split(flags, ",") {
		if f != "" {
			d.Flags = append(d.Flags, data.DocFlag(f))
		}
	}
	return d, nil
}

// storedDay reads a date column; an empty one is the zero time, a bad one an
// error naming the record, never a silent zero.
func storedDay(s, what string, id int64) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(data.DateLayout, s)
	if err != nil {
		return t, data.Wrap(data.EDamaged, err, "%s（编号 %d）的日期「%s」无效", what, id, s)
	}
	return t, nil
}

// dayText writes a date column; the zero time is stored as ”.
func dayText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(data.DateLayout)
}

// Documents lists the register, newest received first.
func (s *Store) Documents(ctx context.Context, f data.DocFilter) ([]data.Document, error) {
	var out []data.Document
	err := s.docRead(ctx, func(tx *Tx) error {
		var err error
		out, err = documentsTx(tx, f)
		return err
	})
	return out, err
}

// docWhere is the SQL condition on documents d that f sets, with its
// arguments. The 年度 is a union of two index searches (received in the
// year; still open, by the partial index documents_open) rather than an
// OR, which would read the whole table.
func docWhere(f data.DocFilter) (string, []any) {
	w, args := "1 = 1", []any{}
	if f.Status != "" {
		w += " AND d.status = ?"
		args = append(args, string(f.Status))
	}
	if f.UnitID != 0 {
		w += " AND d.unit_id = ?" // the index documents_unit
		args = append(args, f.UnitID)
	}
	if !f.From.IsZero() {
		w += " AND d.received >= ?"
		args = append(args, dayText(f.From))
	}
	if !f.To.IsZero() {
		w += " AND d.received <= ?"
		args = append(args, dayText(f.To))
	}
	if f.Year != 0 {
		w += ` AND d.id IN (SELECT id FROM documents WHERE received >= ? AND received < ?
			UNION ALL SELECT id FROM documents WHERE status NOT IN ('closed', 'returned'))`
		args = append(args, yearStart(f.Year), yearStart(f.Year+1))
	}
	return w, args
}

// yearStart is 1 January of year as stored dates and times begin, so that
// a year is the range [yearStart(y), yearStart(y+1)) of a date column.
func yearStart(year int) string { return fmt.Sprintf("%04d-01-01", year) }

func documentsTx(tx *Tx, f data.DocFilter) ([]data.Document, error) {
	w, args := docWhere(f)
	rows, err := tx.Query("SELECT "+docColumns+" FROM documents d JOIN units u ON u.id = d.unit_id WHERE "+w+
		" ORDER BY d.received DESC, d.id DESC", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []data.Document
	for rows.Next() {
		d, err := scanDoc(rows)
		if err != nil {
			return nil, err
		}
		if f.Matches(d) {
			out = append(out, d)
		}
	}
	return out, rows.Err()
}

func documentTx(tx *Tx, id int64) (data.Document, error) {
	d, err := scanDoc(tx.QueryRow("SELECT "+docColumns+" FROM documents d JOIN units u ON u.id = d.unit_id WHERE d.id = ?", id))
	if err == sql.ErrNoRows {
		return d, data.Errorf(data.ENotFound, "公文（编号 %d）已不存在", id)
	}
	return d, err
}

// docRead runs fn in one transaction that only reads, so that what it reads
// agrees with itself.
func (s *Store) docRead(ctx context.Context, fn func(*Tx) error) error {
	t, err := s.conn().BeginTx(ctx, nil)
	if err != nil {
		return classify(err, "读取")
	}
	defer t.Rollback() //nolint:errcheck // nothing to keep
	if err := fn(&Tx{Tx: t, ctx: ctx, now: s.Now()}); err != nil {
		return classify(err, "读取")
	}
	return nil
}

// SaveDocument registers (ID 0) or edits d and applies the checks of clause
// 四十七. A document that fails one is kept with status 已退回 and its
// problem; every answer is written to the audit log with the change. An
// edit of a returned document that now passes goes back to 已登记.
func (s *Store) SaveDocument(ctx context.Context, d data.Document) (data.Document, error) {
	if d.Status == "" {
		d.Status = data.DocRegistered // a new entry; its state is then rules'
	}
	d.Normalize()
	if err := d.Validate(); err != nil {
		return d, err
	}
	err := s.tx(ctx, func(tx *Tx) error { return s.writeDocument(tx, &d) })
	return d, err
}

// writeDocument loads the document's state, asks rules where the entry
// leaves it (四十七), and writes it with its audit entries.
func (s *Store) writeDocument(tx *Tx, d *data.Document) error {
	var was data.DocStatus
	if d.ID != 0 {
		old, err := documentTx(tx, d.ID)
		if err != nil {
			return err
		}
		if old.Version != d.Version {
			return conflict("公文", old.Title)
		}
		was = old.Status
	}
	findings := rules.CheckIntake(*d)
	d.Status, d.Problem = rules.IntakeStatus(*d, was, findings)
	var flags []string
	for _, f := range d.Flags {
		flags = append(flags, string(f))
	}
	in := d.Intake
	args := []any{
		d.Kind, d.Title, d.UnitID, d.Number, dayText(d.Received), d.Classification, d.SecrecyTerm, d.Urgency,
		d.Disclosure, strings.Join(d.Attachments, "\n"), in.ViaOffice, in.ToLeader, in.SkipLevel, in.ManyPlaces, in.HasRequest,
		in.MattersSeen, strings.Join(flags, ","), d.Status, d.Problem, d.Remarks, tx.stamp(),
	}
	action := "document.update"
	if d.ID == 0 {
		action = "document.register"
		res, err := tx.Exec(`INSERT INTO documents (kind, title, unit_id, number, received, classification, secrecy_term, urgency,
			disclosure, attachments, via_office, to_leader, skip_level, many_places, has_request, matters, flags, status, problem,
			remarks, updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, append(args, tx.stamp())...)
		if err != nil {
			return err
		}
		if d.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		d.Version = 1
	} else {
		res, err := tx.Exec(`UPDATE documents SET kind = ?, title = ?, unit_id = ?, number = ?, received = ?, classification = ?,
			secrecy_term = ?, urgency = ?, disclosure = ?, attachments = ?, via_office = ?, to_leader = ?, skip_level = ?,
			many_places = ?, has_request = ?, matters = ?, flags = ?, status = ?, problem = ?, remarks = ?, updated_at = ?,
			version = version + 1 WHERE id = ? AND version = ?`, append(args, d.ID, d.Version)...)
		if err != nil {
			return err
		}
		if err := s.expectOne(tx, res, "documents", "公文", d.ID); err != nil {
			return err
		}
		d.Version++
	}
	if err := s.audit(tx, action, "document", d.ID, d); err != nil {
		return err
	}
	return s.audit(tx, "document.check", "document", d.ID, map[string]any{"clause": "四十七", "findings": findings, "status": d.Status})
}

// DeleteDocument removes a document registered by mistake, with its
// countersigns and instructions; the audit log keeps what it was.
func (s *Store) DeleteDocument(ctx context.Context, id, version int64) error {
	return s.tx(ctx, func(tx *Tx) error {
		d, err := documentTx(tx, id)
		if err != nil {
			return err
		}
		if d.Version != version {
			return conflict("公文", d.Title)
		}
		if _, err := tx.Exec("DELETE FROM documents WHERE id = ?", id); err != nil {
			return err
		}
		return s.audit(tx, "document.delete", "document", id, d)
	})
}
