package data

import (
	"context"
	"time"
)

// DeskKind names the register a line of the 工作台 opens.
type DeskKind string

// The registers a desk line opens.
const (
	DeskMeeting  DeskKind = "meetings"
	DeskTopic    DeskKind = "topics"
	DeskMinutes  DeskKind = "minutes"
	DeskDocument DeskKind = "documents"
	DeskTask     DeskKind = "tasks"
	DeskTrip     DeskKind = "stats" // 外出请假 live with the attendance statistics (六十一)
	DeskProposal DeskKind = "proposals"
	DeskFiling   DeskKind = "filings" // a town's or a department's 规范性文件 filed with the 市政府 (十九)
)

// DeskLine is one line of the 工作台: a record, what it still needs, and the
// day that matters for it. Open takes the secretary to the record.
type DeskLine struct {
	Kind  DeskKind
	ID    int64
	Title string
	Needs []string // what the record still lacks, in the office's words
	Day   time.Time
	Late  bool // past its day
	// Year is the register year a proposal or a filing is kept under (by
	// its 交办 or 收到 day), so that its line opens that year's register;
	// 0 on the other lines.
	Year int
}

// Desk is the 工作台 of one day: this week's meetings with what each lacks,
// 会签 due within three working days or overdue, overdue 督办 tasks, topics
// past the month's cut-off, 纪要 waiting for a step and 备案 due. Every
// section is read from what is open now, so it does not grow with the years.
type Desk struct {
	Day          time.Time
	Meetings     []DeskLine
	Countersigns []DeskLine
	Tasks        []DeskLine
	TasksOverdue int // every overdue task; Tasks holds the most overdue
	Topics       []DeskLine
	Minutes      []DeskLine
	Filing       []DeskLine
	// Filed are the normative documents towns and departments filed with
	// the 市政府 still waiting for the 司法局's registration or review, or
	// for the order on one found at fault (十九).
	Filed []DeskLine
	Trips []DeskLine // 外出请假 awaiting approval, under way, or not reported back (六十一)
	// Decisions owe their publication (二十七) or 跟踪评估 (二十四) within a
	// week, or are past it.
	Decisions []DeskLine
	// DecisionsDue counts every decision owing a follow-up by next week;
	// Decisions holds the earliest due of them.
	DecisionsDue int
	// Proposals owe their answer (due within a week, or late) or the
	// publication of their result (三十).
	Proposals []DeskLine
	// Issued is the year's count of documents issued in the government's
	// name against the target (五十一).
	Issued IssueTally
}

// DeskService reads the 工作台 of a day.
type DeskService interface {
	Desk(ctx context.Context, day time.Time) (Desk, error)
}
