package rules

import (
	"fmt"
	"time"

	"huiwu/data"
)

// cMinutes is clause 四十六, the 纪要's drafting and sign-off: declared here
// rather than in refusal.go's block, which the other workflows share.
const cMinutes data.Clause = 46

// MinutesEditable refuses any change to a signed 纪要 but a 更正 (四十六):
// its settings, text, autosaved copy and sign-off steps are on record.
func MinutesEditable(n data.Minutes) error {
	if !n.Locked() {
		return nil
	}
	return refuse(cMinutes, "纪要 %s 已于 %s 签发，不能再修改；如有错误，请作「更正」并写明理由（%s）",
		n.IssueText(), n.SignedOn.Format("2006年1月2日"), cMinutes)
}

// MinutesDeletable refuses to delete a signed 纪要 (四十六): it is on record.
func MinutesDeletable(n data.Minutes) error {
	if !n.Locked() {
		return nil
	}
	return refuse(cMinutes, "纪要 %s 已签发，不能删除；如有错误请作更正（%s）", n.IssueText(), cMinutes)
}

// CanDraftMinutes refuses the 纪要 of a meeting not yet held: the office
// drafts what the meeting decided (四十六).
func CanDraftMinutes(m data.Meeting) error {
	if m.Status == data.StatusHeld || m.Status == data.StatusArchived {
		return nil
	}
	return refuse(cMinutes, "会议「%s」尚未召开（现为%s），召开后才能起草纪要", m.Title, StatusName(m.Status))
}

// Reroute is why the sign-off steps already recorded on an unsigned 纪要 are
// cleared and the chain starts again from 起草; Why is empty when they stand.
type Reroute struct {
	Why    string
	Clause data.Clause
}

// MinutesTextChange decides a new text of a 纪要 (saved, or restored from
// an old version): refused once signed; otherwise the recorded steps are
// cleared, because the reviewer approved another text (四十六).
func MinutesTextChange(n data.Minutes, restored bool) (Reroute, error) {
	if err := MinutesEditable(n); err != nil {
		return Reroute{}, err
	}
	if restored {
		return Reroute{Why: fmt.Sprintf("纪要正文已恢复为旧版本，须重新送审（%s）", cMinutes), Clause: cMinutes}, nil
	}
	return Reroute{Why: fmt.Sprintf("纪要正文已修改，须重新送审（%s）", cMinutes), Clause: cMinutes}, nil
}

// MinutesSettingsChange decides saving a 纪要's settings from old to next:
// refused once signed; a change to 三重一大 or the lead unit changes who may
// sign (四十六, 八), so the recorded steps are cleared.
func MinutesSettingsChange(old, next data.Minutes) (Reroute, error) {
	if err := MinutesEditable(old); err != nil {
		return Reroute{}, err
	}
	if old.ThreeMajor != next.ThreeMajor || old.LeadUnitID != next.LeadUnitID {
		return Reroute{Why: fmt.Sprintf("三重一大或牵头单位已改，签发人可能不同（%s）", cMinutes), Clause: cMinutes}, nil
	}
	return Reroute{}, nil
}

// CanCorrect decides a 更正 of a 纪要 whose newest text is current: only a
// signed 纪要 takes one (an unsigned one is simply edited), and only with a
// changed text. The 更正 is audited under the clause it returns.
func CanCorrect(n data.Minutes, current, body string) (data.Clause, error) {
	if !n.Locked() {
		return 0, refuse(cMinutes, "纪要 %s 尚未签发，直接修改正文即可，不需要更正", n.IssueText())
	}
	if current == body {
		return 0, refuse(cMinutes, "更正后的正文与现行版本相同，没有可更正的内容")
	}
	return cMinutes, nil
}

// SignInput is what deciding a sign-off step needs, loaded by the store.
type SignInput struct {
	Minutes data.Minutes
	Route   SignOffInput       // who signs, as of the action's day
	Done    []data.MinutesSign // the steps already recorded, in order
	HasText bool               // whether any version of the text is saved
	Today   time.Time
	Action  data.SignAction
}

// SignDecision is a step to record: the step's number of Steps, who acts
// and why, where the 纪要 then stands, whether that signs (and locks) it,
// and the clause the audit entry cites.
type SignDecision struct {
	Step, Steps int
	Do          SignStep
	Stage       data.MinutesStage
	Signs       bool
	Clause      data.Clause
}

// DecideSign decides the next step of a 纪要's sign-off (四十六, 五十):
// 起草, 审核, then 签发, in order, each by the person the chain names (the
// office for 起草), on a day not before the meeting or the step before and
// not after today; 签发 needs the 公开属性 (五十) and the 分送 printed on
// the signed paper. A signed 纪要 takes no further step.
func DecideSign(in SignInput) (SignDecision, error) {
	n, a := in.Minutes, in.Action
	if err := MinutesEditable(n); err != nil {
		return SignDecision{}, err
	}
	chain, err := SignOffChain(in.Route)
	if err != nil {
		return SignDecision{}, err
	}
	step := len(in.Done) + 1
	if step > len(chain) {
		return SignDecision{}, data.Errorf(data.EInternal, "纪要 %s 的签发流程已走完", n.IssueText())
	}
	want := chain[step-1]
	if a.Stage != "" && a.Stage != want.Stage {
		return SignDecision{}, refuse(cMinutes, "纪要 %s 现在应办理第 %d 步「%s」，不能跳到「%s」（%s：起草、审核、签发依次进行）",
			n.IssueText(), step, want.Stage, a.Stage, cMinutes)
	}
	if want.PersonID != 0 && a.PersonID != want.PersonID {
		return SignDecision{}, refuse(cMinutes, "纪要 %s 的「%s」应由 %s 办理（%s），不能由 %s 办理",
			n.IssueText(), want.Stage, want.Who, want.Note, nameIn(in.Route.People, a.PersonID))
	}
	if want.PersonID == 0 && a.PersonID != 0 {
		return SignDecision{}, refuse(cMinutes, "「%s」由市政府办公室办理，不记个人（%s）", want.Stage, cMinutes)
	}
	if !in.HasText {
		return SignDecision{}, refuse(cMinutes, "纪要 %s 还没有正文，不能送审", n.IssueText())
	}
	if err := signDay(in); err != nil {
		return SignDecision{}, err
	}
	if want.Stage == "签发" && n.Disclosure == "" {
		return SignDecision{}, refuse(c50, "纪要 %s 签发前须确定公开属性（主动公开、依申请公开或不予公开）（%s）", n.IssueText(), c50)
	}
	if want.Stage == "签发" && n.Distribution == "" {
		// The 分送 is printed on the signed paper; once signed it is locked.
		return SignDecision{}, refuse(cMinutes, "纪要 %s 签发前须在纪要设置中填写分送范围", n.IssueText())
	}
	stage := MinutesStageAfter(step, len(chain))
	return SignDecision{Step: step, Steps: len(chain), Do: want, Stage: stage, Signs: stage == data.MinutesSigned, Clause: cMinutes}, nil
}

// signDay refuses a step's day after today (a slip of the form), before the
// meeting, or before the step it follows (the steps go in order, 四十六).
func signDay(in SignInput) error {
	a, today := in.Action, in.Today
	if a.Day.After(time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)) {
		return signProblem(0, "不能晚于今天")
	}
	if a.Day.Before(in.Minutes.MeetingDay) {
		return signProblem(cMinutes, fmt.Sprintf("不能早于会议日期 %s", in.Minutes.MeetingDay.Format(data.DateLayout)))
	}
	if len(in.Done) > 0 && a.Day.Before(in.Done[len(in.Done)-1].Day) {
		prev := in.Done[len(in.Done)-1]
		return signProblem(cMinutes, fmt.Sprintf("不能早于上一步「%s」的日期 %s", prev.Stage, prev.Day.Format(data.DateLayout)))
	}
	return nil
}

// signProblem is a step's day refused: under clause c, or as bad input
// when c is 0.
func signProblem(c data.Clause, msg string) error {
	e := &data.Error{Code: data.EInvalid, Message: "签发记录未保存", Problems: []data.Problem{{Field: "日期", Message: msg}}}
	if c == 0 {
		return e
	}
	return &data.RuleError{Err: e, Clauses: []data.Clause{c}}
}

func nameIn(people []data.Person, id int64) string {
	for _, p := range people {
		if p.ID == id {
			return p.Name
		}
	}
	return "未指定的人"
}

// MinutesStageAfter is where a 纪要 stands once step of steps is recorded:
// 送审 after 起草, 已审核 after 审核, 已签发 after the last.
func MinutesStageAfter(step, steps int) data.MinutesStage {
	switch {
	case step >= steps:
		return data.MinutesSigned
	case step == 1:
		return data.MinutesReview
	default:
		return data.MinutesReviewed
	}
}

// SignRoute is a 纪要's whole route: the steps recorded, then the steps of
// chain still to come. A signed 纪要's route is what was recorded, whatever
// the roster has become since (pass no chain).
func SignRoute(done []data.MinutesSign, chain []SignStep) []data.MinutesSign {
	out := done
	for i := len(done); i < len(chain); i++ {
		st := chain[i]
		out = append(out, data.MinutesSign{Step: i + 1, Stage: st.Stage, PersonID: st.PersonID, Who: st.Who, Note: st.Note})
	}
	return out
}
