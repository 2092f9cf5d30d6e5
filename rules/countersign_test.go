package rules

import (
	"slices"
	"strings"
	"testing"
	"time"

	"huiwu/data"
)

// wantRefusal checks that err is exactly the work-rule refusal expected:
// its code, its whole message as the secretary reads it, and its clause;
// msg "" wants no error at all.
func wantRefusal(t *testing.T, err error, code data.Code, msg string, clause data.Clause) {
	t.Helper()
	if msg == "" {
		if err != nil {
			t.Errorf("refused: %v", err)
		}
		return
	}
	re, ok := data.RuleRefusal(err)
	if !ok {
		t.Fatalf("err %v is not a work-rule refusal", err)
	}
	if data.ErrorCode(err) != code || err.Error() != msg || !slices.Equal(re.Clauses, []data.Clause{clause}) || re.Overridable {
		t.Errorf("refusal %s %q %v overridable %v;\nwant %s %q [%v]", data.ErrorCode(err), err.Error(), re.Clauses, re.Overridable, code, msg, clause)
	}
}

// 四十八 (and 四十七): countersigning starts from a document in order, never
// with its own unit, each reply due on the 7th working day after sending.
func TestStartCountersign四十八(t *testing.T) {
	c := builtin(t)
	d := data.Document{Title: "关于修缮校舍的请示", UnitID: 5, Status: data.DocRegistered}
	returned := d
	returned.Status, returned.Problem = data.DocReturned, "越级报文（第四十七条）"
	tests := []struct {
		name   string
		d      data.Document
		units  []int64
		due    string
		msg    string
		clause data.Clause
	}{
		{"registered document to two units", d, []int64{7, 9}, "2026-10-13", "", 0},
		{"returned document", returned, []int64{7}, "", "公文「关于修缮校舍的请示」已退回（越级报文（第四十七条）），不能会签", c47},
		{"lead unit among the countersigners", d, []int64{7, 5}, "", "来文单位是主办单位，不能同时作为会签单位（第四十八条）", c48},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			due, err := StartCountersign(c, tt.d, tt.units, day("2026-09-28"))
			wantRefusal(t, err, data.EInvalid, tt.msg, tt.clause)
			if got := dayString(due.Date); got != tt.due {
				t.Errorf("due %q, want %q", got, tt.due)
			}
		})
	}
}

func dayString(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(data.DateLayout)
}

// 四十八: an extension is agreed before replying, to a later day, with a
// reason of bounded length.
func TestExtendCountersign四十八(t *testing.T) {
	open := data.Countersign{UnitName: "财政局", Due: day("2026-10-13")}
	replied := open
	replied.Reply = data.ReplyAgree
	tests := []struct {
		name   string
		c      data.Countersign
		to     string
		reason string
		msg    string
	}{
		{"later day with a reason", open, "2026-10-20", "需征求镇街意见", ""},
		{"already replied", replied, "2026-10-20", "需征求镇街意见", "财政局 已回复，不能再延期"},
		{"same day", open, "2026-10-13", "x", "延期未保存：「延长至」应晚于原办理期限 2026-10-13（第四十八条）"},
		{"no reason", open, "2026-10-20", " ", "延期未保存：「延期理由」须写明与主办单位商定的理由（第四十八条）"},
		{"reason too long", open, "2026-10-20", strings.Repeat("理", data.MaxReason+1), "延期未保存：「延期理由」不能超过 200 个字（现有 201 个）"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantRefusal(t, ExtendCountersign(tt.c, day(tt.to), tt.reason), data.EInvalid, tt.msg, c48)
		})
	}
}

// 四十八: a reply is 同意, 无意见 or 有不同意见 with reasons, says who and
// when, is recorded once and not before the document was sent.
func TestReply四十八(t *testing.T) {
	ok := data.Countersign{Reply: data.ReplyAgree, Replier: "财政局 王某", RepliedOn: day("2026-10-09")}
	form := []struct {
		name string
		r    data.Countersign
		msg  string
	}{
		{"agreement", ok, ""},
		{"disagreement with reasons", data.Countersign{Reply: data.ReplyDisagree, Reasons: "标准偏高", Replier: "许", RepliedOn: day("2026-10-09")}, ""},
		{"disagreement without reasons", data.Countersign{Reply: data.ReplyDisagree, Replier: "许", RepliedOn: day("2026-10-09")}, "会签意见未保存：「理由」有不同意见须写明理由（第四十八条）"},
		{"nothing filled in", data.Countersign{}, "会签意见未保存：「会签意见」请选择同意、无意见或有不同意见；「回复人」不能为空；「回复日期」不能为空"},
	}
	for _, tt := range form {
		t.Run(tt.name, func(t *testing.T) {
			wantRefusal(t, CheckReply(tt.r), data.EInvalid, tt.msg, c48)
		})
	}
	sent := data.Countersign{UnitName: "财政局", Sent: day("2026-09-28"), Due: day("2026-10-13")}
	done := sent
	done.Reply = data.ReplyAgree
	accept := []struct {
		name string
		c    data.Countersign
		on   string
		late bool
		code data.Code
		msg  string
	}{
		{"in time", sent, "2026-10-13", false, "", ""},
		{"late", sent, "2026-10-14", true, "", ""},
		{"before it was sent", sent, "2026-09-27", false, data.EInvalid, "会签意见未保存：「回复日期」不能早于送签日期"},
		{"a second reply", done, "2026-10-09", false, data.EConflict, "财政局 的会签意见已记录（agree），不能重复记录"},
	}
	for _, tt := range accept {
		t.Run(tt.name, func(t *testing.T) {
			r := ok
			r.RepliedOn = day(tt.on)
			late, err := AcceptReply(tt.c, r)
			wantRefusal(t, err, tt.code, tt.msg, c48)
			if late != tt.late {
				t.Errorf("late %v, want %v", late, tt.late)
			}
		})
	}
}

// 四十八's last sentence: only a silent unit lapses, not while its deadline
// waits for the year's schedule, unless an extension was agreed.
func TestCountersignLapse四十八(t *testing.T) {
	c := builtin(t)
	silent := data.Countersign{Due: day("2026-10-13")}
	replied := silent
	replied.Reply = data.ReplyDisagree
	unverified := silent
	unverified.DueUnverified = true
	extended := unverified
	extended.ExtendedTo = day("2026-10-15")
	tests := []struct {
		name   string
		c      data.Countersign
		today  string
		on     string
		lapsed bool
	}{
		{"silent, deadline passed", silent, "2026-10-14", "2026-10-14", true},
		{"silent, on the deadline", silent, "2026-10-13", "2026-10-14", false},
		{"replied", replied, "2026-10-20", "", false},
		{"unverified deadline", unverified, "2026-10-20", "", false},
		{"unverified but extended", extended, "2026-10-16", "2026-10-16", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			on, lapsed := LapseOf(c, tt.c, day(tt.today))
			if lapsed != tt.lapsed || dayString(on) != tt.on {
				t.Errorf("LapseOf = %s %v, want %s %v", dayString(on), lapsed, tt.on, tt.lapsed)
			}
		})
	}
}

// 四十八: a fuller calendar recomputes only unverified deadlines still
// awaiting a reply.
func TestReverify四十八(t *testing.T) {
	c := builtin(t)
	base := data.Countersign{Sent: day("2026-09-28"), Due: day("2026-10-07"), DueUnverified: true}
	verified := base
	verified.DueUnverified = false
	replied := base
	replied.Reply = data.ReplyNoIdea
	tests := []struct {
		name  string
		c     data.Countersign
		again bool
		due   string
	}{
		{"unverified, silent", base, true, "2026-10-13"},
		{"verified", verified, false, ""},
		{"replied", replied, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			due, again := Reverify(c, tt.c)
			if again != tt.again || dayString(due.Date) != tt.due {
				t.Errorf("Reverify = %s %v, want %s %v", dayString(due.Date), again, tt.due, tt.again)
			}
		})
	}
}

// 四十八: a disagreement's summary gives each side's reasons and the lead
// unit's proposal; only a unit that disagreed signs it, once it exists.
func TestDispute四十八(t *testing.T) {
	forms := []struct {
		name              string
		summary, proposal string
		msg               string
	}{
		{"both given", "街道主张15万元；财政局主张12万元", "按12万元", ""},
		{"neither given", "", "", "分歧意见未保存：「各方理由」不能为空（第四十八条）；「主办单位意见」不能为空（第四十八条）"},
		{"summary too long", strings.Repeat("理", data.MaxOpinion+1), "x", "分歧意见未保存：「各方理由」不能超过 500 个字（现有 501 个）"},
	}
	for _, tt := range forms {
		t.Run(tt.name, func(t *testing.T) {
			wantRefusal(t, CheckDispute(tt.summary, tt.proposal), data.EInvalid, tt.msg, c48)
		})
	}
	wantRefusal(t, CheckDisputeSign("", time.Time{}), data.EInvalid, "会签未保存：「签字人」不能为空；「签字日期」不能为空", c48)
	wantRefusal(t, CheckDisputeSign("许科长", day("2026-10-12")), data.EInvalid, "", c48)
	against := data.Countersign{UnitName: "财政局", Reply: data.ReplyDisagree}
	agreed := data.Countersign{UnitName: "交通局", Reply: data.ReplyAgree}
	signs := []struct {
		name    string
		c       data.Countersign
		summary string
		msg     string
	}{
		{"disagreed, summary listed", against, "双方理由", ""},
		{"no summary yet", against, "", "主办单位尚未列明分歧意见，无可会签（第四十八条）"},
		{"a unit that agreed", agreed, "双方理由", "交通局 未提出不同意见，无须在分歧意见上会签"},
	}
	for _, tt := range signs {
		t.Run(tt.name, func(t *testing.T) {
			wantRefusal(t, SignDispute(tt.c, tt.summary), data.EInvalid, tt.msg, c48)
		})
	}
}

// 四十八: silence lapses on the first working day after the deadline, so a
// deadline before a holiday lapses after it.
func TestLapsed四十八(t *testing.T) {
	c := builtin(t)
	tests := []struct {
		due, today, on string
		lapsed         bool
	}{
		{"2026-10-13", "2026-10-13", "2026-10-14", false},
		{"2026-10-13", "2026-10-14", "2026-10-14", true},
		{"2026-09-30", "2026-10-05", "2026-10-08", false}, // National Day
		{"2026-09-30", "2026-10-08", "2026-10-08", true},
		{"2026-10-09", "2026-10-10", "2026-10-10", true}, // the make-up Saturday counts
	}
	for _, tt := range tests {
		t.Run(tt.due+" on "+tt.today, func(t *testing.T) {
			on, lapsed := Lapsed(c, day(tt.due), day(tt.today).Add(15*time.Hour))
			if lapsed != tt.lapsed || on.Format(data.DateLayout) != tt.on {
				t.Errorf("Lapsed = %s %v, want %s %v", on.Format(data.DateLayout), lapsed, tt.on, tt.lapsed)
			}
		})
	}
	if _, lapsed := Lapsed(c, day("2026-12-31"), day("2027-03-01")); lapsed {
		t.Error("a deadline whose next working day is unverified lapsed")
	}
	if due := CountersignDue(c, day("2026-09-28")); due.Date.Format(data.DateLayout) != "2026-10-13" {
		t.Errorf("CountersignDue = %s", due.Date.Format(data.DateLayout))
	}
	if err := CheckExtension(day("2026-10-13"), day("2026-10-13"), "x"); err == nil {
		t.Error("an extension to the same day accepted")
	}
	if err := CheckExtension(day("2026-10-13"), day("2026-10-20"), " "); err == nil {
		t.Error("an extension without a reason accepted")
	}
	if err := CheckExtension(day("2026-10-13"), day("2026-10-20"), "需征求镇街意见"); err != nil {
		t.Error(err)
	}
}

// 四十八: routing waits for every reply, and a disagreement for the lead
// unit's summary.
func TestReadyToRoute四十八(t *testing.T) {
	agree := data.Countersign{UnitName: "财政局", Reply: data.ReplyAgree}
	silent := data.Countersign{UnitName: "交通局", Due: day("2026-10-13")}
	against := data.Countersign{UnitName: "资规局", Reply: data.ReplyDisagree, Reasons: "x"}
	lapsed := data.Countersign{UnitName: "住建局", Reply: data.ReplyLapsed}
	against.UnitID = 9
	signed := []data.DisputeSign{{UnitID: 9, UnitName: "资规局", Signer: "何科长"}}
	tests := []struct {
		name    string
		cs      []data.Countersign
		dispute string
		signed  []data.DisputeSign
		phrase  string
	}{
		{"no countersign", nil, "", nil, ""},
		{"all agreed or lapsed", []data.Countersign{agree, lapsed}, "", nil, ""},
		{"one silent", []data.Countersign{agree, silent}, "", nil, "交通局 尚未回复"},
		{"a disagreement without summary", []data.Countersign{agree, against}, "", nil, "列明各方理由"},
		{"a summary not countersigned", []data.Countersign{agree, against}, "双方理由……", nil, "资规局 尚未在"},
		{"a summary countersigned", []data.Countersign{agree, against}, "双方理由……", signed, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ReadyToRoute(tt.cs, tt.dispute, tt.signed)
			if tt.phrase == "" && err != nil || tt.phrase != "" && (err == nil || !strings.Contains(err.Error(), tt.phrase)) {
				t.Errorf("err %v, want %q", err, tt.phrase)
			}
		})
	}
}
