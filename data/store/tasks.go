package store

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"huiwu/data"
	"huiwu/rules"
)

// The store serves the 督办 screen.
var _ data.TaskService = (*Store)(nil)

const taskCols = `t.id, t.source, ifnull(t.minutes_id, 0), ifnull(t.leader_id, 0), ifnull(p.name, ''), t.title, t.detail, t.reference,
	t.lead_unit_id, u.name, t.assigned, t.due, t.status, t.closed_on, t.result, t.version,
	ifnull((SELECT max(day) FROM task_notes n WHERE n.task_id = t.id), ''),
	(SELECT count(*) FROM task_notes n WHERE n.task_id = t.id AND n.kind = 'reminder'),
	ifnull((SELECT '〔' || m.year || '〕第' || m.issue || '期' FROM minutes m WHERE m.id = t.minutes_id), '')`

const taskFrom = " FROM tasks t JOIN units u ON u.id = t.lead_unit_id LEFT JOIN people p ON p.id = t.leader_id"

func scanTask(sc interface{ Scan(...any) error }) (data.Task, error) {
	var t data.Task
	var assigned, due, closed, last string
	err := sc.Scan(&t.ID, &t.Source, &t.MinutesID, &t.LeaderID, &t.LeaderName, &t.Title, &t.Detail, &t.Reference,
		&t.LeadUnitID, &t.LeadUnitName, &assigned, &due, &t.Status, &closed, &t.Result, &t.Version, &last, &t.Reminders, &t.MinutesIssue)
	if err != nil {
		return t, err
	}
	for _, f := range []struct {
		dst *time.Time
		v   string
	}{{&t.Assigned, assigned}, {&t.Due, due}, {&t.ClosedOn, closed}, {&t.LastNote, last}} {
		if *f.dst, err = storedDay(f.v, "督办事项", t.ID); err != nil {
			return t, err
		}
	}
	return t, nil
}

// tasksTx reads the tasks where selects, in order (with its own
// arguments, which follow where's).
func tasksTx(tx *Tx, where string, args []any, order string, orderArgs ...any) ([]data.Task, error) {
	rows, err := tx.Query("SELECT "+taskCols+taskFrom+" WHERE "+where+" ORDER BY "+order, append(slices.Clone(args), orderArgs...)...)
	if err != nil {
		return nil, err
	}
	var out []data.Task
	for rows.Next() {
		t, err := scanTask(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, t)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// The helping units of every listed task in one query, not one query a
	// task: on a decade's 20,000 tasks the per-task queries alone took most
	// of the 督办 screen's 600 ms.
	at := make(map[int64]int, len(out))
	for i, t := range out {
		at[t.ID] = i
	}
	r, err := tx.Query(`SELECT tu.task_id, tu.unit_id, u.name FROM task_units tu JOIN units u ON u.id = tu.unit_id
		WHERE tu.task_id IN (SELECT t.id`+taskFrom+` WHERE `+where+`) ORDER BY tu.task_id, u.sort_order, u.id`, args...)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	for r.Next() {
		var task, id int64
		var name string
		if err := r.Scan(&task, &id, &name); err != nil {
			return nil, err
		}
		if i, ok := at[task]; ok {
			out[i].HelpUnitIDs, out[i].HelpUnitNames = append(out[i].HelpUnitIDs, id), append(out[i].HelpUnitNames, name)
		}
	}
	if err := r.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

func taskTx(tx *Tx, id int64) (data.Task, error) {
	ts, err := tasksTx(tx, "t.id = ?", []any{id}, "t.id")
	if err != nil {
		return data.Task{}, err
	}
	if len(ts) == 0 {
		return data.Task{}, data.Errorf(data.ENotFound, "督办事项（编号 %d）已不存在", id)
	}
	return ts[0], nil
}

// Task reads task id (an ENotFound error names it when it is gone).
func (s *Store) Task(ctx context.Context, id int64) (data.Task, error) {
	var t data.Task
	err := s.docRead(ctx, func(tx *Tx) error {
		var err error
		t, err = taskTx(tx, id)
		return err
	})
	return t, err
}

// Today is the store's day, on which 逾期 is judged.
func (s *Store) Today() time.Time {
	n := s.Now()
	return time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, time.UTC)
}

// Tasks lists the tasks the filter selects, overdue first (rules.TaskOrder,
// in SQL).
func (s *Store) Tasks(ctx context.Context, f data.TaskFilter) ([]data.Task, error) {
	ts, _, err := s.TasksPage(ctx, f, 0)
	return ts, err
}

// TasksPage reads the first limit tasks the filter selects in the list's
// order (every one when limit is 0) and how many it selects in all. The
// order is rules.TaskOrder translated into SQL, so that SQLite sorts the
// keys of the scope and only the page is read in full: the 督办 list's
// default scope is 3,000 tasks of a decade, each with its notes counted and
// its 纪要 looked up, of which a window shows twenty.
func (s *Store) TasksPage(ctx context.Context, f data.TaskFilter, limit int) ([]data.Task, int, error) {
	today := dayText(s.Today())
	where, args := taskWhere(f, today)
	order, orderArgs := taskOrderSQL(today)
	var out []data.Task
	var total int
	err := s.docRead(ctx, func(tx *Tx) error {
		if err := tx.QueryRow("SELECT count(*) FROM tasks t WHERE "+where, args...).Scan(&total); err != nil {
			return err
		}
		w, a := where, args
		if limit > 0 && limit < total {
			// The page's ids first, from the keys alone; then the page in full.
			w = "t.id IN (SELECT t.id FROM tasks t WHERE " + where + " ORDER BY " + order + " LIMIT ?)"
			a = append(append(slices.Clone(args), orderArgs...), limit)
		}
		var err error
		out, err = tasksTx(tx, w, a, order, orderArgs...)
		return err
	})
	if err != nil {
		return nil, 0, err
	}
	return out, total, nil
}

// taskOrderSQL translates rules.TaskOrder into an ORDER BY on tasks t, with
// its arguments: the rank compares the due day with today as
// data.Task.Overdue does (dates are stored as YYYY-MM-DD, whose text order
// is their order).
func taskOrderSQL(today string) (string, []any) {
	var keys []string
	var args []any
	for _, k := range rules.TaskOrder {
		var e string
		switch k.Key {
		case rules.TaskRank:
			e = "CASE WHEN t.status <> 'done' AND t.due < ? THEN 0 WHEN t.status <> 'done' THEN 1 ELSE 2 END"
			args = append(args, today)
		case rules.TaskClosedOn:
			e = "t.closed_on"
		case rules.TaskDue:
			e = "t.due"
		case rules.TaskID:
			e = "t.id"
		default:
			panic(fmt.Sprintf("store: no SQL for the task order key %d", k.Key))
		}
		if k.Desc {
			e += " DESC"
		}
		keys = append(keys, e)
	}
	return strings.Join(keys, ", "), args
}

// taskWhere is the filter as a condition on tasks t. Every condition is
// SQL, and only the ones set are written: a constant "? = 0 OR …" term
// keeps SQLite from using an index, and a filter applied in Go after the
// read would still read, join and decode a decade's tasks to show one
// year's.
func taskWhere(f data.TaskFilter, today string) (string, []any) {
	var conds []string
	var args []any
	add := func(cond string, a ...any) { conds, args = append(conds, cond), append(args, a...) }
	if f.ID != 0 {
		add("t.id = ?", f.ID)
	}
	if f.UnitID != 0 {
		add("(t.lead_unit_id = ? OR EXISTS (SELECT 1 FROM task_units x WHERE x.task_id = t.id AND x.unit_id = ?))", f.UnitID, f.UnitID)
	}
	if f.LeaderID != 0 {
		add("t.leader_id = ?", f.LeaderID)
	}
	if f.MinutesID != 0 {
		add("t.minutes_id = ?", f.MinutesID)
	}
	if f.Source != "" {
		add("t.source = ?", string(f.Source))
	}
	// A year narrows the due dates the month filter may already bound: the
	// later start and the earlier end (a month outside the year is empty).
	from, to := f.From, f.To
	if f.Year != 0 {
		first, last := time.Date(f.Year, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(f.Year, 12, 31, 0, 0, 0, 0, time.UTC)
		if from.IsZero() || from.Before(first) {
			from = first
		}
		if to.IsZero() || to.After(last) {
			to = last
		}
	}
	if !from.IsZero() {
		add("t.due >= ?", dayText(from))
	}
	if !to.IsZero() {
		add("t.due <= ?", dayText(to))
	}
	if !f.ClosedSince.IsZero() {
		// Open tasks of any year stay: an old overdue one leads the list.
		// Each side names its statuses, so that both are searches of the
		// index tasks_status_closed (0013), not a scan of the decade.
		add("(t.status IN (?, ?) OR (t.status = ? AND t.closed_on >= ?))",
			string(data.TaskOpen), string(data.TaskDoing), string(data.TaskDone), dayText(f.ClosedSince))
	}
	if f.OverdueOnly {
		// data.Task.Overdue in SQL: not done and due before today; the
		// statuses named, so that it is a search of tasks_status_due (0028).
		add("t.status IN (?, ?) AND t.due < ?", string(data.TaskOpen), string(data.TaskDoing), today)
	}
	if len(conds) == 0 {
		return "1", nil
	}
	return strings.Join(conds, " AND "), args
}

// SignedMinutes lists the signed 纪要 for the 督办 form's picker (a
// 议定事项 comes from a signed 纪要, 四十六), newest meeting first.
func (s *Store) SignedMinutes(ctx context.Context) ([]data.MinutesRef, error) {
	var out []data.MinutesRef
	err := s.docRead(ctx, func(tx *Tx) error {
		rows, err := tx.Query(`SELECT n.id, n.year, n.issue, m.title FROM minutes n JOIN meetings m ON m.id = n.meeting_id
			WHERE n.stage = ? ORDER BY m.starts_at DESC, n.id DESC`, string(data.MinutesSigned))
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var r data.MinutesRef
			if err := rows.Scan(&r.ID, &r.Year, &r.Issue, &r.MeetingTitle); err != nil {
				return err
			}
			out = append(out, r)
		}
		return rows.Err()
	})
	return out, err
}

// SaveTask creates or edits a task: it loads the 纪要 a 议定事项 comes
// from and the stored task, and the rules decide (rules.DecideTaskSave: a
// 议定事项 must come from a signed 纪要; a closed task is kept as it ended).
func (s *Store) SaveTask(ctx context.Context, t data.Task) (data.Task, error) {
	t.Normalize()
	if t.ID == 0 {
		t.Status = data.TaskOpen
	}
	if err := t.Validate(); err != nil {
		return t, err
	}
	var out data.Task
	err := s.tx(ctx, func(tx *Tx) error {
		in := rules.TaskSave{Task: t}
		if t.Source == data.SourceMinutes {
			n, err := minutesTx(tx, t.MinutesID)
			if err != nil {
				return err
			}
			in.Minutes = &n
		}
		if t.ID != 0 {
			old, err := taskTx(tx, t.ID)
			if err != nil {
				return err
			}
			if old.Version != t.Version {
				return conflict("督办事项", old.Title)
			}
			in.Old = &old
		}
		change, err := rules.DecideTaskSave(in)
		if err != nil {
			return err
		}
		var minutes, leader any
		if t.MinutesID != 0 && t.Source == data.SourceMinutes {
			minutes = t.MinutesID
		}
		if t.LeaderID != 0 {
			leader = t.LeaderID
		}
		action := "task.create"
		if t.ID == 0 {
			res, err := tx.Exec(`INSERT INTO tasks (source, minutes_id, leader_id, title, detail, reference, lead_unit_id, assigned, due, status)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, string(t.Source), minutes, leader, t.Title, t.Detail, t.Reference, t.LeadUnitID,
				dayText(t.Assigned), dayText(t.Due), string(change.To))
			if err != nil {
				return err
			}
			if t.ID, err = res.LastInsertId(); err != nil {
				return err
			}
		} else {
			action = "task.save"
			if _, err := tx.Exec(`UPDATE tasks SET source = ?, minutes_id = ?, leader_id = ?, title = ?, detail = ?, reference = ?, lead_unit_id = ?,
				assigned = ?, due = ?, version = version + 1 WHERE id = ?`, string(t.Source), minutes, leader, t.Title, t.Detail, t.Reference,
				t.LeadUnitID, dayText(t.Assigned), dayText(t.Due), t.ID); err != nil {
				return err
			}
			if _, err := tx.Exec("DELETE FROM task_units WHERE task_id = ?", t.ID); err != nil {
				return err
			}
		}
		for _, u := range t.HelpUnitIDs {
			if _, err := tx.Exec("INSERT INTO task_units (task_id, unit_id) VALUES (?, ?)", t.ID, u); err != nil {
				return err
			}
		}
		if err := s.audit(tx, action, "task", t.ID, map[string]any{
			"source": t.Source, "minutes": t.MinutesID, "leader": t.LeaderID, "title": t.Title, "lead_unit": t.LeadUnitID,
			"help_units": t.HelpUnitIDs, "assigned": dayText(t.Assigned), "due": dayText(t.Due), "clause": change.Clause,
		}); err != nil {
			return err
		}
		out, err = taskTx(tx, t.ID)
		return err
	})
	return out, err
}

// DeleteTask deletes a task entered by mistake: one with no feedback or
// reminder yet. Anything already followed up stays on record.
func (s *Store) DeleteTask(ctx context.Context, id, version int64) error {
	return s.tx(ctx, func(tx *Tx) error {
		t, err := taskTx(tx, id)
		if err != nil {
			return err
		}
		if t.Version != version {
			return conflict("督办事项", t.Title)
		}
		if !t.LastNote.IsZero() || t.Status == data.TaskDone {
			return data.Errorf(data.EReferenced, "督办事项「%s」已有反馈或催办记录，不能删除", t.Title)
		}
		if _, err := tx.Exec("DELETE FROM tasks WHERE id = ?", id); err != nil {
			return err
		}
		return s.audit(tx, "task.delete", "task", id, t)
	})
}
