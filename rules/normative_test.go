package rules

import (
	"strings"
	"testing"

	"huiwu/data"
)

// 五十: signing and issuing need CanSign (a refusal kept on record), issuing
// a signed document; 十九: 已备案 only through the 报送备案 to each body.
func TestNormativeStep五十(t *testing.T) {
	ok := NormativeState{Review: ReviewLawful, Disclosure: "主动公开", Planned: true}
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
		{"备案 goes body by body (十九)", data.DocIssued, ok, data.DocFiled, "2026-10-10", NormativeMove{}, "", "「管理办法」须分别向常州市人民政府、溧阳市人大常委会报送备案，请逐一登记（第十九条）", c19},
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

// 十七: a normative draft outside the year's plan is flagged when it is put
// to the government (审签), and signed only with a recorded reason.
func TestUnplannedDraft十七(t *testing.T) {
	doc := data.Document{Title: "溧阳市城市道路占用管理办法", Kind: data.DocNormative, Status: data.DocRegistered}
	base := NormativeState{Review: ReviewLawful, Disclosure: "主动公开"}
	reason := []data.Override{{Clause: c17, Reason: "上级文件要求年内出台"}}
	tests := []struct {
		name      string
		s         func(NormativeState) NormativeState
		to        data.DocStatus
		refused   string // the overridable refusal's problem; "" none
		unplanned bool
	}{
		{"in the plan: signed", func(s NormativeState) NormativeState { s.Planned = true; return s }, data.DocSigned, "", false},
		{
			"outside the plan: refused, a reason may let it through", func(s NormativeState) NormativeState { return s }, data.DocSigned,
			"「溧阳市城市道路占用管理办法」未列入行政规范性文件年度计划，提请市政府审议须记录理由（第十七条）", false,
		},
		{"outside the plan with the reason: signed and flagged", func(s NormativeState) NormativeState { s.Overrides = reason; return s }, data.DocSigned, "", true},
		{"an override of another clause does not answer it", func(s NormativeState) NormativeState {
			s.Overrides = []data.Override{{Clause: c50, Reason: "x"}}
			return s
		}, data.DocSigned, "「溧阳市城市道路占用管理办法」未列入行政规范性文件年度计划，提请市政府审议须记录理由（第十七条）", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mv, err := NormativeStep(doc, tt.s(base), day("2026-09-25"), tt.to, day("2026-09-26"))
			if tt.refused == "" {
				if err != nil || mv.Unplanned != tt.unplanned {
					t.Fatalf("move %+v, %v", mv, err)
				}
				return
			}
			ps := data.ProblemsOf(err)
			if !data.Overridable(err) || len(ps) != 1 || ps[0].Message != tt.refused || ps[0].Field != "年度计划" {
				t.Fatalf("refusal %v %+v", err, ps)
			}
		})
	}
	if CheckPlanned(data.Document{Kind: data.DocRequest}, false) != nil {
		t.Fatal("a 请示 flagged as an unplanned normative draft")
	}
}

// 十九: the government's own normative document is reported to the 常州市政府
// and the 市人大常委会, each once, within the office's time limit; it is
// 已备案 when both have it.
func TestReportStep十九(t *testing.T) {
	issued := data.Document{Title: "管理办法", Kind: data.DocNormative, Status: data.DocIssued}
	tests := []struct {
		name     string
		d        data.Document
		reported []ReportBody
		body     ReportBody
		on       string
		want     ReportMove
		refused  string
	}{
		{"to 常州 first, in time", issued, nil, ReportChangzhou, "2026-10-25", ReportMove{Due: day("2026-10-25")}, ""},
		{"then the 人大常委会, late: 已备案", issued, []ReportBody{ReportChangzhou}, ReportNPC, "2026-10-26", ReportMove{Due: day("2026-10-25"), Late: true, Filed: true}, ""},
		{"the same body twice", issued, []ReportBody{ReportChangzhou}, ReportChangzhou, "2026-10-20", ReportMove{}, "「管理办法」已报送常州市人民政府备案"},
		{"before issue", issued, nil, ReportNPC, "2026-09-24", ReportMove{}, "报送备案未登记：「报送日期」不能早于印发日期 2026-09-25"},
		{"not issued", data.Document{Title: "管理办法", Status: data.DocSigned}, nil, ReportNPC, "2026-10-01", ReportMove{}, "「管理办法」尚未印发或已备案，不能报送备案（第十九条）"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mv, err := ReportStep(tt.d, day("2026-09-25"), tt.reported, tt.body, day(tt.on), DefaultReportDays)
			if got := errText(err); got != tt.refused {
				t.Fatalf("refusal %q, want %q", got, tt.refused)
			}
			if err == nil && mv != tt.want {
				t.Fatalf("move %+v, want %+v", mv, tt.want)
			}
		})
	}
	if got := ReportsOwed([]ReportBody{ReportNPC}); len(got) != 1 || got[0] != "待报送常州市人民政府备案" {
		t.Fatalf("owed %q", got)
	}
	if got := ReportDue(day("2026-09-25"), 20).Format(data.DateLayout); got != "2026-10-15" {
		t.Fatalf("a 20-day limit: %s", got)
	}
}
