package rules

import (
	"fmt"
	"slices"
	"time"

	"huiwu/data"
)

// Normative documents (规范性文件): the legal review and 保密审查 before
// signing (五十), issue, and 报送备案 to the 常州市政府 and the 市人大常委会
// (十九); and the annual plan they are drafted under (十七).

// LegalReview is the 司法局's review of a normative document (五十).
type LegalReview string

// The review outcomes.
const (
	ReviewNone     LegalReview = ""
	ReviewLawful   LegalReview = "lawful"   // 合法
	ReviewUnlawful LegalReview = "unlawful" // 不合法
)

// NormativeState is what clause 五十 needs to know of a normative document.
type NormativeState struct {
	Review         LegalReview
	Classified     bool // 密级 set
	SecrecyChecked bool // 保密审查 recorded
	Disclosure     string
	// 十七: whether the draft is an item of a year's plan, and the
	// overrides kept with the document or carried by the change (a draft
	// outside the plan goes ahead only with a recorded reason).
	Planned   bool
	Overrides []data.Override
}

// CheckPlanned applies 十七: a normative draft put to the government for
// deliberation (审签) belongs in the year's plan of normative documents; one
// outside it is flagged, and goes ahead only with a recorded reason.
func CheckPlanned(d data.Document, planned bool) *Breach {
	if d.Kind != data.DocNormative || planned {
		return nil
	}
	return &Breach{Clause: c17, Message: fmt.Sprintf("「%s」未列入行政规范性文件年度计划，提请市政府审议须记录理由", d.Title)}
}

// CanSign applies clause 五十: a normative document issued in the
// government's name passes the 司法局's legal review before it is signed
// (审签), sent to a meeting or issued; without it, or when it was found
// unlawful, it cannot be. It must declare its 公开属性, and a classified one
// needs a 保密审查 record. what names the step refused: 审签, 提交会议, 印发.
func CanSign(s NormativeState, what string) error {
	var ps []data.Problem
	switch s.Review {
	case ReviewNone:
		ps = append(ps, data.Problem{Field: "合法性审查", Message: "未经司法局合法性审查，不得" + what + "（第五十条）"})
	case ReviewUnlawful:
		ps = append(ps, data.Problem{Field: "合法性审查", Message: "司法局审查认定不合法，不得" + what + "（第五十条）"})
	}
	if s.Disclosure == "" {
		ps = append(ps, data.Problem{Field: "公开属性", Message: "未明确公开属性（第五十条）"})
	}
	if s.Classified && !s.SecrecyChecked {
		ps = append(ps, data.Problem{Field: "保密审查", Message: "涉密文件须经保密审查（第五十条）"})
	}
	return refuseForm(c50, "规范性文件不得"+what, ps)
}

// FilingDays is the time a town or a department has to file its own
// normative document with the 市政府 after issuing it (十九), in calendar
// days: the rules say 15 days, not working days. The government's own
// documents are reported (报送备案) upwards instead, within ReportDays.
const FilingDays = 15

// FilingDue is the 备案 deadline of a town's or department's normative
// document issued on day (十九).
func FilingDue(issued time.Time) time.Time { return dateOf(issued).AddDate(0, 0, FilingDays) }

// ReportBody is where the government reports (报送备案) its own normative
// documents (十九): the 常州市政府 and the 市人大常委会, each tracked.
type ReportBody string

// The bodies of 十九, in the order the office reports to them.
const (
	ReportChangzhou ReportBody = "changzhou" // 常州市政府
	ReportNPC       ReportBody = "npc"       // 溧阳市人大常委会
)

// ReportBodies lists both bodies every government normative document is
// reported to.
var ReportBodies = []ReportBody{ReportChangzhou, ReportNPC}

// ReportBodyName is a body's Chinese name.
func ReportBodyName(b ReportBody) string {
	return map[ReportBody]string{ReportChangzhou: "常州市人民政府", ReportNPC: "溧阳市人大常委会"}[b]
}

// DefaultReportDays is the time limit for 报送备案 when the office sets
// none: 30 days from issue, as the province's rules on the filing of
// normative documents ask (十九 says only 按规定).
const DefaultReportDays = 30

// ReportDue is the 报送备案 deadline of a government normative document
// issued on day, with days the office's time limit.
func ReportDue(issued time.Time, days int) time.Time { return dateOf(issued).AddDate(0, 0, days) }

// ReportMove is what recording one 报送备案 does (十九): its deadline and
// whether it was late, and whether the document is now 已备案 (every body
// has it).
type ReportMove struct {
	Due   time.Time
	Late  bool
	Filed bool
}

// ReportStep decides recording that the government's normative document d
// (issued on issued; reported holds the bodies already reported) was
// reported to body on day on, with days the time limit: only an issued
// document, to a body of 十九, once each, not before issue.
func ReportStep(d data.Document, issued time.Time, reported []ReportBody, body ReportBody, on time.Time, days int) (ReportMove, error) {
	switch {
	case d.Status != data.DocIssued:
		return ReportMove{}, refuse(c19, "「%s」尚未印发或已备案，不能报送备案（第十九条）", d.Title)
	case ReportBodyName(body) == "":
		return ReportMove{}, data.Errorf(data.EInvalid, "未知备案机关「%s」", body)
	case slices.Contains(reported, body):
		return ReportMove{}, refuse(c19, "「%s」已报送%s备案", d.Title, ReportBodyName(body))
	case dateOf(on).Before(dateOf(issued)):
		return ReportMove{}, refuseField(c19, "报送备案未登记", "报送日期", "不能早于印发日期 "+issued.Format(data.DateLayout))
	}
	mv := ReportMove{Due: ReportDue(issued, days)}
	mv.Late = dateOf(on).After(mv.Due)
	mv.Filed = len(reported)+1 == len(ReportBodies)
	return mv, nil
}

// ReportsOwed names the bodies an issued government normative document is
// still to be reported to (十九).
func ReportsOwed(reported []ReportBody) []string {
	var out []string
	for _, b := range ReportBodies {
		if !slices.Contains(reported, b) {
			out = append(out, "待报送"+ReportBodyName(b)+"备案")
		}
	}
	return out
}

// Normative refuses a step of clause 五十 on a document that is not a
// normative one.
func Normative(d data.Document) error {
	if d.Kind != data.DocNormative {
		return refuse(c50, "「%s」不是规范性文件", d.Title)
	}
	return nil
}

// PlanLink decides linking document d to an item of the annual plan
// (十七): only a normative document is planned.
func PlanLink(d data.Document) error {
	if d.Kind != data.DocNormative {
		return refuse(c17, "「%s」不是规范性文件，不能列入计划（第十七条）", d.Title)
	}
	return nil
}

// NormativeMove is what a step of a normative document does.
type NormativeMove struct {
	Status data.DocStatus // the state afterwards
	What   string         // the step in words: 审签, 印发, 备案
	Clause data.Clause    // 五十
	// Refused is a refusal under 五十 that is itself kept on record: the
	// store audits it, changes nothing, and returns it.
	Refused error
	// Unplanned: the draft is outside the year's plan and a recorded
	// reason lets it be signed (十七); the store keeps the carried reason.
	Unplanned bool
}

// NormativeStep decides moving normative document d (its 五十 facts in s)
// to 已审签 or 已印发 on day on. Signing and issuing need CanSign, and
// issuing a signed document; signing a draft outside the year's plan needs
// a recorded reason (十七). 已备案 comes from the 报送备案 (ReportStep).
func NormativeStep(d data.Document, s NormativeState, issued time.Time, to data.DocStatus, on time.Time) (NormativeMove, error) {
	mv := NormativeMove{Status: to, Clause: c50}
	switch to {
	case data.DocSigned:
		mv.What = "审签"
	case data.DocIssued:
		mv.What = "印发"
		if d.Status != data.DocSigned {
			return mv, refuse(c50, "「%s」尚未审签，不能印发（第五十条）", d.Title)
		}
	case data.DocFiled:
		// 十九: the government's own are reported to each body in turn
		// (ReportStep); 已备案 follows the last.
		return mv, refuse(c19, "「%s」须分别向%s、%s报送备案，请逐一登记（第十九条）", d.Title,
			ReportBodyName(ReportChangzhou), ReportBodyName(ReportNPC))
	default:
		return mv, data.Errorf(data.EInvalid, "未知步骤「%s」", to)
	}
	mv.Refused = CanSign(s, mv.What)
	if to != data.DocSigned || mv.Refused != nil {
		return mv, nil
	}
	if b := CheckPlanned(d, s.Planned); b != nil {
		if err := Refusal("规范性文件未审签", []Finding{{Field: "年度计划", Breach: *b}}, s.Overrides); err != nil {
			return mv, err
		}
		mv.Unplanned = true
	}
	return mv, nil
}
