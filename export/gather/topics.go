package gather

import (
	"context"
	"io"
	"time"

	"huiwu/data"
	"huiwu/export/meetingpdf"
	"huiwu/export/paper"
	"huiwu/export/xlsx"
)

// TopicRegister is the 议题登记表 of the meetings starting in month's month,
// with one agenda sheet per meeting that has topics: the month's own
// meetings, whatever year a screen shows.
func (s Sources) TopicRegister(ctx context.Context, month time.Time) (Writer, error) {
	first := time.Date(month.Year(), month.Month(), 1, 0, 0, 0, 0, month.Location())
	topics, err := s.Topics.Topics(ctx, data.TopicFilter{Month: first})
	if err != nil {
		return nil, err
	}
	ms, err := s.Meetings.Meetings(ctx, data.MeetingFilter{From: first, To: first.AddDate(0, 1, -1)})
	if err != nil {
		return nil, err
	}
	var used []data.Meeting
	for _, m := range ms {
		for _, t := range topics {
			if t.MeetingID == m.ID {
				used = append(used, m)
				break
			}
		}
	}
	head, err := s.head(ctx)
	book := xlsx.TopicBook{Month: first, Topics: topics, Meetings: used, Today: s.now(), AuditHead: head}
	return func(w io.Writer) error { return xlsx.Topics(w, book) }, err
}

// MeetingTopics is one meeting read whole with its topics in agenda order:
// what its notice, agenda and invitations print.
type MeetingTopics struct {
	Record  data.MeetingRecord
	Topics  []data.Topic
	Options meetingpdf.Options
	src     Sources
	issued  time.Time // the notice's issue: the agenda's freeze (meetingpdf.IssueDay)
}

// MeetingTopics reads the meeting id with its topics, the audit head and
// the office's fonts.
func (s Sources) MeetingTopics(ctx context.Context, id int64) (MeetingTopics, error) {
	mt := MeetingTopics{src: s}
	var err error
	if mt.Record, err = s.Meetings.Record(ctx, id); err != nil {
		return mt, err
	}
	if mt.Topics, err = s.Topics.Topics(ctx, data.TopicFilter{MeetingID: id}); err != nil {
		return mt, err
	}
	// The day 发出通知 recorded is the notice's issue; a notice issued before
	// that day was recorded is dated by its agenda's freeze.
	if mt.issued = mt.Record.Meeting.NotifiedOn; mt.issued.IsZero() {
		if mt.issued, err = s.agendaFrozen(ctx, mt.Topics); err != nil {
			return mt, err
		}
	}
	po, err := s.print(ctx)
	mt.Options.AuditHead, mt.Options.FontPaths = po.AuditHead, po.FontPaths
	return mt, err
}

// agendaFrozen is the day the agenda of topics went into a notice
// (meetingpdf.IssueDay), zero when none has.
func (s Sources) agendaFrozen(ctx context.Context, topics []data.Topic) (time.Time, error) {
	var frozen []data.TopicDetail
	for _, t := range meetingpdf.OnAgenda(topics) {
		if t.State == data.TopicApproved {
			continue // not in a notice yet
		}
		d, err := s.Topics.Topic(ctx, t.ID)
		if err != nil {
			return time.Time{}, err
		}
		frozen = append(frozen, d)
	}
	return meetingpdf.IssueDay(frozen), nil
}

// dated gives in the notice's issue day unless it has one.
func (mt MeetingTopics) dated(in meetingpdf.NoticeInfo) meetingpdf.NoticeInfo {
	if in.Issued.IsZero() {
		in.Issued = mt.issued
	}
	return in
}

// Notice is the meeting's 会议通知, with the 发文字号 it was given when it
// was issued (发出通知) in its 版头: the same on every export, none on a
// notice printed before its issue.
func (mt MeetingTopics) Notice(in meetingpdf.NoticeInfo) (Writer, error) {
	n, err := mt.NoticePaper(in)
	return func(w io.Writer) error { return meetingpdf.Write(w, n, mt.Options) }, err
}

// NoticePaper is the 会议通知 as Notice writes it.
func (mt MeetingTopics) NoticePaper(in meetingpdf.NoticeInfo) (*paper.Notice, error) {
	in.Number = mt.Record.Meeting.NoticeNumber
	return meetingpdf.Notice(mt.Record, mt.Topics, mt.dated(in))
}

// Agenda is the meeting's 议程.
func (mt MeetingTopics) Agenda() (Writer, error) {
	a, err := meetingpdf.Agenda(mt.Record, mt.Topics)
	return func(w io.Writer) error { return meetingpdf.Write(w, a, mt.Options) }, err
}

// AgendaBook is the meeting's agenda as a 议题登记表 of its topics alone.
func (mt MeetingTopics) AgendaBook() Writer {
	book := xlsx.TopicBook{Month: mt.Record.Meeting.Start, Topics: mt.Topics, Meetings: []data.Meeting{mt.Record.Meeting}, Today: mt.src.now(), AuditHead: mt.Options.AuditHead}
	return func(w io.Writer) error { return xlsx.Topics(w, book) }
}

// Invitations are the meeting's 邀请函, one a page, read with each topic's
// detail (who is invited for it).
func (mt MeetingTopics) Invitations(ctx context.Context, in meetingpdf.NoticeInfo) (*paper.Invitation, error) {
	var details []data.TopicDetail
	for _, t := range mt.Topics {
		d, err := mt.src.Topics.Topic(ctx, t.ID)
		if err != nil {
			return nil, err
		}
		details = append(details, d)
	}
	return meetingpdf.Invitations(mt.Record, details, mt.dated(in))
}
