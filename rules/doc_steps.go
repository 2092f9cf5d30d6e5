package rules

import (
	"slices"
	"time"

	"huiwu/data"
)

// The steps of a document after its intake (四十七) and countersigning
// (四十八): the office's opinion routes it to a leader (四十九), the leader's
// 批示 is recorded, and the office closes it. The store loads the document,
// asks here what the step does to it, and writes that.

// docOpen tells whether a document may go on at all: one returned under
// 四十七 goes back to its unit first.
func docOpen(d data.Document) bool { return d.Status != data.DocReturned }

// routable are the states from which routing moves a document to 已呈批;
// a document further on keeps its place when its opinion is revised.
var routable = []data.DocStatus{data.DocRegistered, data.DocCountersign}

// notRouted are the states in which no leader has the document yet, so no
// 批示 can be recorded (四十九).
var notRouted = []data.DocStatus{data.DocReturned, data.DocRegistered, data.DocCountersign}

// closable are the states a document is closed from: after the leader's
// 批示, or for a normative document after its 备案.
var closable = []data.DocStatus{data.DocInstructed, data.DocFiled}

// RouteStep decides the office's opinion on document d as loaded (四十九
// after 四十八): refused for a returned document or while countersigning is
// unfinished (ReadyToRoute); otherwise the document's state afterwards.
func RouteStep(d data.Document, cs []data.Countersign, dispute string, signed []data.DisputeSign) (data.DocStatus, error) {
	if !docOpen(d) {
		return d.Status, refuse(c47, "公文「%s」已退回（%s），不能呈批", d.Title, d.Problem)
	}
	if err := ReadyToRoute(cs, dispute, signed); err != nil {
		return d.Status, err
	}
	if slices.Contains(routable, d.Status) {
		return data.DocRouted, nil
	}
	return d.Status, nil
}

// Instruction decides recording leader p's 批示 on document d on day
// (四十九, 六): only on a routed document and only by a leader of the
// government; written by the 市长's delegate while the 市长 is away, it is
// marked 受市长委托 with the reason. It returns that mark and the document's
// state afterwards (已批示 the first time).
func Instruction(d data.Document, p data.Person, ds []data.Delegation, day time.Time) (delegated string, next data.DocStatus, err error) {
	if slices.Contains(notRouted, d.Status) {
		return "", d.Status, refuse(c49, "公文「%s」尚未呈批，不能记录批示（第四十九条）", d.Title)
	}
	if !IsLeader(p) {
		return "", d.Status, refuse(c49, "%s 不是市政府领导，不能记录为批示", p.Name)
	}
	if dl, ok := DelegationOn(ds, day); ok && dl.DelegateID == p.ID {
		delegated = "受市长委托（" + dl.Reason + "）"
	}
	next = d.Status
	if d.Status == data.DocRouted {
		next = data.DocInstructed
	}
	return delegated, next, nil
}

// CloseStep decides closing document d (已办结): once the leader's 批示 is
// recorded, or a normative document is filed (十九).
func CloseStep(d data.Document) error {
	if !slices.Contains(closable, d.Status) {
		return refuse(c49, "公文「%s」%s，尚不能办结：须先有领导批示（规范性文件须先备案）", d.Title, statusWord(d.Status))
	}
	return nil
}

func statusWord(st data.DocStatus) string {
	return map[data.DocStatus]string{
		data.DocRegistered: "刚登记", data.DocReturned: "已退回", data.DocCountersign: "正在会签", data.DocRouted: "已呈批待批示",
		data.DocSigned: "已审签", data.DocIssued: "已印发待备案", data.DocClosedStatus: "已办结",
	}[st]
}

// DocSteps are the steps of a document's page a secretary may take now.
type DocSteps struct {
	Countersign bool // 四十八: start countersigning (once)
	Route       bool // 四十九: write the opinion and route
	Instruct    bool // record a leader's 批示 (once routed)
	Close       bool // 已办结
	Dispute     bool // 四十八: summarise a disagreement (once a unit disagreed)
	DisputeSign bool // 四十八: a disagreeing unit signs the summary (once there is one)
}

// DocMoves says which steps record r allows, so that a screen asks instead
// of coding the workflow again.
func DocMoves(r data.DocRecord) DocSteps {
	open := docOpen(r.Doc)
	return DocSteps{
		Countersign: open && len(r.Countersigns) == 0,
		Route:       open,
		Instruct:    r.RouteLeaderID != 0,
		Close:       slices.Contains(closable, r.Doc.Status),
		Dispute:     slices.ContainsFunc(r.Countersigns, disagreed),
		DisputeSign: r.Dispute != "" && len(UnsignedAgainst(r.Countersigns, r.DisputeSigns)) > 0,
	}
}
