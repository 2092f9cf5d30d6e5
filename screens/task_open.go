package screens

import (
	"context"

	"huiwu/data"
)

// open shows the form of task id. The 工作台 opens overdue tasks only: one
// no longer overdue is said so.
func (s *tasksScreen) open(id int64) {
	load(s.env, func(ctx context.Context) (data.Task, error) {
		ts, err := s.env.Tasks.Tasks(ctx, data.TaskFilter{ID: id, OverdueOnly: true})
		if err != nil {
			return data.Task{}, err
		}
		if len(ts) == 1 {
			return ts[0], nil
		}
		return data.Task{}, data.Errorf(data.ENotFound, "督办事项（编号 %d）已不在逾期事项中", id)
	}, func(t data.Task) { s.openForm(t) })
}
