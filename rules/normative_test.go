package rules

import (
	"strings"
	"testing"

	"huiwu/data"
)

// 五十 and 十九: signing and issuing need CanSign (a refusal kept on
// record), issuing a signed document, filing an issued one, by its deadline
// 15 days after issue.
func TestNormativeStep五十(t *testing.T) {
	ok := NormativeState{Review: ReviewLawful, Disclosure: "主动公开"}
	doc := func(st data.DocStatus) data.Document {
		return data.Document{Title: "管理办法", Kind: data.DocNormative, Status: st}
	}
	tests := []struct {
		name    string
		st      data.DocStatus
		s       NormativeState
		to      data.DocStatus
		on      string
		want    NormativeMove
		refused string
		msg     string
		clause  data.Clause
	}{
		{"sign", data.DocRegistered, ok, data.DocSigned, "2026-09-20", NormativeMove{Status: data.DocSigned, What: "审签", Clause: c50}, "", "", 0},
		{
			"sign without review", data.DocRegistered,
			NormativeState{Disclosure: "主动公开"},
			data.DocSigned, "2026-09-20",
			NormativeMove{Status: data.DocSigned, What: "审签", Clause: c50},
			"规范性文件不得审签：「合法性审查」未经司法局合法性审查，不得审签（第五十条）", "", 0,
		},
		{"issue a signed one", data.DocSigned, ok, data.DocIssued, "2026-09-25", NormativeMove{Status: data.DocIssued, What: "印发", Clause: c50}, "", "", 0},
		{"issue before signing", data.DocRegistered, ok, data.DocIssued, "2026-09-25", NormativeMove{}, "", "「管理办法」尚未审签，不能印发（第五十条）", c50},
		{"file in time", data.DocIssued, ok, data.DocFiled, "2026-10-10", NormativeMove{Status: data.DocFiled, What: "备案", Clause: c19, Due: day("2026-10-10")}, "", "", 0},
		{"file late", data.DocIssued, ok, data.DocFiled, "2026-10-11", NormativeMove{Status: data.DocFiled, What: "备案", Clause: c19, Due: day("2026-10-10"), Late: true}, "", "", 0},
		{"file before issue", data.DocSigned, ok, data.DocFiled, "2026-10-10", NormativeMove{}, "", "「管理办法」尚未印发，不能备案（第十九条）", c19},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mv, err := NormativeStep(doc(tt.st), tt.s, day("2026-09-25"), tt.to, day(tt.on))
			wantRefusal(t, err, data.EInvalid, tt.msg, tt.clause)
			if err != nil {
				return
			}
			wantRefusal(t, mv.Refused, data.EInvalid, tt.refused, c50)
			mv.Refused = nil
			if mv != tt.want {
				t.Errorf("move %+v, want %+v", mv, tt.want)
			}
		})
	}
	if _, err := NormativeStep(doc(data.DocIssued), ok, day("2026-09-25"), data.DocClosedStatus, day("2026-10-10")); err == nil || err.Error() != "未知步骤「closed」" {
		t.Errorf("unknown step: %v", err)
	}
}

// 五十 and 十七: the normative steps and the plan are for normative documents.
func TestNormativeOnly十七五十(t *testing.T) {
	letter := data.Document{Title: "关于借用场地的函", Kind: data.DocLetter}
	wantRefusal(t, Normative(letter), data.EInvalid, "「关于借用场地的函」不是规范性文件", c50)
	wantRefusal(t, PlanLink(letter), data.EInvalid, "「关于借用场地的函」不是规范性文件，不能列入计划（第十七条）", c17)
	letter.Kind = data.DocNormative
	wantRefusal(t, Normative(letter), data.EInvalid, "", c50)
	wantRefusal(t, PlanLink(letter), data.EInvalid, "", c17)
}

// 五十: no signing, meeting or issue without a lawful legal review; 公开属性
// declared; a classified document needs a 保密审查.
func TestCanSign五十(t *testing.T) {
	tests := []struct {
		name  string
		s     NormativeState
		field string
	}{
		{"no review", NormativeState{Disclosure: "主动公开"}, "合法性审查"},
		{"found unlawful", NormativeState{Review: ReviewUnlawful, Disclosure: "主动公开"}, "合法性审查"},
		{"no 公开属性", NormativeState{Review: ReviewLawful}, "公开属性"},
		{"classified without 保密审查", NormativeState{Review: ReviewLawful, Disclosure: "不予公开", Classified: true}, "保密审查"},
		{"all in order", NormativeState{Review: ReviewLawful, Disclosure: "不予公开", Classified: true, SecrecyChecked: true}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CanSign(tt.s, "审签")
			ps := data.ProblemsOf(err)
			if tt.field == "" {
				if err != nil {
					t.Errorf("refused: %v", err)
				}
				return
			}
			if len(ps) == 0 || ps[0].Field != tt.field || !strings.Contains(ps[0].Message, "第五十条") {
				t.Errorf("problems %v, want %s first with the clause", ps, tt.field)
			}
		})
	}
}

// 十九: 备案 within 15 days of issue.
func TestFilingDue十九(t *testing.T) {
	if got := FilingDue(day("2026-09-25")).Format(data.DateLayout); got != "2026-10-10" {
		t.Errorf("FilingDue = %s", got)
	}
}
