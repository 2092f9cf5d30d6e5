package store

import (
	"context"
	"time"
	"unicode/utf8"

	"huiwu/data"
	"huiwu/rules"
)

// TaskNotes lists a task's feedback and reminders, oldest first.
func (s *Store) TaskNotes(ctx context.Context, id int64) ([]data.TaskNote, error) {
	var out []data.TaskNote
	err := s.docRead(ctx, func(tx *Tx) error {
		rows, err := tx.Query("SELECT id, kind, day, text, recorded_at, recorded_by FROM task_notes WHERE task_id = ? ORDER BY day, id", id)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			n := data.TaskNote{TaskID: id}
			var day, at string
			if err := rows.Scan(&n.ID, &n.Kind, &day, &n.Text, &at, &n.By); err != nil {
				return err
			}
			if n.Day, err = storedDay(day, "督办记录", n.ID); err != nil {
				return err
			}
			if n.At, err = storedStamp(at, "督办记录", n.ID); err != nil {
				return err
			}
			out = append(out, n)
		}
		return rows.Err()
	})
	return out, err
}

func noteProblem(field, msg string) error {
	return &data.Error{Code: data.EInvalid, Message: "督办记录未保存", Problems: []data.Problem{{Field: field, Message: msg}}}
}

// AddTaskNote records the lead unit's feedback or a reminder (催办) the
// office sent, dated, audited. The form's shape is checked here (a day after
// today is refused); the rules decide the rest (rules.DecideTaskNote: a
// closed task takes neither, and a first feedback makes a 待办 task 办理中).
func (s *Store) AddTaskNote(ctx context.Context, n data.TaskNote) error {
	n.Text = data.Clean(n.Text)
	switch {
	case n.Kind != "feedback" && n.Kind != "reminder":
		return noteProblem("类别", "应为反馈或催办")
	case n.Day.IsZero():
		return noteProblem("日期", "不能为空")
	case n.Text == "" || utf8.RuneCountInString(n.Text) > data.MaxTaskNote:
		return noteProblem("内容", "不能为空，不超过 1000 个字")
	case n.Day.After(s.Today()):
		return noteProblem("日期", "不能晚于今天")
	}
	return s.tx(ctx, func(tx *Tx) error {
		t, err := taskTx(tx, n.TaskID)
		if err != nil {
			return err
		}
		change, err := rules.DecideTaskNote(t, n)
		if err != nil {
			return err
		}
		if _, err := tx.Exec("INSERT INTO task_notes (task_id, kind, day, text, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)",
			n.TaskID, n.Kind, dayText(n.Day), n.Text, tx.stamp(), s.actor()); err != nil {
			return err
		}
		detail := map[string]any{"kind": n.Kind, "day": dayText(n.Day), "text": n.Text, "clause": change.Clause}
		if change.To != change.From {
			if _, err := tx.Exec("UPDATE tasks SET status = ?, version = version + 1 WHERE id = ?", string(change.To), t.ID); err != nil {
				return err
			}
			detail["status"] = string(change.From) + " → " + string(change.To)
		}
		return s.audit(tx, "task."+n.Kind, "task", t.ID, detail)
	})
}

// CloseTask records how a task ended (办结) on day with its result, as the
// rules decide (rules.DecideTaskClose); a task closed after its due date
// counts as late in the 通报 (三十八).
func (s *Store) CloseTask(ctx context.Context, id, version int64, day time.Time, result string) (data.Task, error) {
	result = data.Clean(result)
	switch {
	case day.IsZero():
		return data.Task{}, noteProblem("办结日期", "不能为空")
	case day.After(s.Today()):
		return data.Task{}, noteProblem("办结日期", "不能晚于今天")
	case result == "" || utf8.RuneCountInString(result) > data.MaxTaskNote:
		return data.Task{}, noteProblem("办理结果", "不能为空，不超过 1000 个字")
	}
	var out data.Task
	err := s.tx(ctx, func(tx *Tx) error {
		t, err := taskTx(tx, id)
		if err != nil {
			return err
		}
		if t.Version != version {
			return conflict("督办事项", t.Title)
		}
		change, err := rules.DecideTaskClose(t, day)
		if err != nil {
			return err
		}
		if _, err := tx.Exec("UPDATE tasks SET status = ?, closed_on = ?, result = ?, version = version + 1 WHERE id = ?",
			string(change.To), dayText(day), result, id); err != nil {
			return err
		}
		if err := s.audit(tx, "task.close", "task", id, map[string]any{
			"day": dayText(day), "result": result, "late": change.Late, "from": change.From, "clause": change.Clause,
		}); err != nil {
			return err
		}
		out, err = taskTx(tx, id)
		return err
	})
	return out, err
}
