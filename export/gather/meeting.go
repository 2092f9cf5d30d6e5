package gather

import (
	"context"
	"io"
	"time"

	"huiwu/data"
	"huiwu/export/meetingpdf"
	"huiwu/export/xlsx"
	"huiwu/rules"
)

// meeting reads one meeting whole with the audit head.
func (s Sources) meeting(ctx context.Context, id int64) (data.MeetingRecord, string, error) {
	r, err := s.Meetings.Record(ctx, id)
	if err != nil {
		return r, "", err
	}
	head, err := s.head(ctx)
	return r, head, err
}

// pdfOptions completes o with the audit head, the office's fonts and,
// where o leaves them unset, the office's secretary as the recorder and the
// 桌签 face and size of the meeting settings.
func (s Sources) pdfOptions(ctx context.Context, o meetingpdf.Options) (meetingpdf.Options, error) {
	po, err := s.print(ctx)
	if err != nil {
		return o, err
	}
	o.AuditHead, o.FontPaths = po.AuditHead, po.FontPaths
	if o.Recorder == "" {
		of, err := s.office(ctx)
		if err != nil {
			return o, err
		}
		o.Recorder = of.Secretary
	}
	if o.Card.Face == "" || o.Card.SizePt == 0 {
		ms, err := s.Meetings.MeetingSettings(ctx)
		if err != nil {
			return o, err
		}
		if o.Card.Face == "" {
			o.Card.Face = ms.CardFace
		}
		if o.Card.SizePt == 0 {
			o.Card.SizePt = ms.CardSizePt
		}
	}
	return o, nil
}

// early tells whether a sheet of m made now comes before the meeting, when
// its 实到 and 缺席 stay blank (rules.AttendanceFinal).
func (s Sources) early(m data.Meeting) bool {
	return !rules.AttendanceFinal(m, data.WallClock(s.now()))
}

// SignInBook is the meeting's 签到表 workbook; recorder is printed as 记录人,
// "" the office's secretary.
func (s Sources) SignInBook(ctx context.Context, id int64, recorder string) (Writer, error) {
	if recorder == "" {
		o, err := s.office(ctx)
		if err != nil {
			return nil, err
		}
		recorder = o.Secretary
	}
	r, head, err := s.meeting(ctx, id)
	o := xlsx.SignInOptions{Recorder: recorder, AuditHead: head, Early: s.early(r.Meeting)}
	return func(w io.Writer) error { return xlsx.SignIn(w, r, o) }, err
}

// AttendanceBook is the meeting's 出勤记录 workbook.
func (s Sources) AttendanceBook(ctx context.Context, id int64) (Writer, error) {
	r, head, err := s.meeting(ctx, id)
	return func(w io.Writer) error { return xlsx.Attendance(w, r, head) }, err
}

// MeetingPaper is one of the meeting's drawn papers: 签到表, 座次名单,
// 座次图 or 桌签 (MeetingPapers names them), with o's layout.
func (s Sources) MeetingPaper(ctx context.Context, id int64, kind string, o meetingpdf.Options) (Writer, error) {
	r, err := s.Meetings.Record(ctx, id)
	if err != nil {
		return nil, err
	}
	if o, err = s.pdfOptions(ctx, o); err != nil {
		return nil, err
	}
	o.Early = s.early(r.Meeting)
	switch kind {
	case "signin":
		return func(w io.Writer) error { return meetingpdf.Write(w, meetingpdf.SignIn(r, o), o) }, nil
	case "seating-list":
		return func(w io.Writer) error { return meetingpdf.Write(w, meetingpdf.Seating(r, o), o) }, nil
	case "seating":
		return func(w io.Writer) error { return meetingpdf.SeatMap(w, r, o) }, nil
	case "tablecards":
		return func(w io.Writer) error { return meetingpdf.TableCards(w, r, o) }, nil
	}
	return nil, data.Errorf(data.EInvalid, "会议没有「%s」这种材料", kind)
}

// LeaveForm is the 请假审批单 of request leaveID of the meeting.
func (s Sources) LeaveForm(ctx context.Context, id, leaveID int64, o meetingpdf.Options) (Writer, error) {
	r, err := s.Meetings.Record(ctx, id)
	if err != nil {
		return nil, err
	}
	if o, err = s.pdfOptions(ctx, o); err != nil {
		return nil, err
	}
	f, err := meetingpdf.Leave(r, leaveID, o.Recorder)
	if err != nil {
		return nil, err
	}
	return func(w io.Writer) error { return meetingpdf.Write(w, f, o) }, nil
}

// AttendanceStats is the 出勤统计 workbook of the meetings from–to, with
// the 外出请假 whose days meet the period.
func (s Sources) AttendanceStats(ctx context.Context, from, to time.Time) (Writer, error) {
	records, err := s.Meetings.Records(ctx, from, to)
	if err != nil {
		return nil, err
	}
	trips, err := s.Meetings.Trips(ctx, from, to)
	if err != nil {
		return nil, err
	}
	head, err := s.head(ctx)
	b := xlsx.StatsBook{Stats: rules.AttendanceStats(records), Trips: trips, From: from, To: to, Today: s.now(), Head: head}
	return func(w io.Writer) error { return xlsx.Stats(w, b) }, err
}
