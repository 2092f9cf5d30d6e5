package gather

import (
	"context"
	"io"
	"time"

	"huiwu/data"
	"huiwu/export/xlsx"
)

// TaskBook reads what the 督办 workbooks of from–to print: the tasks due in
// the period and the 二十三 topics still awaiting their report, with the day
// the tasks are judged on and the audit head. The book is returned too, for
// the benchmark and the command line.
func (s Sources) TaskBook(ctx context.Context, from, to time.Time) (xlsx.TaskBook, error) {
	b := xlsx.TaskBook{From: from, To: to, Today: s.Tasks.Today()}
	var err error
	if b.AuditHead, err = s.head(ctx); err != nil {
		return b, err
	}
	if b.Tasks, err = s.Tasks.Tasks(ctx, data.TaskFilter{From: from, To: to}); err != nil {
		return b, err
	}
	ts, err := s.Topics.Topics(ctx, data.TopicFilter{AwaitingReport: true})
	if err != nil {
		return b, err
	}
	b.FollowUps = xlsx.PendingFollowUps(ts, func(id int64) string {
		if m, err := s.Meetings.Meeting(ctx, id); err == nil {
			return m.Title
		}
		return ""
	})
	return b, nil
}

// TaskWorkbook is the 督办台账 of from–to, or its 督办通报 when report is set.
func (s Sources) TaskWorkbook(ctx context.Context, from, to time.Time, report bool) (Writer, error) {
	b, err := s.TaskBook(ctx, from, to)
	write := xlsx.Tasks
	if report {
		write = xlsx.TaskReport
	}
	return func(w io.Writer) error { return write(w, b) }, err
}
