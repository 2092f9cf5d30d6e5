package store

import (
	"strings"
	"testing"

	"huiwu/data"
)

// 五十: no 审签 or 印发 without a lawful legal review; a classified document
// needs a 保密审查; each refusal is in the audit log. 十九: 报送备案 to the
// 常州市政府 and the 市人大常委会 tracked against the office's time limit. 十七:
// the yearly plan, and a reason to sign outside it.
func TestNormativeDocument五十十九十七(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	d, err := s.SaveDocument(ctx, data.Document{
		Kind: data.DocNormative, Title: "溧阳市城市道路占用挖掘管理办法（草案）", UnitID: r.unit("交通局").ID,
		Received: dayOf("2026-09-01"), Classification: "秘密", SecrecyTerm: "1年", Disclosure: "依申请公开",
		Intake: data.Intake{ViaOffice: true, MattersSeen: 1},
	})
	if err != nil || d.Status != data.DocRegistered {
		t.Fatalf("register: %+v %v", d, err)
	}
	if err := s.NormativeStep(ctx, d.ID, data.DocSigned, dayOf("2026-09-10")); !hasProblem(err, "合法性审查") {
		t.Errorf("signed without review: %v", err)
	}
	if err := s.RecordReview(ctx, d.ID, false, dayOf("2026-09-08"), "溧司审〔2026〕9号"); err != nil {
		t.Fatal(err)
	}
	if err := s.NormativeStep(ctx, d.ID, data.DocSigned, dayOf("2026-09-10")); err == nil || !strings.Contains(err.Error(), "不合法") {
		t.Errorf("signed when found unlawful: %v", err)
	}
	if err := s.RecordReview(ctx, d.ID, true, dayOf("2026-09-12"), "溧司审〔2026〕11号"); err != nil {
		t.Fatal(err)
	}
	if err := s.NormativeStep(ctx, d.ID, data.DocSigned, dayOf("2026-09-14")); !hasProblem(err, "保密审查") {
		t.Errorf("classified signed without 保密审查: %v", err)
	}
	if err := s.NormativeStep(ctx, d.ID, data.DocIssued, dayOf("2026-09-14")); err == nil {
		t.Error("issued before signing")
	}
	if err := s.RecordSecrecyReview(ctx, d.ID, dayOf("2026-09-13")); err != nil {
		t.Fatal(err)
	}
	// 十七: outside the year's plan, signed only with a recorded reason.
	err = s.NormativeStep(ctx, d.ID, data.DocSigned, dayOf("2026-09-14"))
	if re, ok := data.RuleRefusal(err); !ok || !re.Overridable || !hasProblem(err, "年度计划") {
		t.Fatalf("an unplanned draft signed without a reason: %v", err)
	}
	if err := s.NormativeStep(ctx, d.ID, data.DocSigned, dayOf("2026-09-14"), data.Override{Clause: 17, Reason: "省厅要求年内出台"}); err != nil {
		t.Fatalf("signed with the reason: %v", err)
	}
	rec, err := s.DocRecord(ctx, d.ID)
	if err != nil || len(rec.Overrides) != 1 || rec.Overrides[0].Reason != "省厅要求年内出台" || rec.Overrides[0].Clause != 17 || rec.Doc.Status != data.DocSigned {
		t.Fatalf("the reason kept with the document: %+v %v", rec.Overrides, err)
	}
	if err := s.NormativeStep(ctx, d.ID, data.DocIssued, dayOf("2026-09-25")); err != nil {
		t.Fatalf("issue: %v", err)
	}
	// 十九: the government's own document is reported to both bodies, within
	// the office's time limit (30 days unless set: here 20), not 15 days.
	waiting, err := s.AwaitingFiling(ctx)
	if err != nil || len(waiting) != 1 || dateOf(waiting[0].FilingDue) != "2026-10-25" {
		t.Fatalf("awaiting filing %+v %v", waiting, err)
	}
	if err := s.SetSetting(ctx, SettingReportDays, "20"); err != nil {
		t.Fatal(err)
	}
	if err := s.NormativeStep(ctx, d.ID, data.DocFiled, dayOf("2026-10-12")); err == nil || !strings.Contains(err.Error(), "须分别向常州市人民政府、溧阳市人大常委会报送备案") {
		t.Fatalf("filed in one step: %v", err)
	}
	if err := s.ReportFiling(ctx, d.ID, "changzhou", dayOf("2026-10-12"), "溧政备〔2026〕3号"); err != nil {
		t.Fatal(err)
	}
	desk, err := s.Desk(ctx, dayOf("2026-10-20"))
	if err != nil || len(desk.Filing) != 1 || strings.Join(desk.Filing[0].Needs, "；") != "待报送溧阳市人大常委会备案" || dateOf(desk.Filing[0].Day) != "2026-10-15" || !desk.Filing[0].Late {
		t.Fatalf("desk after one report: %+v %v", desk.Filing, err)
	}
	if err := s.ReportFiling(ctx, d.ID, "changzhou", dayOf("2026-10-13"), ""); err == nil || !strings.Contains(err.Error(), "已报送常州市人民政府备案") {
		t.Fatalf("reported twice to one body: %v", err)
	}
	if err := s.ReportFiling(ctx, d.ID, "npc", dayOf("2026-10-16"), "溧人大备〔2026〕5号"); err != nil {
		t.Fatal(err)
	}
	rec, err = s.DocRecord(ctx, d.ID)
	if err != nil || rec.Doc.Status != data.DocFiled || dateOf(rec.FiledOn) != "2026-10-16" || len(rec.Reports) != 2 || rec.Reports[0].Late || !rec.Reports[1].Late {
		t.Fatalf("after both reports: %+v %v", rec, err)
	}
	var refused, late int
	s.db.QueryRow("SELECT count(*) FROM audit_log WHERE action = 'normative.refused'").Scan(&refused)
	s.db.QueryRow("SELECT count(*) FROM audit_log WHERE action = 'normative.report' AND detail LIKE '%\"late\":true%'").Scan(&late)
	var kept int
	s.db.QueryRow("SELECT count(*) FROM audit_log WHERE action = 'document.override' AND detail LIKE '%十七%'").Scan(&kept)
	if refused != 3 || late != 1 || kept != 1 {
		t.Errorf("%d refusals, %d late filings and %d overrides audited, want 3, 1 and 1", refused, late, kept)
	}
	item, err := s.SavePlanItem(ctx, data.PlanItem{Year: 2026, Title: "城市道路占用挖掘管理办法", UnitID: r.unit("交通局").ID})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SavePlanItem(ctx, data.PlanItem{Year: 2026, Title: "城市道路占用挖掘管理办法", UnitID: r.unit("交通局").ID}); data.ErrorCode(err) != data.EDuplicate {
		t.Errorf("duplicate plan item: %v", err)
	}
	if err := s.LinkPlanItem(ctx, item.ID, d.ID); err != nil {
		t.Fatal(err)
	}
	items, _ := s.PlanItems(ctx, 2026)
	if len(items) != 1 || items[0].DocID != d.ID || items[0].DocStatus != data.DocFiled {
		t.Errorf("plan %+v", items)
	}
}

func dateOf(t interface{ Format(string) string }) string { return t.Format(data.DateLayout) }

// A unit or leader with documents on record is refused deletion saying by
// what, not with a foreign-key error.
func TestDeleteRefusedByDocuments(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	edu := r.unit("教育局")
	d, err := s.SaveDocument(ctx, request(edu, "2026-11-02"))
	if err != nil {
		t.Fatal(err)
	}
	rec, err := s.SetOpinion(ctx, d.ID, "拟请分管副市长阅示")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteUnit(ctx, edu.ID, edu.Version); err == nil || !strings.Contains(err.Error(), "公文") {
		t.Errorf("unit deletion: %v", err)
	}
	people, _ := s.People(ctx)
	for _, p := range people {
		if p.ID == rec.RouteLeaderID {
			if err := s.DeletePerson(ctx, p.ID, p.Version); err == nil || !strings.Contains(err.Error(), "公文") {
				t.Errorf("leader deletion: %v", err)
			}
		}
	}
}
