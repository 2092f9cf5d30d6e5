package store

import (
	"strings"
	"testing"

	"huiwu/data"
	"huiwu/rules"
)

// 十九 through the store: a town's normative document filed late and without
// its own legal review is registered with those flags audited, registered
// and reviewed by the 司法局, found in conflict and ordered amended; a
// government leader's unit cannot file.
func TestFilingRegister十九(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	town := r.unit("上黄镇")
	f, err := s.AddFiling(ctx, data.Filing{
		UnitID: town.ID, Title: "上黄镇农村宅基地管理办法", Number: "上政发〔2026〕9号",
		Issued: dayOf("2026-09-01"), Received: dayOf("2026-09-20"), Consulted: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	var detail string
	if err := s.db.QueryRow("SELECT detail FROM audit_log WHERE action = 'filing.add' AND entity_id = ?", f.ID).Scan(&detail); err != nil ||
		!strings.Contains(detail, "期限 2026-09-16，2026-09-20 才收到") || !strings.Contains(detail, "未经本单位法制审核机构合法性审查") {
		t.Fatalf("flags audited: %s %v", detail, err)
	}
	if _, err := s.FilingStep(ctx, f.ID, "review", rules.FilingPass, "", dayOf("2026-09-21")); err == nil {
		t.Fatal("reviewed before registration")
	}
	for _, st := range []struct{ step, result, ref, on string }{
		{"register", "", "", "2026-09-21"},
		{"review", rules.FilingConflict, "", "2026-09-28"},
		{"order", rules.OrderAmend, "溧政发〔2026〕30号", "2026-09-30"},
	} {
		if f, err = s.FilingStep(ctx, f.ID, st.step, st.result, st.ref, dayOf(st.on)); err != nil {
			t.Fatalf("%s: %v", st.step, err)
		}
	}
	fs, err := s.Filings(ctx, 2026)
	if err != nil || len(fs) != 1 || fs[0].Review != rules.FilingConflict || fs[0].Order != rules.OrderAmend || fs[0].OrderRef != "溧政发〔2026〕30号" ||
		dateOf(fs[0].RegisteredOn) != "2026-09-21" || fs[0].UnitName != town.Name {
		t.Fatalf("register %+v %v", fs, err)
	}
	if fs, _ := s.Filings(ctx, 2025); len(fs) != 0 {
		t.Fatalf("2025 lists %d filings", len(fs))
	}
	leaders := r.unit("人大办")
	if _, err := s.AddFiling(ctx, data.Filing{UnitID: leaders.ID, Title: "x", Issued: dayOf("2026-09-01"), Received: dayOf("2026-09-02")}); err == nil ||
		data.ProblemsOf(err)[0].Field != "制定单位" {
		t.Fatalf("the 人大办 filing with the 市政府: %v", err)
	}
}

// 十九 on the 工作台: a filing is listed with the step it waits for until
// none is left; the order owed on one found at fault is the 市政府's and
// marked late; and the read uses the partial index of the open filings.
func TestDeskFiledLines十九(t *testing.T) {
	s := withDemo(t)
	r := demoRoster(t, s)
	f, err := s.AddFiling(ctx, data.Filing{UnitID: r.unit("上黄镇").ID, Title: "上黄镇农村宅基地管理办法", Issued: dayOf("2026-09-01"), Received: dayOf("2026-09-10"), Consulted: true, OwnReview: true})
	if err != nil {
		t.Fatal(err)
	}
	lines := func() []data.DeskLine {
		t.Helper()
		d, err := s.Desk(ctx, dayOf("2026-10-08"))
		if err != nil {
			t.Fatal(err)
		}
		return d.Filed
	}
	for _, st := range []struct{ step, result, ref, on, want string }{
		{"", "", "", "", "待司法局备案登记（第十九条）"},
		{"register", "", "", "2026-09-11", "待司法局审查（第十九条）"},
		{"review", rules.FilingProcedure, "", "2026-09-20", "违反程序，待报请市政府责令修改或予以撤销（第十九条）"},
		{"order", rules.OrderRevoke, "溧政发〔2026〕31号", "2026-09-30", ""},
	} {
		if st.step != "" {
			if _, err := s.FilingStep(ctx, f.ID, st.step, st.result, st.ref, dayOf(st.on)); err != nil {
				t.Fatalf("%s: %v", st.step, err)
			}
		}
		ls := lines()
		if st.want == "" {
			if len(ls) != 0 {
				t.Fatalf("after %s: %+v", st.step, ls)
			}
			continue
		}
		if len(ls) != 1 || ls[0].ID != f.ID || ls[0].Kind != data.DeskFiling || ls[0].Title != "溧阳市上黄镇《上黄镇农村宅基地管理办法》" ||
			strings.Join(ls[0].Needs, "") != st.want || ls[0].Late != (st.step == "review") || dateOf(ls[0].Day) != "2026-09-10" {
			t.Fatalf("after %q: %+v", st.step, ls)
		}
	}
	var plan string
	if err := s.db.QueryRow(`EXPLAIN QUERY PLAN SELECT f.id FROM normative_filings f JOIN units u ON u.id = f.unit_id
		WHERE (f.registered_on = '' OR f.review = '' OR (f.review <> 'pass' AND f.order_kind = '')) ORDER BY f.received_on, f.id`).Scan(new(int), new(int), new(int), &plan); err != nil ||
		!strings.Contains(plan, "normative_filings_open") {
		t.Fatalf("plan %q %v", plan, err)
	}
}
