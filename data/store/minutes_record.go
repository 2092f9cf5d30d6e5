package store

import (
	"context"

	"huiwu/data"
	"huiwu/rules"
)

// MinutesRecord reads a 纪要 whole, in one transaction, for its papers: the
// newest text, the attendance lists, and the chain (recorded steps, then
// those the rules give today).
func (s *Store) MinutesRecord(ctx context.Context, id int64) (data.MinutesRecord, error) {
	var r data.MinutesRecord
	err := s.docRead(ctx, func(tx *Tx) error {
		var err error
		if r.Minutes, err = minutesTx(tx, id); err != nil {
			return err
		}
		vs, err := versionsTx(tx, id)
		if err != nil {
			return err
		}
		if len(vs) > 0 {
			r.Text = vs[len(vs)-1]
		}
		rec, err := recordTx(tx, r.Minutes.MeetingID)
		if err != nil {
			return err
		}
		r.Chair, r.Number = rec.Meeting.ChairName, rec.Meeting.Number
		people, err := peopleTx(tx)
		if err != nil {
			return err
		}
		units, err := unitsTx(tx)
		if err != nil {
			return err
		}
		r.Lists = rules.BuildMinutesLists(rec, people, units)
		r.Chain, err = routeOf(tx, r.Minutes)
		return err
	})
	return r, err
}
