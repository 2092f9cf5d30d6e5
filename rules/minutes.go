package rules

import (
	"fmt"
	"time"

	"huiwu/data"
)

// SignStep is one step of a 纪要's sign-off: who acts and in what capacity.
type SignStep struct {
	Stage    string // 起草, 审核, 签发
	PersonID int64  // 0 for 起草: the office's secretaries
	Who      string // the person's name, or the office
	Note     string // why this person (clause), e.g. 受市长委托（第六条）
}

// SignOffInput is what SignOffChain needs.
type SignOffInput struct {
	Kind        data.MeetingKind
	Chair       data.Person
	LeadUnitID  int64 // the unit whose matter a topical meeting coordinated
	ThreeMajor  bool  // 三重一大: 重大决策、重要人事任免、重大项目安排、大额度资金运作
	Day         time.Time
	People      []data.Person
	Oversights  []data.Oversight
	Delegations []data.Delegation
}

// SignOffChain applies clause 四十六 with 六 and 八: the office drafts the
// 纪要; the office director (or the 秘书长) reviews it; it is signed (签发)
// by the 市长 for a 全体会议 or 常务会议 — by his delegate while a delegation
// runs; by the chairing leader for a 市长办公会议 or a 专题会议 a (vice-)mayor
// chaired; by the 副市长 overseeing the matter's unit for a 专题会议 the office
// director held on delegation. Anything of 三重一大 is signed by the 市长
// himself, whatever the meeting.
func SignOffChain(in SignOffInput) ([]SignStep, error) {
	var mayor, reviewer data.Person
	for _, p := range in.People {
		switch {
		case !p.Active:
		case isMayor(p):
			mayor = p
		case p.HasRole(data.RoleOfficeDirector):
			reviewer = p
		case p.HasRole(data.RoleSecretaryGen) && reviewer.ID == 0:
			reviewer = p
		}
	}
	if mayor.ID == 0 {
		return nil, refuse(cMinutes, "名册中没有在任的市长，无法确定纪要签发人（%s）", cMinutes)
	}
	if reviewer.ID == 0 {
		return nil, refuse(cMinutes, "名册中没有在任的办公室主任或秘书长，无法确定纪要审核人（%s）", cMinutes)
	}
	chain := []SignStep{
		{Stage: "起草", Who: "市政府办公室", Note: "办公室起草（第四十六条）"},
		{Stage: "审核", PersonID: reviewer.ID, Who: reviewer.Name, Note: "办公室审核（第四十六条）"},
	}
	signer, err := signer(in, mayor)
	if err != nil {
		return nil, err
	}
	return append(chain, signer), nil
}

func signer(in SignOffInput, mayor data.Person) (SignStep, error) {
	byMayor := func(why string) SignStep {
		return SignStep{Stage: "签发", PersonID: mayor.ID, Who: mayor.Name, Note: why}
	}
	if in.ThreeMajor {
		return byMayor("涉及「三重一大」事项，须由市长签发（第四十六条）"), nil
	}
	switch in.Kind {
	case data.MeetingPlenary, data.MeetingExecutive:
		if d, ok := DelegationOn(in.Delegations, in.Day); ok {
			return SignStep{Stage: "签发", PersonID: d.DelegateID, Who: d.DelegateName, Note: "受市长委托签发（第六条、第四十六条）"}, nil
		}
		return byMayor(KindName(in.Kind) + "纪要由市长签发（第四十六条）"), nil
	case data.MeetingMayorOffice, data.MeetingTopical:
		if isMayor(in.Chair) || isVice(in.Chair) {
			return SignStep{Stage: "签发", PersonID: in.Chair.ID, Who: in.Chair.Name, Note: "由主持会议的市政府领导签发（第四十六条）"}, nil
		}
		if in.Kind == data.MeetingTopical && isOfficeHead(in.Chair) {
			r, err := RouteMatter(RouteInput{UnitID: in.LeadUnitID, Oversights: in.Oversights, People: in.People, Delegations: in.Delegations, Day: in.Day})
			if err != nil {
				return SignStep{}, err
			}
			who := ""
			for _, p := range in.People {
				if p.ID == r.LeaderID {
					who = p.Name
				}
			}
			return SignStep{Stage: "签发", PersonID: r.LeaderID, Who: who, Note: "办公室主任受委托召开的专题会议，协调意见报分管副市长签发（第四十六条）；" + r.Reason}, nil
		}
	}
	return SignStep{}, refuse(cMinutes, "%s由 %s 主持，无法按%s确定签发人", KindName(in.Kind), in.Chair.Name, cMinutes)
}

// SignOffText renders a chain for the 审签单 and the audit log.
func SignOffText(chain []SignStep) string {
	s := ""
	for i, st := range chain {
		if i > 0 {
			s += " → "
		}
		s += fmt.Sprintf("%s（%s）", st.Stage, st.Who)
	}
	return s
}
