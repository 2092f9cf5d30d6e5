package store

import (
	"context"
	"strings"
	"time"

	"huiwu/data"
	"huiwu/rules"
)

// deskTasks is how many overdue tasks the desk lists (the most overdue);
// the rest are counted and wait in 督办, overdue first.
const deskTasks = 20

// Desk reads the 工作台 of day in one transaction. Each section reads only
// what is open now (this week's meetings, unanswered countersigns, open
// tasks and 纪要, topics waiting for a coming meeting, documents awaiting
// 备案), by indexed conditions, so it costs the same on ten years of data
// as on one; the rules say what each record lacks.
func (s *Store) Desk(ctx context.Context, day time.Time) (data.Desk, error) {
	day = time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, time.UTC)
	d := data.Desk{Day: day}
	err := s.docRead(ctx, func(tx *Tx) error {
		for _, read := range []func(*Tx, *data.Desk) error{deskMeetings, deskCountersigns, deskTasksDue, s.deskTopics, deskMinutes, deskFiling, deskFiled, deskTrips, deskDecisions, deskProposals, deskIssued} {
			if err := read(tx, &d); err != nil {
				return err
			}
		}
		return nil
	})
	return d, err
}

func deskMeetings(tx *Tx, d *data.Desk) error {
	rows, err := tx.Query(`SELECT m.id, m.title, m.status, m.starts_at,
		(SELECT count(*) FROM leave_requests l WHERE l.meeting_id = m.id AND l.status = 'pending'),
		(SELECT count(*) FROM topics t WHERE t.meeting_id = m.id AND t.state IN ('research', 'legal', 'reported', 'declared', 'collected'))
		FROM meetings m WHERE m.starts_at >= ? AND m.starts_at < ? AND m.status IN ('planning', 'notified') ORDER BY m.starts_at, m.id`,
		d.Day.Format(clockLayout), d.Day.AddDate(0, 0, 7).Format(clockLayout))
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var l data.DeskLine
		var f rules.MeetingFacts
		var start string
		if err := rows.Scan(&l.ID, &l.Title, &f.Status, &start, &f.PendingLeaves, &f.TopicsShort); err != nil {
			return err
		}
		if l.Day, err = parseClock(start); err != nil {
			return err
		}
		l.Kind, l.Needs = data.DeskMeeting, rules.MeetingNeeds(f)
		d.Meetings = append(d.Meetings, l)
	}
	return rows.Err()
}

// deskCountersigns lists the unanswered countersigns whose deadline in
// force falls within three working days, or has passed (四十八).
func deskCountersigns(tx *Tx, d *data.Desk) error {
	cal, _, err := calendarTx(tx)
	if err != nil {
		return err
	}
	watch := rules.CountersignWatch(cal, d.Day)
	// The deadline as countersigns_waiting (0029) indexes it, so that only
	// the unanswered ones due by then are read.
	rows, err := tx.Query(`SELECT c.doc_id, d.title, u.name, CASE WHEN c.extended_to <> '' THEN c.extended_to ELSE c.due END AS deadline
		FROM countersigns c JOIN documents d ON d.id = c.doc_id JOIN units u ON u.id = c.unit_id
		WHERE c.reply = '' AND CASE WHEN c.extended_to <> '' THEN c.extended_to ELSE c.due END <= ?
		ORDER BY deadline, d.id, u.sort_order`, watch.Format(data.DateLayout))
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var l data.DeskLine
		var unit, due string
		if err := rows.Scan(&l.ID, &l.Title, &unit, &due); err != nil {
			return err
		}
		if l.Day, err = storedDay(due, "公文", l.ID); err != nil {
			return err
		}
		l.Kind, l.Late = data.DeskDocument, l.Day.Before(d.Day)
		l.Needs = []string{unit + "未回复会签"}
		d.Countersigns = append(d.Countersigns, l)
	}
	return rows.Err()
}

func deskTasksDue(tx *Tx, d *data.Desk) error {
	today := d.Day.Format(data.DateLayout)
	// The statuses named, so that both are ranges of tasks_status_due (0028):
	// the count from the index alone, not every open task's row.
	if err := tx.QueryRow("SELECT count(*) FROM tasks WHERE status IN ('open', 'doing') AND due < ?", today).Scan(&d.TasksOverdue); err != nil {
		return err
	}
	// The twenty picked from the index alone, then their rows read: sorting
	// the full rows (title and unit) of a decade's thousand overdue tasks
	// to keep twenty cost more than the rest of the desk's reading.
	rows, err := tx.Query(`SELECT t.id, t.title, t.due, u.name
		FROM (SELECT id FROM tasks WHERE status IN ('open', 'doing') AND due < ? ORDER BY due, id LIMIT ?) k
		JOIN tasks t ON t.id = k.id JOIN units u ON u.id = t.lead_unit_id ORDER BY t.due, t.id`, today, deskTasks)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var l data.DeskLine
		var due, unit string
		if err := rows.Scan(&l.ID, &l.Title, &due, &unit); err != nil {
			return err
		}
		if l.Day, err = storedDay(due, "督办事项", l.ID); err != nil {
			return err
		}
		l.Kind, l.Late, l.Needs = data.DeskTask, true, []string{unit + "牵头，已逾期"}
		d.Tasks = append(d.Tasks, l)
	}
	return rows.Err()
}

// deskTopics lists the topics not yet declared for a coming 常务会议 whose
// month's cut-off has passed (四十一): they now need the exception.
func (s *Store) deskTopics(tx *Tx, d *data.Desk) error {
	dl, err := s.deadlineTx(tx)
	if err != nil {
		return err
	}
	rows, err := tx.Query(`SELECT t.id, t.title, m.starts_at FROM topics t JOIN meetings m ON m.id = t.meeting_id
		WHERE t.state IN ('research', 'legal', 'reported') AND m.kind = 'executive' AND m.status = 'planning' AND m.starts_at >= ?
		ORDER BY m.starts_at, t.id`, d.Day.Format(clockLayout))
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var l data.DeskLine
		var start string
		if err := rows.Scan(&l.ID, &l.Title, &start); err != nil {
			return err
		}
		if l.Day, err = parseClock(start); err != nil {
			return err
		}
		if dl.Late(d.Day, l.Day) {
			l.Kind, l.Late, l.Needs = data.DeskTopic, true, []string{"已过申报截止日，须附合法性审查意见书并经市长同意"}
			d.Topics = append(d.Topics, l)
		}
	}
	return rows.Err()
}

func deskMinutes(tx *Tx, d *data.Desk) error {
	// +mt.starts_at: sort the few unsigned (minutes_unsigned, 0029) rather
	// than walk a decade of meetings in order to find them.
	rows, err := tx.Query(`SELECT mi.id, mt.title, mi.stage, mt.starts_at FROM minutes mi JOIN meetings mt ON mt.id = mi.meeting_id
		WHERE mi.stage <> 'signed' ORDER BY +mt.starts_at, mi.id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var l data.DeskLine
		var stage data.MinutesStage
		var start string
		if err := rows.Scan(&l.ID, &l.Title, &stage, &start); err != nil {
			return err
		}
		if l.Day, err = parseClock(start); err != nil {
			return err
		}
		l.Kind, l.Needs = data.DeskMinutes, []string{rules.MinutesNeeds(stage)}
		d.Minutes = append(d.Minutes, l)
	}
	return rows.Err()
}

// deskFiling lists the normative documents issued and not yet reported to
// both bodies, with the day 报送备案 is due and the bodies still owed (十九).
func deskFiling(tx *Tx, d *data.Desk) error {
	days, err := reportDaysTx(tx)
	if err != nil {
		return err
	}
	// The condition of the partial index documents_open written out, so that
	// SQLite searches it instead of scanning a decade's documents (it does
	// not infer that status = 'issued' lies within it).
	rows, err := tx.Query(`SELECT d.id, d.title, d.issued_on, ifnull((SELECT group_concat(r.body) FROM normative_reports r WHERE r.doc_id = d.id), '')
		FROM documents d WHERE d.status = 'issued' AND d.status NOT IN ('closed', 'returned') ORDER BY d.issued_on, d.id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var l data.DeskLine
		var issued, bodies string
		if err := rows.Scan(&l.ID, &l.Title, &issued, &bodies); err != nil {
			return err
		}
		on, err := storedDay(issued, "公文", l.ID)
		if err != nil {
			return err
		}
		var reported []rules.ReportBody
		for _, b := range strings.Split(bodies, ",") {
			if b != "" {
				reported = append(reported, rules.ReportBody(b))
			}
		}
		l.Kind, l.Day = data.DeskDocument, rules.ReportDue(on, days)
		l.Late, l.Needs = l.Day.Before(d.Day), rules.ReportsOwed(reported)
		d.Filing = append(d.Filing, l)
	}
	return rows.Err()
}

// deskFiled lists the filings of towns and departments waiting for a step
// (十九), by the partial index of the open ones; the order the 市政府 owes
// on a filing found at fault is marked late.
func deskFiled(tx *Tx, d *data.Desk) error {
	fs, err := filingsTx(tx, "(f.registered_on = '' OR f.review = '' OR (f.review <> 'pass' AND f.order_kind = ''))")
	if err != nil {
		return err
	}
	for _, f := range fs {
		next, gov := rules.FilingNext(f)
		if next == "" {
			continue
		}
		d.Filed = append(d.Filed, data.DeskLine{Kind: data.DeskFiling, ID: f.ID, Title: f.UnitName + "《" + f.Title + "》", Needs: []string{next}, Day: f.Received, Late: gov, Year: f.Received.Year()})
	}
	return nil
}

// deskIssued is the year's count of documents issued against the target
// (五十一).
func deskIssued(tx *Tx, d *data.Desk) (err error) {
	d.Issued, err = issueTallyTx(tx, d.Day.Year(), 0)
	return err
}
