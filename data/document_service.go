package data

import (
	"context"
	"time"
)

// Reply is a countersigning unit's answer (四十八).
type Reply string

// The replies. ReplyLapsed is written by the program, never by a person:
// silence past the deadline counts as 无不同意见.
const (
	ReplyNone     Reply = ""
	ReplyAgree    Reply = "agree"    // 同意
	ReplyDisagree Reply = "disagree" // 有不同意见
	ReplyNoIdea   Reply = "none"     // 无意见
	ReplyLapsed   Reply = "lapsed"   // 逾期未回复，视为无不同意见
)

// Countersign is one unit's part in a 会签 (四十八).
type Countersign struct {
	DocID         int64
	UnitID        int64
	UnitName      string // filled in by the store on reads
	Sent          time.Time
	Due           time.Time // 7 working days after Sent
	DueUnverified bool      // Due reaches past the calendar's covered years
	ExtendedTo    time.Time // an agreed later deadline, zero if none
	ExtendReason  string
	Reply         Reply
	Reasons       string // required with ReplyDisagree
	Replier       string
	RepliedOn     time.Time
	Version       int64
	// Overdue is filled in by the store on reads: no reply and the store's
	// clock past the deadline in force.
	Overdue bool
}

// Deadline is the due date in force: the agreed extension if any.
func (c Countersign) Deadline() time.Time {
	if !c.ExtendedTo.IsZero() {
		return c.ExtendedTo
	}
	return c.Due
}

// DisputeSign is a countersigning unit's signature on the lead unit's
// summary of a disagreement (四十八).
type DisputeSign struct {
	UnitID   int64
	UnitName string
	Signer   string
	On       time.Time
}

// Instruction is a leader's 批示 on a document.
type Instruction struct {
	ID         int64
	DocID      int64
	PersonID   int64
	PersonName string // filled in by the store on reads
	Text       string
	Day        time.Time
	Delegated  string // 受市长委托 and why, when a delegate wrote it (六)
}

// DocRecord is one document whole: the register entry and its countersigns,
// the office's opinion and route, the leaders' instructions and, for a
// normative document, its reviews and filing.
type DocRecord struct {
	Doc           Document
	Findings      []string // the 四十七 answers as recorded
	Countersigns  []Countersign
	Dispute       string        // 四十八: the lead unit's summary of each side's reasons
	Proposal      string        // and its proposal
	DisputeSigns  []DisputeSign // the disagreeing units' signatures on it
	Opinion       string        // 四十九: the office's handling opinion (拟办意见)
	OpinionBy     string
	OpinionOn     time.Time
	RouteLeaderID int64
	RouteLeader   string
	RouteReason   string
	Instructions  []Instruction
	Review        string // 五十: lawful, unlawful or empty
	ReviewOn      time.Time
	ReviewRef     string
	SecrecyOn     time.Time
	IssuedOn      time.Time
	FiledOn       time.Time
	FilingDue     time.Time // 十九: the 报送备案 deadline (the office's time limit after issue)
	// Reports are the 报送备案 recorded (十九), one for each body at most.
	Reports  []NormativeReport
	PlanYear int
	// Overrides are the rule findings let through with a recorded reason
	// (十七: signed outside the year's plan).
	Overrides []Override
}

// NormativeReport is one 报送备案 of the government's own normative
// document (十九): the body (changzhou: 常州市政府, npc: 市人大常委会), the
// day, the reference, and whether it was past the time limit.
type NormativeReport struct {
	Body string
	On   time.Time
	Ref  string
	Late bool
}

// DocumentService is what the document screens need. The SQLite store
// implements it; every change and every decision lands in the audit log.
type DocumentService interface {
	Documents(ctx context.Context, f DocFilter) ([]Document, error)
	DocRecord(ctx context.Context, id int64) (DocRecord, error)
	// SaveDocument registers (ID 0) or edits a document and applies the
	// checks of 四十七: a document failing one is kept, returned, with its
	// problem, not refused.
	SaveDocument(ctx context.Context, d Document) (Document, error)
	DeleteDocument(ctx context.Context, id, version int64) error

	// Countersigns lists every unit's countersign of every document.
	Countersigns(ctx context.Context) ([]Countersign, error)
	// OverdueCountersigns lists the countersigns past their deadline with no
	// reply, of the documents f lists: what the register marks.
	OverdueCountersigns(ctx context.Context, f DocFilter) ([]Countersign, error)
	StartCountersign(ctx context.Context, docID int64, unitIDs []int64, sent time.Time) error
	ExtendCountersign(ctx context.Context, docID, unitID int64, to time.Time, reason string) error
	ReplyCountersign(ctx context.Context, c Countersign) error
	SetDispute(ctx context.Context, docID int64, summary, proposal string) error
	// SignDispute records a disagreeing unit's signature on the summary.
	SignDispute(ctx context.Context, docID, unitID int64, signer string, on time.Time) error
	// LapseOverdue records 视为无不同意见 for every unit silent past its
	// deadline, as of the store's clock, and returns how many it recorded.
	LapseOverdue(ctx context.Context) (int, error)

	// SetOpinion records the office's handling opinion and routes the
	// document by 分工 (四十九, 八, 六).
	SetOpinion(ctx context.Context, docID int64, opinion string) (DocRecord, error)
	// RoutePreview says who a routing now would reach, and why.
	RoutePreview(ctx context.Context, docID int64) (leader, reason string, err error)
	AddInstruction(ctx context.Context, in Instruction) error
	// CloseDocument marks a document 已办结 after its 批示 (or 备案).
	CloseDocument(ctx context.Context, docID int64) error

	// Normative documents (五十, 十七, 十九).
	RecordReview(ctx context.Context, docID int64, lawful bool, on time.Time, ref string) error
	RecordSecrecyReview(ctx context.Context, docID int64, on time.Time) error
	// NormativeStep moves a normative document to DocSigned, DocIssued or
	// DocFiled, refusing what clause 五十 forbids.
	NormativeStep(ctx context.Context, docID int64, to DocStatus, on time.Time, overrides ...Override) error
	// ReportFiling records the 报送备案 of a government normative document
	// to one body (十九: changzhou or npc), with its day and reference; the
	// document is 已备案 when both bodies have it.
	ReportFiling(ctx context.Context, docID int64, body string, on time.Time, ref string) error
	AwaitingFiling(ctx context.Context) ([]DocRecord, error)
	PlanItems(ctx context.Context, year int) ([]PlanItem, error)
	SavePlanItem(ctx context.Context, p PlanItem) (PlanItem, error)
	LinkPlanItem(ctx context.Context, itemID, docID int64) error

	Calendar(ctx context.Context) (CalendarInfo, error)
	SaveCalendarYear(ctx context.Context, year int, schedule, source string) error
}

// CalendarInfo describes the working-day calendar for 设置: the covered
// years and the schedules an administrator entered.
type CalendarInfo struct {
	Covered string
	Entered []CalendarYear
}

// CalendarYear is one entered year's schedule as text.
type CalendarYear struct {
	Year      int
	Source    string
	Schedule  string
	EnteredAt string
	EnteredBy string
}

// PlanItem is one entry of a year's plan of normative documents (十七).
type PlanItem struct {
	ID        int64
	Year      int
	Title     string
	UnitID    int64
	UnitName  string // filled in by the store on reads
	DocID     int64  // the registered document it became, 0 if none yet
	DocTitle  string
	DocStatus DocStatus
}
