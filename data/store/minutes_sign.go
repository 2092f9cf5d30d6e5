package store

import (
	"context"
	"path/filepath"
	"time"

	"huiwu/data"
	"huiwu/rules"
)

// routeTx loads what the rules need to say who signs a 纪要 (四十六 with 六
// and 八) on day: the meeting's kind and chair, the roster, the oversight
// of units and the delegations (one running that day routes the mayor's
// signature to his delegate).
func routeTx(tx *Tx, n data.Minutes, day time.Time) (rules.SignOffInput, error) {
	m, err := meetingTx(tx, n.MeetingID)
	if err != nil {
		return rules.SignOffInput{}, err
	}
	people, err := peopleTx(tx)
	if err != nil {
		return rules.SignOffInput{}, err
	}
	var chair data.Person
	for _, p := range people {
		if p.ID == m.ChairID {
			chair = p
		}
	}
	ds, err := delegationsTx(tx)
	if err != nil {
		return rules.SignOffInput{}, err
	}
	os, err := readOversights(tx.ctx, tx)
	if err != nil {
		return rules.SignOffInput{}, err
	}
	return rules.SignOffInput{
		Kind: m.Kind, Chair: chair, LeadUnitID: n.LeadUnitID, ThreeMajor: n.ThreeMajor,
		Day: day, People: people, Oversights: os, Delegations: ds,
	}, nil
}

// routeOf is a 纪要's whole route (rules.SignRoute): the steps recorded,
// then those the rules give today; a signed one's is what was recorded.
func routeOf(tx *Tx, n data.Minutes) ([]data.MinutesSign, error) {
	done, err := signsTx(tx, n.ID)
	if err != nil || n.Locked() {
		return done, err
	}
	in, err := routeTx(tx, n, tx.Now())
	if err != nil {
		return nil, err
	}
	chain, err := rules.SignOffChain(in)
	if err != nil {
		return nil, err
	}
	return rules.SignRoute(done, chain), nil
}

func signsTx(tx *Tx, id int64) ([]data.MinutesSign, error) {
	rows, err := tx.Query(`SELECT step, stage, ifnull(person_id, 0), who, note, opinion, day, scan, recorded_at, recorded_by
		FROM minutes_signs WHERE minutes_id = ? ORDER BY step`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []data.MinutesSign
	for rows.Next() {
		var g data.MinutesSign
		var day, at string
		if err := rows.Scan(&g.Step, &g.Stage, &g.PersonID, &g.Who, &g.Note, &g.Opinion, &day, &g.Scan, &at, &g.By); err != nil {
			return nil, err
		}
		if g.Day, err = storedDay(day, "纪要签发记录", id); err != nil {
			return nil, err
		}
		if g.At, err = storedStamp(at, "纪要签发记录", id); err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	return out, rows.Err()
}

// SignChain is the whole route of a 纪要: the steps recorded, then the steps
// still to come as the rules give them today. A signed 纪要's route is what
// was recorded, whatever the roster has become since.
func (s *Store) SignChain(ctx context.Context, id int64) ([]data.MinutesSign, error) {
	var out []data.MinutesSign
	err := s.docRead(ctx, func(tx *Tx) error {
		n, err := minutesTx(tx, id)
		if err != nil {
			return err
		}
		out, err = routeOf(tx, n)
		return err
	})
	return out, err
}

// SignMinutes records the next step of the chain: 起草 (the office sends the
// text up), 审核, then 签发, which locks the 纪要. It loads the 纪要, its
// steps, its route and whether it has a text; the rules decide the step
// (rules.DecideSign) or refuse it naming the clause; then it writes and
// audits.
func (s *Store) SignMinutes(ctx context.Context, id int64, a data.SignAction) (data.Minutes, error) {
	a.Opinion, a.Scan, a.Stage = data.Clean(a.Opinion), data.Clean(a.Scan), data.Clean(a.Stage)
	if err := a.Validate(); err != nil {
		return data.Minutes{}, err
	}
	if a.Scan != "" {
		// The scanned signed paper is kept in the data folder under its
		// content hash, so the record does not depend on where it was.
		hash, _, err := s.storeFile(ctx, a.Scan)
		if err != nil {
			return data.Minutes{}, err
		}
		a.Scan = hash + "/" + filepath.Base(a.Scan)
	}
	var out data.Minutes
	err := s.tx(ctx, func(tx *Tx) error {
		n, err := minutesTx(tx, id)
		if err != nil {
			return err
		}
		in := rules.SignInput{Minutes: n, Today: tx.Now(), Action: a}
		if in.Done, err = signsTx(tx, id); err != nil {
			return err
		}
		if in.Route, err = routeTx(tx, n, a.Day); err != nil {
			return err
		}
		last, _, err := latestTx(tx, id)
		if err != nil {
			return err
		}
		in.HasText = last != 0
		d, err := rules.DecideSign(in)
		if err != nil {
			return err
		}
		if err := s.recordStep(tx, n, d, last, a); err != nil {
			return err
		}
		out, err = minutesTx(tx, id)
		return err
	})
	return out, err
}

// recordStep writes the step the rules decided, the 纪要's new stage (and
// its 签发 day when the step signs it), and audits both; a 签发 also audits
// the lock, naming the text version signed.
func (s *Store) recordStep(tx *Tx, n data.Minutes, d rules.SignDecision, text int, a data.SignAction) error {
	want := d.Do
	var person any
	if want.PersonID != 0 {
		person = want.PersonID
	}
	if _, err := tx.Exec(`INSERT INTO minutes_signs (minutes_id, step, stage, person_id, who, note, opinion, day, scan, recorded_at, recorded_by)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, n.ID, d.Step, want.Stage, person, want.Who, want.Note, a.Opinion,
		dayText(a.Day), a.Scan, tx.stamp(), s.actor()); err != nil {
		return err
	}
	signed := ""
	if d.Signs {
		signed = dayText(a.Day)
	}
	if _, err := tx.Exec("UPDATE minutes SET stage = ?, signed_on = ?, version = version + 1 WHERE id = ?", string(d.Stage), signed, n.ID); err != nil {
		return err
	}
	if err := s.audit(tx, "minutes.sign", "minutes", n.ID, map[string]any{
		"step": d.Step, "stage": want.Stage, "who": want.Who, "why": want.Note, "opinion": a.Opinion,
		"day": dayText(a.Day), "scan": a.Scan, "text_version": text, "clause": d.Clause,
	}); err != nil {
		return err
	}
	if !d.Signs {
		return nil
	}
	return s.audit(tx, "minutes.lock", "minutes", n.ID, map[string]any{"issue": n.IssueText(), "text_version": text, "disclosure": n.Disclosure})
}
