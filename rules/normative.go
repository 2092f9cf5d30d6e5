package rules

import (
	"time"

	"huiwu/data"
)

// Normative documents (规范性文件): the legal review and 保密审查 before
// signing (五十), issue, and 备案 within 15 days (十九); and the annual plan
// they are drafted under (十七).

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

// FilingDays is the time allowed for 备案 after issue (十九), in calendar
// days: the rules say 15 days, not working days.
const FilingDays = 15

// FilingDue is the 备案 deadline of a normative document issued on day (十九).
func FilingDue(issued time.Time) time.Time { return dateOf(issued).AddDate(0, 0, FilingDays) }

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
	Clause data.Clause    // 五十, or 十九 for 备案
	Due    time.Time      // 备案: its deadline (十九)
	Late   bool           // 备案 after the deadline
	// Refused is a refusal under 五十 that is itself kept on record: the
	// store audits it, changes nothing, and returns it.
	Refused error
}

// NormativeStep decides moving normative document d (its 五十 facts in s,
// issued on issued) to 已审签, 已印发 or 已备案 on day on. Signing and issuing
// need CanSign, and issuing a signed document; filing needs an issued one
// and records whether it met the 15-day deadline.
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
		if d.Status != data.DocIssued {
			return mv, refuse(c19, "「%s」尚未印发，不能备案（第十九条）", d.Title)
		}
		mv.What, mv.Clause, mv.Due = "备案", c19, FilingDue(issued)
		mv.Late = on.After(mv.Due)
		return mv, nil
	default:
		return mv, data.Errorf(data.EInvalid, "未知步骤「%s」", to)
	}
	mv.Refused = CanSign(s, mv.What)
	return mv, nil
}
