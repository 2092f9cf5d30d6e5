// Package gather is the one builder of every paper and workbook made from
// the data: it reads what a paper prints through the services of package
// data, in the same way for the window and the command line, with the audit
// head every export carries, and hands back the paper ready to write. The
// window saves it where the secretary chooses; `huiwu export` where --out
// says.
package gather

import (
	"context"
	"io"
	"time"

	"huiwu/data"
)

// Sources are the services the papers are read from; the store is all of
// them. Now dates the papers that print the day they are made.
type Sources struct {
	Meetings  data.MeetingService
	Topics    data.TopicService
	Minutes   data.MinutesService
	Documents data.DocumentService
	Tasks     data.TaskService
	Status    data.StatusService
	Office    data.OfficeService // nil prints data.DefaultOffice, no secretary
	Now       func() time.Time
}

// Writer writes one paper or workbook that has been read whole.
type Writer func(w io.Writer) error

// head is the audit log's head printed in an export's footer and kept in
// its properties; "" without a status service (screen tests).
func (s Sources) head(ctx context.Context) (string, error) {
	if s.Status == nil {
		return "", nil
	}
	st, err := s.Status.Status(ctx)
	if err != nil {
		return "", err
	}
	return st.Head.String(), nil
}

func (s Sources) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}
