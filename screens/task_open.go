package screens

import (
	"context"

	"huiwu/data"
)

// open shows the form of task id, whatever its state or due date: a desk
// line opens an overdue task, a meeting page's 督办 row any task of its
// 纪要 — closed or not yet due —, so it is read by its id rather than looked
// for in the list the screen has loaded.
func (s *tasksScreen) open(id int64) {
	load(s.env, func(ctx context.Context) (data.Task, error) { return s.env.Tasks.Task(ctx, id) },
		s.view)
}
