package store

import (
	"context"

	"huiwu/data"
	"huiwu/rules"
)

// The working-day calendar as the store keeps it: the built-in years plus
// the holiday schedules an administrator entered (table calendar_years).
// What a working day is, and every date computed on it, is rules'; this
// file only reads and writes the entered years.

// calendarTx builds the working-day calendar: the built-in years plus the
// schedules an administrator entered.
func calendarTx(tx *Tx) (*rules.Calendar, []data.CalendarYear, error) {
	rows, err := tx.Query("SELECT year, source, schedule, entered_at, entered_by FROM calendar_years ORDER BY year")
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	var entered []data.CalendarYear
	var ys []rules.YearSchedule
	for rows.Next() {
		var y data.CalendarYear
		if err := rows.Scan(&y.Year, &y.Source, &y.Schedule, &y.EnteredAt, &y.EnteredBy); err != nil {
			return nil, nil, err
		}
		sch, err := rules.ParseSchedule(y.Year, y.Schedule, y.Source)
		if err != nil {
			return nil, nil, data.Wrap(data.EDamaged, err, "已录入的 %d 年节假日安排无法读取：%s", y.Year, data.ErrorMessage(err))
		}
		entered, ys = append(entered, y), append(ys, sch)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}
	c, err := rules.NewCalendar(ys)
	return c, entered, err
}

// WorkCalendar returns the calendar in force, for the command line.
func (s *Store) WorkCalendar(ctx context.Context) (*rules.Calendar, error) {
	var c *rules.Calendar
	err := s.docRead(ctx, func(tx *Tx) error {
		var err error
		c, _, err = calendarTx(tx)
		return err
	})
	return c, err
}

// Calendar describes the calendar for 设置.
func (s *Store) Calendar(ctx context.Context) (data.CalendarInfo, error) {
	var info data.CalendarInfo
	err := s.docRead(ctx, func(tx *Tx) error {
		c, entered, err := calendarTx(tx)
		if err != nil {
			return err
		}
		info = data.CalendarInfo{Covered: c.CoveredText(), Entered: entered}
		return nil
	})
	return info, err
}

// SaveCalendarYear enters (or replaces) a year's holiday schedule from the
// State Council's notice and local adjustments. The deadlines that were
// flagged as unverified are then computed again on the fuller calendar:
// each one that still awaits a reply gets its verified date (or keeps its
// flag if it reaches further still), and every date that moves is audited.
func (s *Store) SaveCalendarYear(ctx context.Context, year int, schedule, source string) error {
	ys, err := rules.ParseSchedule(year, schedule, source)
	if err != nil {
		return err
	}
	text := rules.FormatSchedule(ys)
	return s.tx(ctx, func(tx *Tx) error {
		_, err := tx.Exec(`INSERT INTO calendar_years (year, source, schedule, entered_at, entered_by) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (year) DO UPDATE SET source = excluded.source, schedule = excluded.schedule,
			entered_at = excluded.entered_at, entered_by = excluded.entered_by`, year, ys.Source, text, tx.stamp(), s.actor())
		if err != nil {
			return err
		}
		if err := s.audit(tx, "calendar.year", "calendar", int64(year), map[string]string{"source": ys.Source, "schedule": text}); err != nil {
			return err
		}
		return s.reverifyDeadlines(tx)
	})
}

// reverifyDeadlines recomputes the unverified deadlines still awaiting a
// reply on the calendar as it now stands (四十八).
func (s *Store) reverifyDeadlines(tx *Tx) error {
	cal, cs, err := countersignsOnCalendarTx(tx)
	if err != nil {
		return err
	}
	for _, c := range cs {
		due, again := rules.Reverify(cal, c)
		if !again {
			continue
		}
		if _, err := tx.Exec("UPDATE countersigns SET due = ?, due_unverified = ?, version = version + 1 WHERE doc_id = ? AND unit_id = ?",
			dayText(due.Date), due.Unverified, c.DocID, c.UnitID); err != nil {
			return err
		}
		if err := s.audit(tx, "countersign.reverify", "document", c.DocID, map[string]any{
			"unit": c.UnitName,
			"from": dayText(c.Due), "to": dayText(due.Date), "unverified": due.Unverified, "clause": "四十八",
		}); err != nil {
			return err
		}
	}
	return nil
}

// countersignsOnCalendarTx loads what every 四十八 deadline decision over
// all documents needs: the calendar in force and every countersign.
func countersignsOnCalendarTx(tx *Tx) (*rules.Calendar, []data.Countersign, error) {
	cal, _, err := calendarTx(tx)
	if err != nil {
		return nil, nil, err
	}
	cs, err := countersignsTx(tx, 0)
	return cal, cs, err
}
