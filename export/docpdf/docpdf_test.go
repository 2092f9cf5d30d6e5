package docpdf

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"huiwu/data"
	"huiwu/export/paper"
	"huiwu/rules"
)

func on(s string) time.Time {
	t, err := time.Parse(data.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

func record() data.DocRecord {
	return data.DocRecord{
		Doc: data.Document{
			ID: 7, Kind: data.DocRequest, Title: "关于申请农村道路提档升级补助资金的请示", UnitName: "溧阳市溧城街道", Number: "溧城〔2026〕31号",
			Received: on("2026-09-28"), Classification: "秘密", SecrecyTerm: "1年",
		},
		Findings: []string{"经办公室统一扎口，无越级、多头报文，一文一事（第四十七条）"},
		Countersigns: []data.Countersign{
			{UnitName: "溧阳市财政局", Sent: on("2026-09-28"), Due: on("2026-10-13"), Reply: data.ReplyDisagree, Reasons: "按每公里12万元核定", Replier: "许科长", RepliedOn: on("2026-10-09")},
			{UnitName: "溧阳市自然资源和规划局", Sent: on("2026-09-28"), Due: on("2026-10-13"), Reply: data.ReplyLapsed, Reasons: rules.LapseText, RepliedOn: on("2026-10-14")},
			{UnitName: "溧阳市交通运输局", Sent: on("2026-09-28"), Due: on("2026-10-13"), ExtendedTo: on("2026-10-16"), ExtendReason: "需实地踏勘"},
		},
		Dispute: "街道主张15万元；财政局主张12万元", Proposal: "按12万元",
		DisputeSigns: []data.DisputeSign{{UnitName: "溧阳市财政局", Signer: "许科长", On: on("2026-10-16")}},
		Opinion:      "拟呈市长审示。", OpinionBy: "郑秘书", OpinionOn: on("2026-10-19"),
		RouteLeaderID: 1, RouteLeader: "王建国", RouteReason: "涉及须向市长报告的事项，呈市长（第八条）",
		Instructions: []data.Instruction{
			{PersonID: 1, PersonName: "王建国", Text: "同意。", Day: on("2026-10-21")},
			{PersonID: 3, PersonName: "周副", Text: "请交通局配合。", Day: on("2026-10-22")},
		},
	}
}

// The 处理笺 of a record carries the registration, the 四十七 answers, each
// unit's reply (the lapse in the words of 四十八), the opinion, and one box
// for the routed leader with the 批示 and one for the other leader.
func TestDocFormThroughTheLayout(t *testing.T) {
	f := DocForm(record(), on("2026-10-23"))
	if err := f.Validate(); err != nil {
		t.Fatal(err)
	}
	if f.Secrecy != "秘密★1年" || len(f.Steps) != 2 || f.Steps[0].Opinion != "同意。" || f.Steps[1].Leader != "周副" {
		t.Fatalf("form %+v", f)
	}
	var buf bytes.Buffer
	lay, err := paper.Render(f, &buf, paper.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	for _, l := range lay.Lines {
		text.WriteString(l.Text)
	}
	all := strings.ReplaceAll(text.String(), " ", "")
	for _, want := range []string{"公文处理笺", "收文日期：2026年9月28日", "视为无不同意见", "未回复（期限2026-10-16）", "拟办意见", "王建国", "同意。", "签　　名"} {
		if !strings.Contains(all, want) {
			t.Errorf("the laid-out 处理笺 lacks %q", want)
		}
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF")) {
		t.Error("not a PDF")
	}
}

// The 会签单 lists every unit with its deadline, extension and reply, and
// refuses a document with no countersign.
func TestCountersignSheet(t *testing.T) {
	s, err := Countersign(record(), on("2026-10-23"))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
	if len(s.Signed) != 1 || s.Signed[0] != "溧阳市财政局 许科长（2026年10月16日）" {
		t.Errorf("signed %v", s.Signed)
	}
	if len(s.Units) != 3 || s.Units[1].Reply != "逾期未回复，视为无不同意见" || !strings.Contains(s.Units[2].DueNote, "2026年10月16日") || s.Units[2].Reply != "" {
		t.Fatalf("sheet %+v", s.Units)
	}
	r := record()
	r.Countersigns = nil
	if _, err := Countersign(r, on("2026-10-23")); err == nil {
		t.Error("a 会签单 for a document never countersigned")
	}
}

// A slip printed before routing still has a leader's box to fill in by hand.
func TestDocFormBeforeRouting(t *testing.T) {
	r := record()
	r.RouteLeaderID, r.RouteLeader, r.RouteReason, r.Instructions, r.Opinion = 0, "", "", nil, ""
	f := DocForm(r, on("2026-10-13"))
	if err := f.Validate(); err != nil {
		t.Fatal(err)
	}
	if len(f.Steps) != 1 || f.Steps[0].Opinion != "" || f.Opinion != "" {
		t.Errorf("steps %+v", f.Steps)
	}
}
