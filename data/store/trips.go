package store

import (
	"context"
	"fmt"
	"slices"
	"time"

	"huiwu/data"
	"huiwu/rules"
)

// tripDays reads a trip's stored days into l (all ” for leave from a
// meeting).
func tripDays(l *data.LeaveRequest, from, to, back string) error {
	var err error
	if l.From, err = storedDay(from, "外出请假", l.ID); err != nil {
		return err
	}
	if l.To, err = storedDay(to, "外出请假", l.ID); err != nil {
		return err
	}
	l.ReturnedOn, err = storedDay(back, "外出请假", l.ID)
	return err
}

// RequestTrip files a 外出请假 with the office (六十一, first sentence): a
// leader or the main head of a town or department leaving town asks the
// 市长 beforehand, with no meeting involved. It is routed by the clause
// (to the 市长, or his delegate while a delegation runs; the 市长's own is
// filed only), and each step is decided in turn with DecideLeave.
func (s *Store) RequestTrip(ctx context.Context, l data.LeaveRequest) (data.LeaveRequest, error) {
	l.MeetingID = 0
	l.NormalizeTrip()
	if err := l.ValidateTrip(); err != nil {
		return l, err
	}
	err := s.tx(ctx, func(tx *Tx) error {
		people, err := peopleTx(tx)
		if err != nil {
			return err
		}
		i := slices.IndexFunc(people, func(p data.Person) bool { return p.ID == l.PersonID })
		if i < 0 {
			return data.Errorf(data.ENotFound, "人员（编号 %d）已不存在", l.PersonID)
		}
		person := people[i]
		delegations, err := delegationsTx(tx)
		if err != nil {
			return err
		}
		var kind data.UnitKind
		if person.UnitID != 0 {
			if err := tx.QueryRow("SELECT kind FROM units WHERE id = ?", person.UnitID).Scan(&kind); err != nil {
				return err
			}
		}
		route, err := rules.RouteTrip(rules.LeaveInput{Person: person, UnitKind: kind, Day: l.From, People: people, Delegations: delegations})
		if err != nil {
			return err
		}
		l.Steps = toLeaveSteps(route)
		l.Status = rules.LeaveState(l.Steps)
		l.FiledAt, l.FiledBy = tx.Now().UTC().Truncate(time.Second), s.Actor
		l.PersonName, l.Post = person.Name, person.Post
		res, err := tx.Exec(`INSERT INTO leave_requests (meeting_id, person_id, reason, leaves_town, status, filed_at, filed_by, destination, trip_from, trip_to)
			VALUES (NULL, ?, ?, 1, ?, ?, ?, ?, ?, ?)`, l.PersonID, l.Reason, l.Status, l.FiledAt.Format(stampLayout), l.FiledBy,
			l.Destination, dayText(l.From), dayText(l.To))
		if err != nil {
			return err
		}
		if l.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		for i, st := range l.Steps {
			if _, err := tx.Exec("INSERT INTO leave_steps (leave_id, seq, approver_id, why) VALUES (?, ?, ?, ?)", l.ID, i+1, st.ApproverID, st.Why); err != nil {
				return err
			}
		}
		return s.audit(tx, "leave.trip", "leave", l.ID, map[string]any{
			"person": person.Name, "reason": l.Reason, "destination": l.Destination, "from": dayText(l.From), "to": dayText(l.To),
			"route": l.Steps, "status": l.Status, "not_ahead": rules.TripLate(l), "clause": "六十一",
		})
	})
	return l, err
}

// ReturnTrip records the 销假 of trip leaveID on day (六十一): an approved
// or filed trip, once, not before it began.
func (s *Store) ReturnTrip(ctx context.Context, leaveID int64, day time.Time) (data.LeaveRequest, error) {
	var l data.LeaveRequest
	err := s.tx(ctx, func(tx *Tx) error {
		ls, err := leavesTx(tx, "l.id = ?", leaveID)
		if err != nil {
			return err
		}
		if len(ls) == 0 {
			return data.Errorf(data.ENotFound, "请假（编号 %d）已不存在", leaveID)
		}
		l = ls[0]
		if err := rules.MayReturn(l, day); err != nil {
			return err
		}
		l.ReturnedOn = time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, time.UTC)
		if _, err := tx.Exec("UPDATE leave_requests SET returned_on = ? WHERE id = ?", dayText(l.ReturnedOn), leaveID); err != nil {
			return err
		}
		return s.audit(tx, "leave.return", "leave", leaveID, map[string]any{
			"person": l.PersonName, "on": dayText(l.ReturnedOn), "to": dayText(l.To), "late": l.ReturnedOn.After(l.To), "clause": "六十一",
		})
	})
	return l, err
}

// Trips lists the 外出请假 whose days meet the period from–to (both
// included), in the order filed, each with its route.
func (s *Store) Trips(ctx context.Context, from, to time.Time) ([]data.LeaveRequest, error) {
	var out []data.LeaveRequest
	err := s.tx(ctx, func(tx *Tx) error {
		var err error
		out, err = tripsTx(tx, from, to)
		return err
	})
	return out, err
}

// tripsTx reads the trips meeting from–to; the zero to reads every trip
// from from on.
func tripsTx(tx *Tx, from, to time.Time) ([]data.LeaveRequest, error) {
	last := "9999-12-31"
	if !to.IsZero() {
		last = dayText(to)
	}
	return leavesTx(tx, "l.meeting_id IS NULL AND l.trip_to >= ? AND l.trip_from <= ?", dayText(from), last)
}

// deskTrips lists the trips still open on the desk's day (六十一): awaiting
// the 市长's approval, under way, or ended without 销假; each says what it
// needs. Trips reported back or refused are settled and left out.
func deskTrips(tx *Tx, d *data.Desk) error {
	ls, err := leavesTx(tx, "l.meeting_id IS NULL AND l.returned_on = '' AND l.status <> 'rejected'")
	if err != nil {
		return err
	}
	for _, l := range ls {
		needs, day, late := rules.TripNeeds(l, d.Day)
		if len(needs) == 0 {
			continue
		}
		title := fmt.Sprintf("%s（%s）外出%s：%s至%s", l.PersonName, l.Post, l.Destination, l.From.Format(data.DateLayout), l.To.Format(data.DateLayout))
		d.Trips = append(d.Trips, data.DeskLine{Kind: data.DeskTrip, ID: l.ID, Title: title, Needs: needs, Day: day, Late: late})
	}
	return nil
}
