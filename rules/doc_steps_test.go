package rules

import (
	"testing"

	"huiwu/data"
)

// 四十九 after 四十八: routing moves a registered or countersigned document to
// 已呈批, keeps a document further on where it is, and is refused for a
// returned one or while a reply is missing.
func TestRouteStep四十九(t *testing.T) {
	doc := func(st data.DocStatus) data.Document {
		return data.Document{Title: "关于修缮校舍的请示", Status: st, Problem: "越级报文（第四十七条）"}
	}
	silent := []data.Countersign{{UnitName: "交通局", Due: day("2026-10-13")}}
	agreed := []data.Countersign{{UnitName: "交通局", Reply: data.ReplyAgree}}
	tests := []struct {
		name   string
		st     data.DocStatus
		cs     []data.Countersign
		next   data.DocStatus
		msg    string
		clause data.Clause
	}{
		{"registered", data.DocRegistered, nil, data.DocRouted, "", 0},
		{"countersigned", data.DocCountersign, agreed, data.DocRouted, "", 0},
		{"instructed keeps its place", data.DocInstructed, agreed, data.DocInstructed, "", 0},
		{"returned", data.DocReturned, nil, data.DocReturned, "公文「关于修缮校舍的请示」已退回（越级报文（第四十七条）），不能呈批", c47},
		{"a reply missing", data.DocCountersign, silent, data.DocCountersign, "交通局 尚未回复会签意见（期限 2026-10-13），会签完成后再呈批（第四十八条）", c48},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			next, err := RouteStep(doc(tt.st), tt.cs, "", nil)
			wantRefusal(t, err, data.EInvalid, tt.msg, tt.clause)
			if next != tt.next {
				t.Errorf("next %s, want %s", next, tt.next)
			}
		})
	}
}

// 四十九 and 六: a 批示 is a leader's, on a routed document; the delegate's
// while the 市长 is away says so; the first one makes the document 已批示.
func TestInstruction四十九(t *testing.T) {
	away := []data.Delegation{{DelegateID: exec.ID, From: day("2026-09-14"), To: day("2026-09-18"), Reason: "学习"}}
	doc := func(st data.DocStatus) data.Document {
		return data.Document{Title: "关于修缮校舍的请示", Status: st}
	}
	tests := []struct {
		name      string
		st        data.DocStatus
		p         data.Person
		on        string
		delegated string
		next      data.DocStatus
		msg       string
	}{
		{"vice-mayor on a routed document", data.DocRouted, vice, "2026-10-20", "", data.DocInstructed, ""},
		{"a second 批示", data.DocInstructed, mayor, "2026-10-20", "", data.DocInstructed, ""},
		{"the delegate while the mayor is away", data.DocRouted, exec, "2026-09-16", "受市长委托（学习）", data.DocInstructed, ""},
		{"the delegate after the delegation", data.DocRouted, exec, "2026-09-21", "", data.DocInstructed, ""},
		{"not yet routed", data.DocCountersign, vice, "2026-10-20", "", data.DocCountersign, "公文「关于修缮校舍的请示」尚未呈批，不能记录批示（第四十九条）"},
		{"a unit head", data.DocRouted, head, "2026-10-20", "", data.DocRouted, "陈局 不是市政府领导，不能记录为批示"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			delegated, next, err := Instruction(doc(tt.st), tt.p, away, day(tt.on))
			wantRefusal(t, err, data.EInvalid, tt.msg, c49)
			if delegated != tt.delegated || next != tt.next {
				t.Errorf("got %q %s, want %q %s", delegated, next, tt.delegated, tt.next)
			}
		})
	}
}

// Closing (已办结) follows the 批示, or the 备案 of a normative document (十九);
// the page offers exactly the steps the store accepts.
func TestCloseStepAndDocMoves四十九(t *testing.T) {
	tests := []struct {
		st    data.DocStatus
		msg   string
		moves DocSteps
	}{
		{data.DocRegistered, "公文「请示」刚登记，尚不能办结：须先有领导批示（规范性文件须先备案）", DocSteps{Countersign: true, Route: true}},
		{data.DocReturned, "公文「请示」已退回，尚不能办结：须先有领导批示（规范性文件须先备案）", DocSteps{}},
		{data.DocRouted, "公文「请示」已呈批待批示，尚不能办结：须先有领导批示（规范性文件须先备案）", DocSteps{Countersign: true, Route: true, Instruct: true}},
		{data.DocInstructed, "", DocSteps{Countersign: true, Route: true, Instruct: true, Close: true}},
		{data.DocIssued, "公文「请示」已印发待备案，尚不能办结：须先有领导批示（规范性文件须先备案）", DocSteps{Countersign: true, Route: true}},
		{data.DocFiled, "", DocSteps{Countersign: true, Route: true, Close: true}},
	}
	for _, tt := range tests {
		t.Run(string(tt.st), func(t *testing.T) {
			d := data.Document{Title: "请示", Status: tt.st}
			wantRefusal(t, CloseStep(d), data.EInvalid, tt.msg, c49)
			r := data.DocRecord{Doc: d}
			if tt.st == data.DocRouted || tt.st == data.DocInstructed {
				r.RouteLeaderID = vice.ID
			}
			if got := DocMoves(r); got != tt.moves {
				t.Errorf("DocMoves = %+v, want %+v", got, tt.moves)
			}
		})
	}
	r := data.DocRecord{Doc: data.Document{Status: data.DocCountersign}, Countersigns: []data.Countersign{{UnitName: "交通局"}}}
	if got := DocMoves(r); got.Countersign {
		t.Error("countersigning offered a second time")
	}
}

// 四十八: the summary is offered once a unit disagreed, and its signature
// while a disagreeing unit has not signed it.
func TestDocMovesDispute四十八(t *testing.T) {
	against := data.Countersign{UnitID: 9, UnitName: "资规局", Reply: data.ReplyDisagree}
	agree := data.Countersign{UnitID: 7, UnitName: "财政局", Reply: data.ReplyAgree}
	signed := []data.DisputeSign{{UnitID: 9, UnitName: "资规局", Signer: "何科长"}}
	tests := []struct {
		name          string
		cs            []data.Countersign
		dispute       string
		signed        []data.DisputeSign
		summ, signing bool
		unsigned      int
	}{
		{"all agreed", []data.Countersign{agree}, "", nil, false, false, 0},
		{"a disagreement, no summary", []data.Countersign{agree, against}, "", nil, true, false, 1},
		{"summary awaiting its signature", []data.Countersign{agree, against}, "双方理由", nil, true, true, 1},
		{"summary signed", []data.Countersign{agree, against}, "双方理由", signed, true, false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := DocMoves(data.DocRecord{Doc: data.Document{Status: data.DocCountersign}, Countersigns: tt.cs, Dispute: tt.dispute, DisputeSigns: tt.signed})
			if m.Dispute != tt.summ || m.DisputeSign != tt.signing || len(UnsignedAgainst(tt.cs, tt.signed)) != tt.unsigned {
				t.Errorf("moves %+v, unsigned %v", m, UnsignedAgainst(tt.cs, tt.signed))
			}
		})
	}
}
