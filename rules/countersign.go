package rules

import (
	"fmt"
	"slices"
	"time"
	"unicode/utf8"

	"huiwu/data"
)

// Clause 四十八 in full: a document that touches other units' remits is
// countersigned (会签) by them, each reply due 7 working days after it was
// sent; a unit that cannot reply in time agrees another deadline with the
// lead unit; a reply is 同意, 无意见 or 有不同意见 with reasons; silence past
// the deadline is taken as no different opinion; and a disagreement goes to
// the government only with the lead unit's summary of each side's reasons,
// countersigned by the units that disagreed. The store loads a document's
// countersigns, asks the functions here what happens, and writes it.

// CountersignDays is how many working days a countersigning unit has to
// reply (四十八).
const CountersignDays = 7

// CountersignDue is the reply deadline of a countersign sent on day (四十八):
// the 7th working day after it.
func CountersignDue(c *Calendar, sent time.Time) Due { return c.AddWorkdays(sent, CountersignDays) }

// refuseForm refuses a form that clause c prescribes, with a problem per
// field, under message; nil when there is none.
func refuseForm(c data.Clause, message string, ps []data.Problem) error {
	if len(ps) == 0 {
		return nil
	}
	return &data.RuleError{Err: &data.Error{Code: data.EInvalid, Message: message, Problems: ps}, Clauses: []data.Clause{c}}
}

// tooLong adds a problem when value has more than max characters or is not
// valid UTF-8.
func tooLong(ps []data.Problem, field, value string, max int) []data.Problem {
	if !utf8.ValidString(value) {
		return append(ps, data.Problem{Field: field, Message: "含有无效字符"})
	}
	if n := utf8.RuneCountInString(value); n > max {
		return append(ps, data.Problem{Field: field, Message: fmt.Sprintf("不能超过 %d 个字（现有 %d 个）", max, n)})
	}
	return ps
}

// StartCountersign decides sending document d, as loaded, to the units
// unitIDs on day sent (四十八): the reply deadline, or a refusal — a
// document returned under 四十七 goes back to its unit first, and the lead
// unit does not countersign its own document.
func StartCountersign(c *Calendar, d data.Document, unitIDs []int64, sent time.Time) (Due, error) {
	if d.Status == data.DocReturned {
		return Due{}, refuse(c47, "公文「%s」已退回（%s），不能会签", d.Title, d.Problem)
	}
	if slices.Contains(unitIDs, d.UnitID) {
		return Due{}, refuse(c48, "来文单位是主办单位，不能同时作为会签单位（第四十八条）")
	}
	return CountersignDue(c, sent), nil
}

// ExtendCountersign decides a later deadline for countersign c (四十八): a
// unit that has replied has nothing left to extend; otherwise the new
// deadline must be later than the one in force and carry a reason.
func ExtendCountersign(c data.Countersign, to time.Time, reason string) error {
	if c.Reply != data.ReplyNone {
		return refuse(c48, "%s 已回复，不能再延期", c.UnitName)
	}
	if err := CheckExtension(c.Deadline(), to, reason); err != nil {
		return err
	}
	return refuseForm(c48, "延期未保存", tooLong(nil, "延期理由", reason, data.MaxReason))
}

// CheckExtension applies 四十八: a unit that cannot reply in time agrees
// another deadline with the lead unit; it must be later than the current
// one and carry a reason.
func CheckExtension(current, proposed time.Time, reason string) error {
	var ps []data.Problem
	if !proposed.After(current) {
		ps = append(ps, data.Problem{Field: "延长至", Message: "应晚于原办理期限 " + current.Format(data.DateLayout) + "（第四十八条）"})
	}
	if data.Clean(reason) == "" {
		ps = append(ps, data.Problem{Field: "延期理由", Message: "须写明与主办单位商定的理由（第四十八条）"})
	}
	return refuseForm(c48, "延期未保存", ps)
}

// CheckReply checks a reply as 四十八 prescribes it, before anything is
// read: 同意, 无意见 or 有不同意见, reasons for a disagreement, who replied
// and when. r's texts are already cleaned.
func CheckReply(r data.Countersign) error {
	var ps []data.Problem
	if !slices.Contains([]data.Reply{data.ReplyAgree, data.ReplyDisagree, data.ReplyNoIdea}, r.Reply) {
		ps = append(ps, data.Problem{Field: "会签意见", Message: "请选择同意、无意见或有不同意见"})
	}
	if r.Reply == data.ReplyDisagree && r.Reasons == "" {
		ps = append(ps, data.Problem{Field: "理由", Message: "有不同意见须写明理由（第四十八条）"})
	}
	if r.Replier == "" {
		ps = append(ps, data.Problem{Field: "回复人", Message: "不能为空"})
	}
	if r.RepliedOn.IsZero() {
		ps = append(ps, data.Problem{Field: "回复日期", Message: "不能为空"})
	}
	ps = tooLong(ps, "理由", r.Reasons, data.MaxOpinion)
	ps = tooLong(ps, "回复人", r.Replier, data.MaxPersonName*2)
	return refuseForm(c48, "会签意见未保存", ps)
}

// AcceptReply decides recording reply r on countersign c as loaded
// (四十八): a unit replies once, not before the document was sent to it.
// It returns whether the reply came after the deadline in force, which
// the audit entry records.
func AcceptReply(c, r data.Countersign) (late bool, err error) {
	if c.Reply != data.ReplyNone {
		return false, &data.RuleError{Err: data.Errorf(data.EConflict, "%s 的会签意见已记录（%s），不能重复记录", c.UnitName, c.Reply), Clauses: []data.Clause{c48}}
	}
	if r.RepliedOn.Before(c.Sent) {
		return false, refuseForm(c48, "会签意见未保存", []data.Problem{{Field: "回复日期", Message: "不能早于送签日期"}})
	}
	return r.RepliedOn.After(c.Deadline()), nil
}

// Lapsed applies 四十八's last sentence: a unit that has not replied by its
// due date is taken to have no different opinion (视为无不同意见), recorded on
// the first working day after the due date. It returns that day, and
// whether today has reached it. A day the calendar cannot verify (past the
// covered years) never lapses anyone: silence is not turned into consent on
// a guessed date.
func Lapsed(c *Calendar, due, today time.Time) (time.Time, bool) {
	next := c.NextWorkday(due)
	return next.Date, !next.Unverified && !dateOf(today).Before(next.Date)
}

// LapseOf decides whether countersign c lapses today (四十八) and on which
// day it is recorded: only a unit still silent, and not while its deadline
// waits for the year's schedule (an unverified due date with no agreed
// extension).
func LapseOf(cal *Calendar, c data.Countersign, today time.Time) (time.Time, bool) {
	if c.Reply != data.ReplyNone || (c.DueUnverified && c.ExtendedTo.IsZero()) {
		return time.Time{}, false
	}
	return Lapsed(cal, c.Deadline(), today)
}

// LapseText is the record written for a unit silent past its deadline (四十八).
const LapseText = "逾期未回复，视为无不同意见（第四十八条）"

// Reverify decides countersign c's deadline on a fuller calendar (四十八):
// a deadline flagged unverified that still awaits a reply is computed
// again; it returns the new deadline, and false when c is left alone.
func Reverify(cal *Calendar, c data.Countersign) (Due, bool) {
	if !c.DueUnverified || c.Reply != data.ReplyNone {
		return Due{}, false
	}
	return CountersignDue(cal, c.Sent), true
}

// CheckDispute checks the lead unit's summary of a disagreement (四十八):
// each side's reasons and its own proposal, both required.
func CheckDispute(summary, proposal string) error {
	var ps []data.Problem
	if summary == "" {
		ps = append(ps, data.Problem{Field: "各方理由", Message: "不能为空（第四十八条）"})
	}
	if proposal == "" {
		ps = append(ps, data.Problem{Field: "主办单位意见", Message: "不能为空（第四十八条）"})
	}
	ps = tooLong(ps, "各方理由", summary, data.MaxOpinion)
	ps = tooLong(ps, "主办单位意见", proposal, data.MaxOpinion)
	return refuseForm(c48, "分歧意见未保存", ps)
}

// CheckDisputeSign checks a unit's signature on the summary (四十八): who
// signed and on which day.
func CheckDisputeSign(signer string, on time.Time) error {
	var ps []data.Problem
	if signer == "" {
		ps = append(ps, data.Problem{Field: "签字人", Message: "不能为空"})
	}
	ps = tooLong(ps, "签字人", signer, data.MaxPersonName*2)
	if on.IsZero() {
		ps = append(ps, data.Problem{Field: "签字日期", Message: "不能为空"})
	}
	return refuseForm(c48, "会签未保存", ps)
}

// SignDispute decides whether the unit of countersign c may sign the lead
// unit's summary (四十八): there must be one, and only a unit that
// disagreed signs it.
func SignDispute(c data.Countersign, summary string) error {
	switch {
	case summary == "":
		return refuse(c48, "主办单位尚未列明分歧意见，无可会签（第四十八条）")
	case c.Reply != data.ReplyDisagree:
		return refuse(c48, "%s 未提出不同意见，无须在分歧意见上会签", c.UnitName)
	}
	return nil
}

// ReadyToRoute applies 四十八 before the office routes a countersigned
// document: every unit has replied (or lapsed), and where one disagreed
// the lead unit has summarised each side's reasons and proposed a way, and
// each unit that disagreed has countersigned that summary, for the
// government to decide.
func ReadyToRoute(cs []data.Countersign, dispute string, signed []data.DisputeSign) error {
	for _, c := range cs {
		if c.Reply == data.ReplyNone {
			return refuse(c48, "%s 尚未回复会签意见（期限 %s），会签完成后再呈批（第四十八条）", c.UnitName, c.Deadline().Format(data.DateLayout))
		}
	}
	if slices.ContainsFunc(cs, disagreed) && data.Clean(dispute) == "" {
		return refuse(c48, "有单位提出不同意见，须由主办单位列明各方理由、提出办理建议后再呈批（第四十八条）")
	}
	if u := UnsignedAgainst(cs, signed); len(u) > 0 {
		return refuse(c48, "%s 尚未在主办单位列明的分歧意见上会签（第四十八条）", u[0].UnitName)
	}
	return nil
}

func disagreed(c data.Countersign) bool { return c.Reply == data.ReplyDisagree }

// UnsignedAgainst are the units that disagreed and have not yet signed the
// lead unit's summary (四十八), in the order of cs.
func UnsignedAgainst(cs []data.Countersign, signed []data.DisputeSign) []data.Countersign {
	var out []data.Countersign
	for _, c := range cs {
		if disagreed(c) && !slices.ContainsFunc(signed, func(s data.DisputeSign) bool { return s.UnitID == c.UnitID }) {
			out = append(out, c)
		}
	}
	return out
}
