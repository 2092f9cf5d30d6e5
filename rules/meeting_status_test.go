package rules

import (
	"slices"
	"testing"

	"huiwu/data"
)

// 四十一: the executive meeting's workflow — the moves each status allows,
// the forward step the page offers, whether it may still be cancelled.
func TestMeetingMoves四十一(t *testing.T) {
	tests := []struct {
		from    data.MeetingStatus
		moves   []data.MeetingStatus
		forward data.MeetingStatus
		cancel  bool
	}{
		{data.StatusPlanning, []data.MeetingStatus{data.StatusNotified, data.StatusCancelled}, data.StatusNotified, true},
		{data.StatusNotified, []data.MeetingStatus{data.StatusHeld, data.StatusPlanning, data.StatusCancelled}, data.StatusHeld, true},
		{data.StatusHeld, []data.MeetingStatus{data.StatusArchived}, data.StatusArchived, false},
		{data.StatusArchived, nil, "", false},
		{data.StatusCancelled, nil, "", false},
	}
	for _, tt := range tests {
		m := data.Meeting{Kind: data.MeetingExecutive, Status: tt.from}
		if got := MeetingMoves(m); !slices.Equal(got, tt.moves) {
			t.Errorf("%s: moves %v, want %v", tt.from, got, tt.moves)
		}
		if got, ok := ForwardMove(m); got != tt.forward || ok != (tt.forward != "") {
			t.Errorf("%s: forward %q %v, want %q", tt.from, got, ok, tt.forward)
		}
		if MayCancel(m) != tt.cancel {
			t.Errorf("%s: may cancel %v, want %v", tt.from, !tt.cancel, tt.cancel)
		}
	}
}

// 四十一: a move the state machine forbids, or a cancellation without its
// reason, is refused under the kind's clause with the exact message.
func TestMoveMeeting四十一(t *testing.T) {
	m := data.Meeting{Title: "第12次常务会议", Kind: data.MeetingExecutive, Status: data.StatusNotified}
	tests := []struct {
		name   string
		to     data.MeetingStatus
		reason string
		want   StatusChange
		msg    string
		field  string
	}{
		{"held", data.StatusHeld, "忽略", StatusChange{From: data.StatusNotified, To: data.StatusHeld}, "", ""},
		{"cancelled with reason", data.StatusCancelled, "市长赴省开会", StatusChange{From: data.StatusNotified, To: data.StatusCancelled, CancelReason: "市长赴省开会"}, "", ""},
		{"cancelled without reason", data.StatusCancelled, "", StatusChange{}, "会议未取消", "取消原因"},
		{"archived before held", data.StatusArchived, "", StatusChange{}, "会议状态不能从「已通知」改为「已归档」", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := MoveMeeting(m, tt.to, tt.reason)
			if got != tt.want {
				t.Fatalf("change %+v, want %+v", got, tt.want)
			}
			if tt.msg == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			re, ok := data.RuleRefusal(err)
			if !ok || re.Err.Message != tt.msg || re.Overridable || !slices.Equal(re.Clauses, []data.Clause{41}) {
				t.Fatalf("refusal %#v", err)
			}
			if tt.field != "" && (len(re.Err.Problems) != 1 || re.Err.Problems[0] != data.Problem{Field: tt.field, Message: "不能为空"}) {
				t.Fatalf("problems %+v", re.Err.Problems)
			}
		})
	}
	if d := (StatusChange{From: data.StatusNotified, To: data.StatusCancelled, CancelReason: "x"}).Detail(); d["from"] != data.StatusNotified || d["to"] != data.StatusCancelled || d["reason"] != "x" {
		t.Fatalf("audit detail %v", d)
	}
}

// 四十一: what an archived or cancelled meeting no longer allows, and that a
// meeting past preparation is cancelled instead of deleted.
func TestFrozenMeeting四十一(t *testing.T) {
	at := func(st data.MeetingStatus) data.Meeting {
		return data.Meeting{Title: "第12次常务会议", Kind: data.MeetingExecutive, Status: st}
	}
	tests := []struct {
		name string
		err  error
		code data.Code
		msg  string
	}{
		{"participants of archived", MayChangeParticipants(at(data.StatusArchived)), data.EInvalid, "会议「第12次常务会议」已归档，不能再调整参会人员"},
		{"participants of held", MayChangeParticipants(at(data.StatusHeld)), "", ""},
		{"retired person joins", MayJoin(at(data.StatusPlanning), gone), data.EInvalid, "赵退 已不在任，不能加入参会人员"},
		{"active person joins", MayJoin(at(data.StatusPlanning), vice), "", ""},
		{"remove after held", MayRemoveParticipant(at(data.StatusHeld)), data.EInvalid, "会议「第12次常务会议」已召开，参会名单不能再删减"},
		{"remove when notified", MayRemoveParticipant(at(data.StatusNotified)), "", ""},
		{"sign in when cancelled", MaySignIn(at(data.StatusCancelled)), data.EInvalid, "会议「第12次常务会议」已取消，不能再签到"},
		{"sign in when held", MaySignIn(at(data.StatusHeld)), "", ""},
		{"delete notified", MayDelete(at(data.StatusNotified)), data.EReferenced, "会议「第12次常务会议」已通知，不能删除；请改为取消并写明原因"},
		{"delete in preparation", MayDelete(at(data.StatusPlanning)), "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.msg == "" {
				if tt.err != nil {
					t.Fatal(tt.err)
				}
				return
			}
			re, ok := data.RuleRefusal(tt.err)
			if !ok || re.Err.Code != tt.code || re.Err.Message != tt.msg || !slices.Equal(re.Clauses, []data.Clause{41}) {
				t.Fatalf("got %#v", tt.err)
			}
		})
	}
}

// 四十 to 四十四: the form offers as chair the leaders, the office's heads
// and units' heads in office; a new meeting starts with the 市长.
func TestChairCandidates四十至四十四(t *testing.T) {
	lead := data.Person{ID: 20, Name: "副市长甲", Rank: 2, Roles: []data.Role{data.RoleViceMayor}, Active: true}
	m := mayor
	m.Rank = 1
	got := ChairCandidates([]data.Person{m, lead, gone, head, director, staff, npc1})
	var names []string
	for _, p := range got {
		names = append(names, p.Name)
	}
	if want := []string{"王建国", "副市长甲", "陈局", "孙主任"}; !slices.Equal(names, want) {
		t.Fatalf("candidates %v, want %v", names, want)
	}
	if p, ok := DefaultChair([]data.Person{lead, m}); !ok || p.ID != mayor.ID {
		t.Fatalf("default chair %+v %v", p, ok)
	}
	if _, ok := DefaultChair([]data.Person{lead}); ok {
		t.Fatal("a default chair without a 市长")
	}
}
