package rules

import (
	"slices"
	"testing"

	"huiwu/data"
)

// wantRefusal checks err is a work-rule refusal under clauses with exactly
// msg (the problems' messages when it has some).
func wantRuleRefusal(t *testing.T, err error, msg string, clauses ...data.Clause) {
	t.Helper()
	re, ok := data.RuleRefusal(err)
	if !ok {
		t.Fatalf("err %v, want a rule refusal %q", err, msg)
	}
	got := data.ErrorMessage(err)
	if ps := data.ProblemsOf(err); len(ps) > 0 {
		got = ps[0].Field + "：" + ps[0].Message
	}
	if got != msg || !slices.Equal(re.Clauses, clauses) || re.Overridable {
		t.Fatalf("refusal %q %v overridable %v, want %q %v", got, re.Clauses, re.Overridable, msg, clauses)
	}
}

// 四十六: a signed 纪要 is on record — no change but a 更正, no deletion.
func TestSignedMinutesLocked四十六(t *testing.T) {
	signed := data.Minutes{Year: 2026, Issue: 3, Stage: data.MinutesSigned, SignedOn: day("2026-05-08")}
	wantRuleRefusal(t, MinutesEditable(signed), "纪要 〔2026〕第3期 已于 2026年5月8日 签发，不能再修改；如有错误，请作「更正」并写明理由（第四十六条）", 46)
	wantRuleRefusal(t, MinutesDeletable(signed), "纪要 〔2026〕第3期 已签发，不能删除；如有错误请作更正（第四十六条）", 46)
	_, err := MinutesTextChange(signed, false)
	wantRuleRefusal(t, err, "纪要 〔2026〕第3期 已于 2026年5月8日 签发，不能再修改；如有错误，请作「更正」并写明理由（第四十六条）", 46)
	if c, err := CanCorrect(signed, "旧", "新"); err != nil || c != 46 {
		t.Fatalf("a 更正 of a signed 纪要: %v %v", c, err)
	}
	_, err = CanCorrect(signed, "同", "同")
	wantRuleRefusal(t, err, "更正后的正文与现行版本相同，没有可更正的内容", 46)
	draft := data.Minutes{Year: 2026, Issue: 4, Stage: data.MinutesReview}
	if MinutesEditable(draft) != nil || MinutesDeletable(draft) != nil {
		t.Fatal("an unsigned 纪要 refused")
	}
	_, err = CanCorrect(draft, "旧", "新")
	wantRuleRefusal(t, err, "纪要 〔2026〕第4期 尚未签发，直接修改正文即可，不需要更正", 46)
}

// 四十六: the office drafts the 纪要 of a meeting held, not before.
func TestCanDraftMinutes四十六(t *testing.T) {
	for _, s := range []data.MeetingStatus{data.StatusHeld, data.StatusArchived} {
		if err := CanDraftMinutes(data.Meeting{Status: s}); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	err := CanDraftMinutes(data.Meeting{Title: "第5次常务会议", Status: data.StatusNotified})
	wantRuleRefusal(t, err, "会议「第5次常务会议」尚未召开（现为"+StatusName(data.StatusNotified)+"），召开后才能起草纪要", 46)
}

// 四十六 with 八: a new text, or a change of who may sign, restarts the chain.
func TestMinutesReroute四十六(t *testing.T) {
	old := data.Minutes{Stage: data.MinutesReviewed, LeadUnitID: 100}
	tests := []struct {
		name string
		next data.Minutes
		why  string
	}{
		{"title only: the steps stand", data.Minutes{Stage: data.MinutesReviewed, LeadUnitID: 100, Title: "新"}, ""},
		{"三重一大 set", data.Minutes{LeadUnitID: 100, ThreeMajor: true}, "三重一大或牵头单位已改，签发人可能不同（第四十六条）"},
		{"lead unit changed", data.Minutes{LeadUnitID: 101}, "三重一大或牵头单位已改，签发人可能不同（第四十六条）"},
	}
	for _, tt := range tests {
		r, err := MinutesSettingsChange(old, tt.next)
		if err != nil || r.Why != tt.why || (r.Why != "" && r.Clause != 46) {
			t.Errorf("%s: %+v %v, want %q", tt.name, r, err, tt.why)
		}
	}
	if r, _ := MinutesTextChange(old, false); r.Why != "纪要正文已修改，须重新送审（第四十六条）" || r.Clause != 46 {
		t.Errorf("new text: %+v", r)
	}
	if r, _ := MinutesTextChange(old, true); r.Why != "纪要正文已恢复为旧版本，须重新送审（第四十六条）" || r.Clause != 46 {
		t.Errorf("restored text: %+v", r)
	}
}

// 四十六 and 五十: the steps of the sign-off, in order, by the right person,
// on a sound day, with the 公开属性 and 分送 before 签发.
func TestDecideSign四十六(t *testing.T) {
	director := data.Person{ID: 6, Name: "白主任", Roles: []data.Role{data.RoleOfficeDirector}, Active: true}
	route := SignOffInput{Kind: data.MeetingExecutive, Chair: mayor, Day: day("2026-05-10"), People: []data.Person{mayor, exec, director}}
	n := data.Minutes{Year: 2026, Issue: 3, Stage: data.MinutesDraft, MeetingDay: day("2026-05-06"), Disclosure: "主动公开", Distribution: "各局"}
	drafted := []data.MinutesSign{{Step: 1, Stage: "起草", Day: day("2026-05-07")}}
	reviewed := append(slices.Clone(drafted), data.MinutesSign{Step: 2, Stage: "审核", Day: day("2026-05-08")})
	in := func(done []data.MinutesSign, a data.SignAction, edit func(*SignInput)) SignInput {
		s := SignInput{Minutes: n, Route: route, Done: done, HasText: true, Today: day("2026-05-10"), Action: a}
		if edit != nil {
			edit(&s)
		}
		return s
	}
	ok := []struct {
		name  string
		in    SignInput
		step  int
		stage data.MinutesStage
		signs bool
	}{
		{"起草 by the office", in(nil, data.SignAction{Day: day("2026-05-07")}, nil), 1, data.MinutesReview, false},
		{"审核 by the director", in(drafted, data.SignAction{Stage: "审核", PersonID: director.ID, Day: day("2026-05-08")}, nil), 2, data.MinutesReviewed, false},
		{"签发 by the mayor", in(reviewed, data.SignAction{PersonID: mayor.ID, Day: day("2026-05-10")}, nil), 3, data.MinutesSigned, true},
	}
	for _, tt := range ok {
		d, err := DecideSign(tt.in)
		if err != nil || d.Step != tt.step || d.Steps != 3 || d.Stage != tt.stage || d.Signs != tt.signs || d.Clause != 46 {
			t.Errorf("%s: %+v %v", tt.name, d, err)
		}
	}
	refused := []struct {
		name    string
		in      SignInput
		msg     string
		clauses []data.Clause
	}{
		{
			"a skipped step", in(nil, data.SignAction{Stage: "签发", Day: day("2026-05-07")}, nil),
			"纪要 〔2026〕第3期 现在应办理第 1 步「起草」，不能跳到「签发」（第四十六条：起草、审核、签发依次进行）",
			[]data.Clause{46},
		},
		{
			"the wrong reviewer", in(drafted, data.SignAction{PersonID: exec.ID, Day: day("2026-05-08")}, nil),
			"纪要 〔2026〕第3期 的「审核」应由 白主任 办理（办公室审核（第四十六条）），不能由 李常务 办理",
			[]data.Clause{46},
		},
		{
			"nobody named for 审核", in(drafted, data.SignAction{Day: day("2026-05-08")}, nil),
			"纪要 〔2026〕第3期 的「审核」应由 白主任 办理（办公室审核（第四十六条）），不能由 未指定的人 办理",
			[]data.Clause{46},
		},
		{
			"a person for 起草", in(nil, data.SignAction{PersonID: director.ID, Day: day("2026-05-07")}, nil),
			"「起草」由市政府办公室办理，不记个人（第四十六条）",
			[]data.Clause{46},
		},
		{
			"no text yet", in(nil, data.SignAction{Day: day("2026-05-07")}, func(s *SignInput) { s.HasText = false }),
			"纪要 〔2026〕第3期 还没有正文，不能送审",
			[]data.Clause{46},
		},
		{"before the meeting", in(nil, data.SignAction{Day: day("2026-05-05")}, nil), "日期：不能早于会议日期 2026-05-06", []data.Clause{46}},
		{
			"before the step it follows", in(drafted, data.SignAction{PersonID: director.ID, Day: day("2026-05-06")}, nil),
			"日期：不能早于上一步「起草」的日期 2026-05-07",
			[]data.Clause{46},
		},
		{
			"签发 without 公开属性", in(reviewed, data.SignAction{PersonID: mayor.ID, Day: day("2026-05-10")}, func(s *SignInput) { s.Minutes.Disclosure = "" }),
			"纪要 〔2026〕第3期 签发前须确定公开属性（主动公开、依申请公开或不予公开）（第五十条）",
			[]data.Clause{50},
		},
		{
			"签发 without 分送", in(reviewed, data.SignAction{PersonID: mayor.ID, Day: day("2026-05-10")}, func(s *SignInput) { s.Minutes.Distribution = "" }),
			"纪要 〔2026〕第3期 签发前须在纪要设置中填写分送范围",
			[]data.Clause{46},
		},
		{"a signed 纪要", in(nil, data.SignAction{Day: day("2026-05-07")}, func(s *SignInput) {
			s.Minutes.Stage, s.Minutes.SignedOn = data.MinutesSigned, day("2026-05-09")
		}), "纪要 〔2026〕第3期 已于 2026年5月9日 签发，不能再修改；如有错误，请作「更正」并写明理由（第四十六条）", []data.Clause{46}},
		{
			"no mayor on the roster", in(nil, data.SignAction{Day: day("2026-05-07")}, func(s *SignInput) { s.Route.People = []data.Person{director} }),
			"名册中没有在任的市长，无法确定纪要签发人（第四十六条）",
			[]data.Clause{46},
		},
	}
	for _, tt := range refused {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecideSign(tt.in)
			wantRuleRefusal(t, err, tt.msg, tt.clauses...)
		})
	}
	// A day after today is a slip of the form, not a rule.
	_, err := DecideSign(in(nil, data.SignAction{Day: day("2026-05-11")}, nil))
	if _, rule := data.RuleRefusal(err); rule || data.ErrorCode(err) != data.EInvalid || data.ProblemsOf(err)[0].Message != "不能晚于今天" {
		t.Fatalf("a future day: %v", err)
	}
}

// 四十六: the route shows the steps recorded, then those still to come.
func TestSignRoute四十六(t *testing.T) {
	chain := []SignStep{{Stage: "起草", Who: "市政府办公室"}, {Stage: "审核", PersonID: 6, Who: "白主任"}, {Stage: "签发", PersonID: 1, Who: "王建国"}}
	done := []data.MinutesSign{{Step: 1, Stage: "起草", Who: "市政府办公室", Day: day("2026-05-07")}}
	got := SignRoute(done, chain)
	if len(got) != 3 || !got[0].Day.Equal(day("2026-05-07")) || got[1].Step != 2 || got[1].Who != "白主任" || !got[2].Day.IsZero() || got[2].PersonID != 1 {
		t.Fatalf("route %+v", got)
	}
	if got := SignRoute(done, nil); len(got) != 1 {
		t.Fatalf("a signed 纪要's route %+v", got)
	}
	for _, tt := range []struct {
		step, steps int
		want        data.MinutesStage
	}{{1, 3, data.MinutesReview}, {2, 3, data.MinutesReviewed}, {3, 3, data.MinutesSigned}} {
		if got := MinutesStageAfter(tt.step, tt.steps); got != tt.want {
			t.Errorf("step %d of %d: %s, want %s", tt.step, tt.steps, got, tt.want)
		}
	}
}
