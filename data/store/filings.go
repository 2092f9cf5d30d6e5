package store

import (
	"context"
	"database/sql"
	"time"

	"huiwu/data"
	"huiwu/rules"
)

const filingCols = `f.id, f.unit_id, u.name, f.title, f.number, f.issued_on, f.received_on, f.consulted, f.own_review, f.public_matter,
	f.asked_ref, f.registered_on, f.review, f.reviewed_on, f.order_kind, f.order_ref, f.order_on, f.version`

// filingsTx reads the filings where says (with args), in the order received.
func filingsTx(tx *Tx, where string, args ...any) ([]data.Filing, error) {
	rows, err := tx.Query("SELECT "+filingCols+" FROM normative_filings f JOIN units u ON u.id = f.unit_id WHERE "+where+" ORDER BY f.received_on, f.id", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []data.Filing
	for rows.Next() {
		var f data.Filing
		var issued, received, registered, reviewed, ordered string
		if err := rows.Scan(&f.ID, &f.UnitID, &f.UnitName, &f.Title, &f.Number, &issued, &received, &f.Consulted, &f.OwnReview, &f.PublicMatter,
			&f.AskedRef, &registered, &f.Review, &reviewed, &f.Order, &f.OrderRef, &ordered, &f.Version); err != nil {
			return nil, err
		}
		for _, d := range []struct {
			s   string
			dst *time.Time
		}{{issued, &f.Issued}, {received, &f.Received}, {registered, &f.RegisteredOn}, {reviewed, &f.ReviewedOn}, {ordered, &f.OrderOn}} {
			if *d.dst, err = storedDay(d.s, "规范性文件备案", f.ID); err != nil {
				return nil, err
			}
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// Filings lists the filings received in year (十九), in the order received.
func (s *Store) Filings(ctx context.Context, year int) ([]data.Filing, error) {
	var out []data.Filing
	err := s.tx(ctx, func(tx *Tx) error {
		var err error
		out, err = filingsTx(tx, "f.received_on >= ? AND f.received_on <= ?", dayText(time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)), dayText(time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC)))
		return err
	})
	return out, err
}

// AddFiling records a normative document a town or a department filed with
// the 市政府 (十九), with what it shows was done before issue; what it lacks
// (rules.FilingFlags) is audited with it.
func (s *Store) AddFiling(ctx context.Context, f data.Filing) (data.Filing, error) {
	f.Normalize()
	if err := f.Validate(); err != nil {
		return f, err
	}
	err := s.tx(ctx, func(tx *Tx) error {
		var kind data.UnitKind
		if err := tx.QueryRow("SELECT name, kind FROM units WHERE id = ?", f.UnitID).Scan(&f.UnitName, &kind); err == sql.ErrNoRows {
			return data.Errorf(data.ENotFound, "所选单位（编号 %d）已不存在", f.UnitID)
		} else if err != nil {
			return err
		}
		if !rules.FilingUnit(kind) {
			return &data.Error{Code: data.EInvalid, Message: "备案登记未保存", Problems: []data.Problem{{Field: "制定单位", Message: f.UnitName + " 不是镇（区、街道）或市政府部门"}}}
		}
		res, err := tx.Exec(`INSERT INTO normative_filings (unit_id, title, number, issued_on, received_on, consulted, own_review, public_matter, asked_ref, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, f.UnitID, f.Title, f.Number, dayText(f.Issued), dayText(f.Received), f.Consulted, f.OwnReview, f.PublicMatter, f.AskedRef, tx.stamp())
		if err != nil {
			return err
		}
		if f.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		f.Version = 1
		var flags []string
		for _, b := range rules.FilingFlags(f) {
			flags = append(flags, b.String())
		}
		return s.audit(tx, "filing.add", "filing", f.ID, map[string]any{"unit": f.UnitName, "title": f.Title, "flags": flags, "clause": "十九"})
	})
	return f, err
}

// FilingStep records a step of the 司法局 or the 市政府 on filing id (十九):
// "register" on day on; "review" with result; "order" (amend or revoke)
// by reference ref. Each decided by rules and audited.
func (s *Store) FilingStep(ctx context.Context, id int64, step, result, ref string, on time.Time) (data.Filing, error) {
	var f data.Filing
	err := s.tx(ctx, func(tx *Tx) error {
		fs, err := filingsTx(tx, "f.id = ?", id)
		if err != nil {
			return err
		}
		if len(fs) == 0 {
			return data.Errorf(data.ENotFound, "备案登记（编号 %d）已不存在", id)
		}
		f = fs[0]
		var set string
		var args []any
		switch step {
		case "register":
			err, set, args = rules.RegisterFiling(f, on), "registered_on = ?", []any{dayText(on)}
		case "review":
			err, set, args = rules.ReviewFiling(f, result, on), "review = ?, reviewed_on = ?", []any{result, dayText(on)}
		case "order":
			ref = data.Clean(ref)
			err, set, args = rules.OrderFiling(f, result, ref, on), "order_kind = ?, order_ref = ?, order_on = ?", []any{result, ref, dayText(on)}
		default:
			return data.Errorf(data.EInvalid, "未知备案步骤「%s」", step)
		}
		if err != nil {
			return err
		}
		if _, err := tx.Exec("UPDATE normative_filings SET "+set+", version = version + 1 WHERE id = ?", append(args, id)...); err != nil {
			return err
		}
		if err := s.audit(tx, "filing."+step, "filing", id, map[string]any{"title": f.Title, "result": result, "ref": ref, "on": dayText(on), "clause": "十九"}); err != nil {
			return err
		}
		fs, err = filingsTx(tx, "f.id = ?", id)
		if err == nil {
			f = fs[0]
		}
		return err
	})
	return f, err
}
