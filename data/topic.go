package data

import (
	"slices"
	"time"
)

// Topic is one agenda topic (议题) on its way through the seven steps of
// clause 四十一. Outcome holds a code of rules.TopicOutcome (data cannot
// import rules, which imports data).
type Topic struct {
	ID          int64
	Title       string
	UnitID      int64  // 申报单位
	UnitName    string // filled in by the store on reads
	Reporter    string // 汇报人
	LeaderID    int64  // 分管领导: routed by the store from 分工 and the 八 matters
	LeaderName  string // filled in by the store on reads
	MeetingKind MeetingKind
	MeetingID   int64 // 0 until the topic is put to a meeting
	Summary     string
	Minutes     int // planned reporting minutes (四十五)
	Flags       TopicFlags
	State       TopicState
	StateReason string // why 暂缓 or 退回
	Outcome     string // 审议结果, once deliberated
	DeclaredOn  time.Time
	// LateApproval is the 市长's recorded approval of a declaration after
	// the deadline (四十一); FollowUpDone the recorded report of a decided
	// 二十三 subject to the 市委 or 市人大常委会.
	LateApproval string
	FollowUpDone string
	Legal        LegalOpinion
	AgendaOrder  int
	Version      int64
	// Filled in by the store on reads: the checklist items and evidence
	// still missing for the next step, clause named, and the materials'
	// names (a list's search finds a topic by them).
	Missing       []string
	MaterialNames []string
}

// TopicFlags are the properties that decide a topic's checklist.
type TopicFlags struct {
	MajorDecision  bool      // 重大行政决策 (二十二)
	Subjects       []string  // 二十三 subjects (rules.Subject23 codes)
	ThreeMajor     bool      // 三重一大
	Normative      bool      // 规范性文件: legal review
	PublicInterest bool      // 社会稳定风险评估 (二十四)
	DeptMajor      bool      // a department's major matter (二十四)
	MayorMatters   []DocFlag // 八: report to the 市长
	Towns          []string  // affected 镇（区、街道）
}

// LegalOpinion is the 司法局's 《合法性审查意见书》 (四十一 step 2).
type LegalOpinion struct {
	Number     string
	Date       time.Time
	Conclusion string
	Scan       string // content hash of the scanned opinion, when filed
}

// Recorded tells whether the opinion is on record.
func (l LegalOpinion) Recorded() bool {
	return l.Number != "" && !l.Date.IsZero() && l.Conclusion != ""
}

// TopicUnit is a related unit of a topic: its opinion (二十四) and whether
// it attends the meeting for the topic (per-topic 列席).
type TopicUnit struct {
	UnitID   int64
	UnitName string
	Opinion  string // "", "agree", "differ"
	Text     string // the differing opinion
	Attends  bool
}

// The opinions a related unit may give.
const (
	OpinionAgree  = "agree"  // 同意
	OpinionDiffer = "differ" // 有不同意见
)

// TopicCheck is one checklist item on record.
type TopicCheck struct {
	Key        string
	DoneOn     time.Time
	Note       string
	Attachment string
}

// TopicMaterial is a file of a topic, kept under its content hash, with
// the number of paper copies received (四十一 step 4).
type TopicMaterial struct {
	ID      int64
	TopicID int64
	Name    string
	Hash    string
	Size    int64
	Copies  int
	AddedAt time.Time
}

// TopicMove is one recorded move, or a move asked for.
type TopicMove struct {
	TopicID   int64
	Version   int64 // the topic's version the move was asked against
	From, To  TopicState
	MeetingID int64  // a deferred topic's later meeting, when carried over
	Reason    string // for 暂缓, 退回 and the outcome's note
	Outcome   string // for 已审议
	Override  string // why a missing item is overridden; audited
	At        time.Time
	Actor     string
}

// TopicDetail is one topic whole, as its page shows it.
type TopicDetail struct {
	Topic
	Units     []TopicUnit
	Checks    []TopicCheck
	Materials []TopicMaterial
	Moves     []TopicMove
	Late      bool // declared (or, before declaration, today is) past the deadline
	FollowUp  string
	// Decision is what is recorded after the topic's decision (二十四,
	// 二十七); read with one topic, not with a list.
	Decision DecisionFollowUp
}

// Topic field limits, in characters.
const (
	MaxTopicTitle   = 100
	MaxTopicSummary = 2000
	MaxTopicMinutes = 600
)

// Normalize cleans every text field of t.
func (t *Topic) Normalize() {
	t.Title, t.Reporter, t.Summary = Clean(t.Title), Clean(t.Reporter), Clean(t.Summary)
	t.StateReason, t.LateApproval, t.FollowUpDone = Clean(t.StateReason), Clean(t.LateApproval), Clean(t.FollowUpDone)
	t.Legal.Number, t.Legal.Conclusion = Clean(t.Legal.Number), Clean(t.Legal.Conclusion)
	t.Legal.Date, t.DeclaredOn = dateOnly(t.Legal.Date), dateOnly(t.DeclaredOn)
	var towns []string
	for _, s := range t.Flags.Towns {
		if s = Clean(s); s != "" && !slices.Contains(towns, s) {
			towns = append(towns, s)
		}
	}
	t.Flags.Towns = towns
	slices.Sort(t.Flags.Subjects)
	t.Flags.Subjects = slices.Compact(t.Flags.Subjects)
	slices.Sort(t.Flags.MayorMatters)
	t.Flags.MayorMatters = slices.Compact(t.Flags.MayorMatters)
}

// Validate checks a normalised topic's own fields; the seven steps and the
// checklists are the rules package's business.
func (t Topic) Validate() error {
	var v validator
	v.text("议题名称", t.Title, true, MaxTopicTitle)
	if t.UnitID == 0 {
		v.add("申报单位", "请选择申报单位")
	}
	v.text("汇报人", t.Reporter, false, 40)
	if !slices.Contains(MeetingKinds, t.MeetingKind) {
		v.add("会议类型", "请选择拟提交的会议类型")
	}
	if len([]rune(t.Summary)) > MaxTopicSummary {
		v.add("内容摘要", "不能超过 %d 个字（现有 %d 个）", MaxTopicSummary, len([]rune(t.Summary)))
	}
	if t.Minutes < 0 || t.Minutes > MaxTopicMinutes {
		v.add("汇报时间", "应在 0 到 %d 分钟之间", MaxTopicMinutes)
	}
	for _, s := range t.Flags.Subjects {
		if !slices.Contains(TopicSubjects, s) {
			v.add("第二十三条事项", "未知事项「%s」", s)
		}
	}
	for _, f := range t.Flags.MayorMatters {
		if !slices.Contains(MayorMatterFlags, f) {
			v.add("须报市长事项", "未知事项「%s」", f)
		}
	}
	for _, town := range t.Flags.Towns {
		v.text("涉及镇（区、街道）", town, true, 40)
	}
	v.text("合法性审查意见书文号", t.Legal.Number, false, MaxDocNumber)
	v.text("审查结论", t.Legal.Conclusion, false, 200)
	v.text("暂缓或退回理由", t.StateReason, false, MaxRemarks)
	return v.err("议题")
}

// TopicSubjects are the codes of the 二十三 subjects, as rules.Subject23.
var TopicSubjects = []string{"budget", "investment", "plan", "reform", "resources", "state_assets", "urban_plan"}

// TopicFilter narrows a topic list; zero fields do not filter.
type TopicFilter struct {
	MeetingID int64
	State     TopicState
	Month     time.Time // topics for meetings in this month (by the meeting's start)
	Query     string    // a substring of the title, summary, unit or a material's name
	// Year is the list's 年度: the topics whose meeting is in that year or,
	// for a topic on no meeting, that were declared in it; and every topic
	// not yet deliberated (still on its way through the seven steps, or
	// deferred), whatever its year, so that one declared last December and
	// still waiting stays in the default view. A topic carried over from its
	// meeting (修改后再议, 暂缓) counts again once it is moved back to 已汇总.
	// 0 is every year.
	Year int
	// AwaitingReport keeps the topics with subjects of clause 二十三 whose
	// report to the 市委 or 市人大常委会 is not recorded: the few among a
	// decade's topics that rules.FollowUp23 may still name (it decides).
	AwaitingReport bool
}

// Matches tells whether t passes the filter's state and meeting; the month
// and the query need the store.
func (f TopicFilter) Matches(t Topic) bool {
	return (f.MeetingID == 0 || t.MeetingID == f.MeetingID) && (f.State == "" || t.State == f.State)
}

// TopicSettings are the settings of clause 四十一's deadline and of the
// materials kept in the data folder.
type TopicSettings struct {
	DeadlineDay       int  // default 15
	DeadlineInclusive bool // default: the day itself is in time
	MaxMaterialMB     int  // default 200
	// NoticeOffice and NoticeContact sign the 会议通知 and the 邀请函 and
	// give their contact; "" prints the defaults.
	NoticeOffice, NoticeContact string
}

// MayorMatterFlags are the flags of clause 八 a topic may carry.
var MayorMatterFlags = []DocFlag{FlagNewPolicy, FlagBigInvestment, FlagBorrowing, FlagEmergency, FlagFinance, FlagNewBody}
