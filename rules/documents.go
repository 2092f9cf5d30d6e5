package rules

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"huiwu/data"
)

// DocFinding is one answer of a document check: the clause, what was found,
// and whether it sends the document back (退回) to its unit.
type DocFinding struct {
	Clause  data.Clause
	Message string
	Return  bool
}

// CheckIntake applies clause 四十七 to a registered document: units send
// documents to the government through the office only (统一扎口), never
// straight to a leader, never skipping a level, never to several places at
// once; a 请示 carries one matter (一文一事) and a 报告 no request. Each
// violation returns the document to its unit; a document that passes gets
// one finding saying so, so that every answer is on record.
func CheckIntake(d data.Document) []DocFinding {
	var fs []DocFinding
	bad := func(format string, args ...any) {
		fs = append(fs, DocFinding{Clause: c47, Message: fmt.Sprintf(format, args...), Return: true})
	}
	in := d.Intake
	if !in.ViaOffice {
		bad("未经市政府办公室统一扎口报送（第四十七条）")
	}
	if in.ToLeader {
		bad("直接报送领导个人，应报市政府并经办公室办理（第四十七条）")
	}
	if in.SkipLevel {
		bad("越级报文（第四十七条）")
	}
	if in.ManyPlaces {
		bad("多头报文，同时报送多个机关（第四十七条）")
	}
	if d.Kind == data.DocRequest && in.MattersSeen > 1 {
		bad("请示应一文一事，本件含 %d 个事项（第四十七条）", in.MattersSeen)
	}
	if d.Kind == data.DocReport && in.HasRequest {
		bad("报告中不得夹带请示事项（第四十七条）")
	}
	if d.Kind == data.DocNormative && d.Disclosure == "" {
		bad("规范性文件报送时应明确公开属性（第五十条）")
		fs[len(fs)-1].Clause = c50
	}
	if len(fs) == 0 {
		fs = append(fs, DocFinding{Clause: c47, Message: "经办公室统一扎口，无越级、多头报文" + oneMatter(d) + "（第四十七条）"})
	}
	return fs
}

func oneMatter(d data.Document) string {
	switch d.Kind {
	case data.DocRequest:
		return "，一文一事"
	case data.DocReport:
		return "，未夹带请示事项"
	}
	return ""
}

// Returned tells whether any finding sends the document back, and joins
// those findings into the problem shown with the document.
func Returned(fs []DocFinding) (bool, string) {
	var msgs []string
	for _, f := range fs {
		if f.Return {
			msgs = append(msgs, f.Message)
		}
	}
	return len(msgs) > 0, strings.Join(msgs, "；")
}

// CountersignDays is how many working days a countersigning unit has to
// reply (四十八).
const CountersignDays = 7

// CountersignDue is the reply deadline of a countersign sent on day (四十八):
// the 7th working day after it.
func CountersignDue(c *Calendar, sent time.Time) Due { return c.AddWorkdays(sent, CountersignDays) }

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

// LapseText is the record written for a unit silent past its deadline (四十八).
const LapseText = "逾期未回复，视为无不同意见（第四十八条）"

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
	if len(ps) > 0 {
		return &data.Error{Code: data.EInvalid, Message: "延期未保存", Problems: ps}
	}
	return nil
}

// ReadyToRoute applies 四十八 before the office routes a countersigned
// document: every unit has replied (or lapsed), and where one disagreed
// the lead unit has summarised each side's reasons and proposed a way, and
// each unit that disagreed has countersigned that summary, for the
// government to decide.
func ReadyToRoute(cs []data.Countersign, dispute string, signed []data.DisputeSign) error {
	var against []data.Countersign
	for _, c := range cs {
		if c.Reply == data.ReplyNone {
			return data.Errorf(data.EInvalid, "%s 尚未回复会签意见（期限 %s），会签完成后再呈批（第四十八条）", c.UnitName, c.Deadline().Format(data.DateLayout))
		}
		if c.Reply == data.ReplyDisagree {
			against = append(against, c)
		}
	}
	if len(against) > 0 && data.Clean(dispute) == "" {
		return data.Errorf(data.EInvalid, "有单位提出不同意见，须由主办单位列明各方理由、提出办理建议后再呈批（第四十八条）")
	}
	for _, c := range against {
		if !slices.ContainsFunc(signed, func(s data.DisputeSign) bool { return s.UnitID == c.UnitID }) {
			return data.Errorf(data.EInvalid, "%s 尚未在主办单位列明的分歧意见上会签（第四十八条）", c.UnitName)
		}
	}
	return nil
}
