package rules

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"huiwu/data"
)

// Subject23 is one of the subjects of clause 二十三 that must pass the 全体会议
// or 常务会议 and then go to the 市委 or the 市人大常委会.
type Subject23 string

// The subjects of clause 二十三.
const (
	SubjectPlan       Subject23 = "plan"         // 国民经济和社会发展规划、计划
	SubjectBudget     Subject23 = "budget"       // 财政预算
	SubjectUrbanPlan  Subject23 = "urban_plan"   // 城市总体规划和发展战略
	SubjectReform     Subject23 = "reform"       // 重大改革方案和政策措施
	SubjectResources  Subject23 = "resources"    // 重要资源配置和社会分配调节
	SubjectInvestment Subject23 = "investment"   // 重大投资项目
	SubjectAssets     Subject23 = "state_assets" // 国有资产处置
)

// TopicFlags are what a topic is, as far as the rules care.
type TopicFlags struct {
	MajorDecision  bool        // 重大行政决策 (二十二)
	Subjects       []Subject23 // 二十三
	ThreeMajor     bool        // 三重一大 (四十六)
	Normative      bool        // 行政规范性文件: legal review (五十)
	PublicInterest bool        // touches the public interest: 社会稳定风险评估 (二十四)
	DeptMajor      bool        // a department's major matter (二十四)
	RelatedUnits   []string    // units to consult (二十四, 四十一 step 1)
	Towns          []string    // affected 镇（区、街道） to consult (二十四)
}

// Requirement is one item a topic's checklist must show done.
type Requirement struct {
	Key    string // stable, e.g. "22.public" or "24.consult:溧阳市财政局"
	Clause data.Clause
	Label  string
}

// LegalReviewApplies tells whether the 司法局's 合法性审查意见书 is needed
// (四十一 step 2): for a normative document (五十) and for a major
// administrative decision, whose five procedures include legal review (二十二).
func LegalReviewApplies(f TopicFlags) bool { return f.Normative || f.MajorDecision }

// TopicChecklist lists what a topic with flags f must have on record before
// the meeting, each with its clause: the procedures of 二十二 that come
// before the meeting, the assessments and consultations of 二十四, the legal
// review opinion. Of the five procedures of 二十二, 合法性审查 is the
// 司法局's 《合法性审查意见书》 (one item, asked once), and 集体讨论决定 is
// the meeting itself, recorded when the topic is decided (Collective22).
func TopicChecklist(f TopicFlags) []Requirement {
	var out []Requirement
	if f.MajorDecision {
		for _, p := range [][2]string{{"public", "公众参与"}, {"experts", "专家论证"}, {"risk", "风险评估"}} {
			out = append(out, Requirement{Key: "22." + p[0], Clause: c22, Label: p[1]})
		}
	}
	if f.DeptMajor {
		for _, p := range [][2]string{{"legal", "合法性"}, {"necessity", "必要性"}, {"science", "科学性"}, {"feasibility", "可行性"}, {"control", "可控性"}} {
			out = append(out, Requirement{Key: "24." + p[0], Clause: c24, Label: p[1] + "评估"})
		}
	}
	if f.DeptMajor || f.MajorDecision || len(f.RelatedUnits) > 0 {
		for _, u := range f.RelatedUnits {
			out = append(out, Requirement{Key: "24.consult:" + u, Clause: c24, Label: "征求" + u + "意见并取得一致"})
		}
	}
	for _, town := range f.Towns {
		out = append(out, Requirement{Key: "24.town:" + town, Clause: c24, Label: "征求" + town + "意见"})
	}
	if f.PublicInterest {
		out = append(out, Requirement{Key: "24.stability", Clause: c24, Label: "社会稳定风险评估"})
	}
	switch {
	case f.MajorDecision:
		out = append(out, Requirement{Key: KeyLegalOpinion, Clause: c22, Label: "合法性审查：司法局《合法性审查意见书》"})
	case f.Normative:
		out = append(out, Requirement{Key: KeyLegalOpinion, Clause: c41, Label: "司法局《合法性审查意见书》"})
	}
	return out
}

// Keys of the checklist items the store records itself: the legal opinion
// from its own form, and 集体讨论决定 from the meeting's decision (二十二).
const (
	KeyLegalOpinion = "41.legal_opinion"
	KeyCollective   = "22.collective"
)

// Collective22 is the 集体讨论决定 of 二十二 that a major decision's topic
// gets on record when meeting m decides it with outcome o: the meeting is
// that procedure, so it is recorded then, never ticked beforehand. None
// for a topic that is not a major decision, nor for an outcome that
// carries the topic over to a later meeting (修改后再议, 暂缓): that
// meeting has not decided it.
func Collective22(f TopicFlags, m data.Meeting, o TopicOutcome) (data.TopicCheck, bool) {
	if !f.MajorDecision || o.CarriesOver() || !slices.Contains(TopicOutcomes, o) {
		return data.TopicCheck{}, false
	}
	return data.TopicCheck{
		Key: KeyCollective, DoneOn: m.Day(),
		Note: fmt.Sprintf("经%s「%s」集体讨论决定：%s（第二十二条）", KindName(m.Kind), m.Title, OutcomeName(o)),
	}, true
}

// Missing returns the requirements not in done (keys), in checklist order.
func Missing(reqs []Requirement, done map[string]bool) []Requirement {
	var out []Requirement
	for _, r := range reqs {
		if !done[r.Key] {
			out = append(out, r)
		}
	}
	return out
}

// CheckTopicMeetingKind applies 二十三: a topic on one of its subjects can be
// decided only at a 全体会议 or 常务会议.
func CheckTopicMeetingKind(f TopicFlags, kind data.MeetingKind) *Breach {
	if len(f.Subjects) == 0 || kind == data.MeetingPlenary || kind == data.MeetingExecutive {
		return nil
	}
	return &Breach{Clause: c23, Message: fmt.Sprintf("议题涉及第二十三条所列事项，只能提交市政府全体会议或常务会议讨论决定，不能提交%s", KindName(kind))}
}

// FollowUp23 is the follow-up a decided 二十三 topic carries until the
// report to the 市委 or 市人大常委会 is recorded; "" when none is due.
func FollowUp23(f TopicFlags, decided, reported bool) string {
	if len(f.Subjects) == 0 || !decided || reported {
		return ""
	}
	return "报请市委/市人大常委会决定（第二十三条）"
}

// Deadline is the monthly declaration deadline of 四十一 (settings: day,
// default 15, and whether that day itself is still in time, default yes).
type Deadline struct {
	Day       int
	Inclusive bool
}

// DefaultDeadline is up to and including the 15th.
var DefaultDeadline = Deadline{Day: 15, Inclusive: true}

// Late applies 四十一: declaring a topic for a meeting in month M after the
// deadline day of M is late. A declaration in an earlier month is in time.
func (d Deadline) Late(declared, meeting time.Time) bool {
	return d.LateNoticed(declared, meeting, time.Time{})
}

// LateNoticed applies 四十一 with the notice: the cut-off is the earlier of
// the deadline day of the meeting's month and the day the notice went out
// (notice; zero while it has not), so a meeting early in a month closes at
// its notice. A topic declared on the notice's day is already after it.
func (d Deadline) LateNoticed(declared, meeting, notice time.Time) bool {
	y, m, _ := meeting.Date()
	cut := time.Date(y, m, d.Day, 0, 0, 0, 0, time.UTC)
	decl := dateOnly(declared)
	if !notice.IsZero() && !decl.Before(dateOnly(notice)) {
		return true
	}
	if d.Inclusive {
		return decl.After(cut)
	}
	return !decl.Before(cut)
}

var topicStateNames = map[data.TopicState]string{
	data.TopicResearch: "调研协调", data.TopicLegal: "合法性审查", data.TopicReported: "已汇报市长", data.TopicDeclared: "已申报",
	data.TopicCollected: "已汇总", data.TopicApproved: "市长审定上会", data.TopicDeferred: "暂缓", data.TopicReturned: "退回",
	data.TopicNoticed: "已列入通知", data.TopicDeliberated: "已审议",
}

// OnAgenda tells whether a topic in state s is on its meeting's agenda
// (四十一 steps 6–7): the 市长 put it on the meeting (上会), it is in the
// notice, or it was deliberated there. Papers print these topics.
func OnAgenda(s data.TopicState) bool {
	return s == data.TopicApproved || s == data.TopicNoticed || s == data.TopicDeliberated
}

// OnDraftAgenda adds to OnAgenda the topics the office collected for the
// 市长 to decide on (四十一 step 5): the agenda as the secretary arranges it
// before his decision. 暂缓, 退回 and undeclared topics are off both.
func OnDraftAgenda(s data.TopicState) bool { return s == data.TopicCollected || OnAgenda(s) }

// TopicStateName is a state's Chinese name.
func TopicStateName(s data.TopicState) string { return topicStateNames[s] }

// TopicEvidence is what is on record when a move is asked for.
type TopicEvidence struct {
	Flags             TopicFlags
	Done              map[string]bool // checklist keys done
	UnitsAgreed       bool            // the related units agree (step 1)
	CopiesReceived    int             // paper copies of the materials (step 4)
	Late              bool            // declared after the deadline (四十一)
	MayorApprovedLate bool            // the 市长's recorded approval of a late topic
	NoticeIssued      bool            // the meeting notice is out: nothing is added
	Reason            string          // for 暂缓 and 退回
	HasMeeting        bool            // the topic is put to a meeting (step 4)
	Outcome           TopicOutcome    // the 审议结果 (to 已审议), or the one on record (from it)
}

// topicMoves are the allowed moves; deferred topics go back to be collected
// for a later meeting, returned ones back to research.
var topicMoves = map[data.TopicState][]data.TopicState{
	data.TopicResearch:  {data.TopicLegal, data.TopicReported},
	data.TopicLegal:     {data.TopicReported},
	data.TopicReported:  {data.TopicDeclared},
	data.TopicDeclared:  {data.TopicCollected},
	data.TopicCollected: {data.TopicApproved, data.TopicDeferred, data.TopicReturned},
	data.TopicApproved:  {data.TopicNoticed},
	data.TopicDeferred:  {data.TopicCollected},
	data.TopicReturned:  {data.TopicResearch},
	data.TopicNoticed:   {data.TopicDeliberated},
	// 修改后再议 and 暂缓 at the meeting carry the topic over to a later one.
	data.TopicDeliberated: {data.TopicCollected},
}

// TopicMoveAllowed tells whether the seven steps allow the move at all;
// such a move may still be refused for what is missing.
func TopicMoveAllowed(from, to data.TopicState) bool { return slices.Contains(topicMoves[from], to) }

// CheckTopicMove applies the seven steps of 四十一: only the allowed moves,
// and each refusal names what is missing. What is missing may be overridden
// with a recorded reason, except where the missing thing is the move itself:
// the outcome of 已审议 and the reason of 暂缓 or 退回.
func CheckTopicMove(from, to data.TopicState, ev TopicEvidence) error {
	if !TopicMoveAllowed(from, to) {
		return refuse(c41, "议题不能从「%s」改为「%s」（第四十一条规定的步骤）", TopicStateName(from), TopicStateName(to))
	}
	if missing := TopicMissing(from, to, ev); len(missing) > 0 {
		re := refuse(c41, "议题不能改为「%s」，尚缺：%s", TopicStateName(to), strings.Join(missing, "；"))
		re.Overridable = to != data.TopicDeliberated && to != data.TopicDeferred && to != data.TopicReturned
		return re
	}
	return nil
}

// TopicMissing names, clause by clause, what the move from → to still
// lacks; nil when nothing does. It does not judge whether the move is
// allowed at all (TopicMoveAllowed does).
func TopicMissing(from, to data.TopicState, ev TopicEvidence) []string {
	var missing []string
	need := func(ok bool, what string) {
		if !ok {
			missing = append(missing, what)
		}
	}
	switch to {
	case data.TopicLegal, data.TopicReported:
		need(ev.UnitsAgreed, "相关单位协商一致（第四十一条第一步）")
		if to == data.TopicReported && LegalReviewApplies(ev.Flags) {
			need(ev.Done[KeyLegalOpinion], "司法局《合法性审查意见书》（第四十一条第二步）")
		}
	case data.TopicDeclared:
		need(ev.HasMeeting, "拟提交的会议（第四十一条第四步）")
		need(ev.CopiesReceived >= 3, fmt.Sprintf("三份纸质材料（已收 %d 份，第四十一条第四步）", ev.CopiesReceived))
		for _, r := range Missing(TopicChecklist(ev.Flags), ev.Done) {
			need(false, r.Label+"（"+r.Clause.String()+"）")
		}
		// 四十一 step 7: no topic after the notice; the exception for a late
		// topic (意见书 and the 市长's approval) ends there too.
		need(!ev.NoticeIssued, "会议通知已发出，不再增加议题，逾期申报的例外也不适用（第四十一条第七步）")
		if ev.Late && !ev.NoticeIssued {
			// The checklist already asks for the opinion where legal
			// review applies; a late topic is not asked for it twice.
			need(ev.Done[KeyLegalOpinion] || LegalReviewApplies(ev.Flags), "逾期申报须附《合法性审查意见书》（第四十一条）")
			need(ev.MayorApprovedLate, "逾期申报须经市长同意（第四十一条）")
		}
	case data.TopicCollected, data.TopicApproved:
		need(!ev.NoticeIssued, "会议通知已发出，不再增加议题（第四十一条第七步）")
		if from == data.TopicDeliberated {
			need(ev.Outcome.CarriesOver(), "审议结果为「修改后再议」或「暂缓」的议题才能转入以后的会议")
		}
	case data.TopicDeliberated:
		need(slices.Contains(TopicOutcomes, ev.Outcome), "审议结果（通过、原则通过、修改后再议、暂缓或不通过）")
	case data.TopicDeferred, data.TopicReturned:
		need(strings.TrimSpace(ev.Reason) != "", "暂缓或退回的理由")
	}
	return missing
}
