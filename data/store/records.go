package store

import (
	"context"
	"time"

	"huiwu/data"
)

// Record reads one meeting with its participants and leave.
func (s *Store) Record(ctx context.Context, id int64) (data.MeetingRecord, error) {
	var r data.MeetingRecord
	err := s.tx(ctx, func(tx *Tx) error {
		var err error
		r, err = recordTx(tx, id)
		return err
	})
	return r, err
}

func recordTx(tx *Tx, id int64) (data.MeetingRecord, error) {
	var r data.MeetingRecord
	var err error
	if r.Meeting, err = meetingTx(tx, id); err != nil {
		return r, err
	}
	if r.Participants, err = participantsTx(tx, id); err != nil {
		return r, err
	}
	r.Leaves, err = leavesTx(tx, "l.meeting_id = ?", id)
	return r, err
}

// Records reads every meeting starting between from and to (whole days,
// both included), in one transaction.
func (s *Store) Records(ctx context.Context, from, to time.Time) ([]data.MeetingRecord, error) {
	if to.Before(from) {
		return nil, &data.Error{Code: data.EInvalid, Message: "统计期间无效", Problems: []data.Problem{{Field: "结束日期", Message: "不能早于开始日期"}}}
	}
	var out []data.MeetingRecord
	err := s.tx(ctx, func(tx *Tx) error {
		rows, err := tx.Query("SELECT id FROM meetings WHERE starts_at >= ? AND starts_at < ? ORDER BY starts_at, id",
			from.Format(data.DateLayout), to.AddDate(0, 0, 1).Format(data.DateLayout))
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
			r, err := recordTx(tx, id)
			if err != nil {
				return err
			}
			out = append(out, r)
		}
		return nil
	})
	return out, err
}
