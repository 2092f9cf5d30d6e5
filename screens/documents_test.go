package screens

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// widgetOf finds a form row's widget by the data layer's field name.
func widgetOf(t *testing.T, f *formDialog, name string) any {
	t.Helper()
	for _, fl := range f.fields {
		if fl.name == name {
			return fl.item.Widget
		}
	}
	t.Fatalf("no field %s", name)
	return nil
}

func documents(r *rig) *documentsScreen {
	r.shell.Show("documents")
	return r.shell.screens[r.shell.index("documents")].keys.(*documentsScreen)
}

func saved(t *testing.T, f *formDialog) {
	t.Helper()
	test.Tap(f.save)
	if f.open {
		t.Fatalf("form not saved: %s", f.summary.Text)
	}
}

// A town's 请示 walked through the screens: registered, countersigned by
// three departments (四十八), one silent past its deadline and recorded as
// 无不同意见 by the clock-driven check, the office's opinion routed to the
// 分管 leader (四十九), and the leader's 批示 recorded.
func TestRequestThroughCountersignToInstruction(t *testing.T) {
	r := newRig(t)
	r.store.Now = func() time.Time { return time.Date(2026, 9, 28, 10, 0, 0, 0, time.UTC) }
	ds := documents(r)
	f := ds.openForm(data.Document{Kind: data.DocRequest, Intake: data.Intake{ViaOffice: true, MattersSeen: 1}})
	test.Type(widgetOf(t, f, "标题").(*keyEntry), "关于申请农村道路提档升级补助资金的请示")
	widgetOf(t, f, "来文单位").(*widget.SelectEntry).SetText("溧阳市溧城街道")
	test.Type(widgetOf(t, f, "收文日期").(*dateEntry), "2026-09-28")
	saved(t, f)
	if len(ds.list.all) != 1 || ds.list.all[0].Status != data.DocRegistered {
		t.Fatalf("register: %+v", ds.list.all)
	}
	ds.open(ds.list.all[0].ID)
	p := ds.page

	start := p.askStart()
	units := widgetOf(t, start, "会签单位").(*container.Scroll).Content.(*widget.CheckGroup)
	units.SetSelected([]string{"溧阳市财政局", "溧阳市交通运输局", "溧阳市自然资源和规划局"})
	saved(t, start)
	if len(p.rec.Countersigns) != 3 || p.rec.Countersigns[0].Due.Format(data.DateLayout) != "2026-10-13" {
		t.Fatalf("countersigns %+v", p.rec.Countersigns)
	}
	for _, c := range p.rec.Countersigns[:2] {
		rf := p.askReply(c)
		widgetOf(t, rf, "会签意见").(*widget.RadioGroup).SetSelected(replyLabel(data.ReplyAgree))
		test.Type(widgetOf(t, rf, "回复人").(*keyEntry), "张科长")
		date := widgetOf(t, rf, "回复日期").(*dateEntry)
		date.SetText("2026-10-09")
		saved(t, rf)
	}
	if !strings.Contains(p.route.Text, "将呈") || !strings.Contains(p.route.Text, "分管副市长") {
		t.Errorf("preview %q", p.route.Text)
	}
	// The routing is refused while a unit has not replied.
	test.Type(p.opinion, "拟请分管副市长阅示")
	test.Tap(p.routeBtn)
	if p.rec.RouteLeaderID != 0 {
		t.Fatal("routed with a reply outstanding")
	}
	// The day after the deadline the background check records the lapse.
	r.store.Now = func() time.Time { return time.Date(2026, 10, 14, 8, 0, 0, 0, time.UTC) }
	ds.reload() // before the check runs, the list shows who is late
	if cell := ds.list.cells(ds.list.all[0])[5]; !strings.Contains(cell, "逾期未回复："+p.rec.Countersigns[2].UnitName) {
		t.Fatalf("list cell %q", cell)
	}
	if n, err := r.store.LapseOverdue(context.Background()); err != nil || n != 1 {
		t.Fatalf("lapse: %d %v", n, err)
	}
	p.reload()
	last := p.rec.Countersigns[2]
	if last.Reply != data.ReplyLapsed || !strings.Contains(rowText(p), "逾期未回复，视为无不同意见") {
		t.Fatalf("lapsed row: %+v / %s", last, rowText(p))
	}
	test.Tap(p.routeBtn)
	if p.rec.RouteLeaderID == 0 || !strings.Contains(p.route.Text, "分管副市长") {
		t.Fatalf("route: %q", p.route.Text)
	}
	in := p.askInstruction()
	if widgetOf(t, in, "批示领导").(*widget.Select).Selected == "" {
		t.Error("the routed leader is not offered first")
	}
	test.Type(widgetOf(t, in, "批示内容").(*keyEntry), "同意，请财政局会同交通局研究落实。")
	widgetOf(t, in, "批示日期").(*dateEntry).SetText("2026-10-15")
	saved(t, in)
	if len(p.rec.Instructions) != 1 || p.rec.Doc.Status != data.DocInstructed || len(p.instructions.Objects) != 1 {
		t.Fatalf("instruction: %+v", p.rec)
	}
	test.Tap(p.closeBtn)
	if p.rec.Doc.Status != data.DocClosedStatus || !p.closeBtn.Disabled() {
		t.Fatalf("closing: %s", p.rec.Doc.Status)
	}
}

func rowText(p *docPage) string {
	var b strings.Builder
	for _, o := range test.LaidOutObjects(p.signs) {
		if l, ok := o.(*widget.Label); ok {
			b.WriteString(l.Text + "\n")
		}
	}
	return b.String()
}

// 四十七: a document sent straight to a leader is kept, returned, and the
// list shows why; a bad date is named under its field.
func TestReturnedDocumentStaysWithItsProblem(t *testing.T) {
	r := newRig(t)
	ds := documents(r)
	f := ds.openForm(data.Document{Kind: data.DocReport, Intake: data.Intake{ViaOffice: true, MattersSeen: 1}})
	test.Type(widgetOf(t, f, "标题").(*keyEntry), "关于上半年安全生产工作情况的报告")
	widgetOf(t, f, "来文单位").(*widget.SelectEntry).SetText("溧阳市应急管理局")
	test.Type(widgetOf(t, f, "收文日期").(*dateEntry), "2026-02-30")
	test.Tap(f.save)
	if !f.open || !strings.Contains(r.hint(f, "收文日期"), "无效") {
		t.Fatalf("bad date: open %v hint %q", f.open, r.hint(f, "收文日期"))
	}
	widgetOf(t, f, "收文日期").(*dateEntry).SetText("2026-07-06")
	widgetOf(t, f, "报送方式").(*widget.CheckGroup).SetSelected([]string{
		lang.L("intake.via_office"), lang.L("intake.to_leader"), lang.L("intake.has_request"),
	})
	saved(t, f)
	d := ds.list.all[0]
	if d.Status != data.DocReturned || !strings.Contains(d.Problem, "领导个人") || !strings.Contains(d.Problem, "夹带") {
		t.Fatalf("returned: %+v", d)
	}
	if cells := ds.list.cells(d); !strings.Contains(cells[5], "第四十七条") {
		t.Errorf("list cell %q", cells[5])
	}
	ds.open(d.ID)
	if !ds.page.startSign.Disabled() || ds.page.findings.Importance != widget.DangerImportance {
		t.Error("a returned document offers a countersign")
	}
}

// 五十 on the page: signing without a legal review is refused with the
// clause; after a lawful review it is signed; the draft joins the plan (十七).
func TestNormativeCardRefusesThenSigns(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	units, _ := r.store.Units(ctx)
	var unit data.Unit
	for _, u := range units {
		if u.ShortName == "交通局" {
			unit = u
		}
	}
	d, err := r.store.SaveDocument(ctx, data.Document{
		Kind: data.DocNormative, Title: "溧阳市城市道路占用挖掘管理办法（草案）", UnitID: unit.ID, Received: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC),
		Disclosure: "主动公开", Intake: data.Intake{ViaOffice: true, MattersSeen: 1},
	})
	if err != nil {
		t.Fatal(err)
	}
	item, err := r.store.SavePlanItem(ctx, data.PlanItem{Year: 2026, Title: "溧阳市城市道路占用挖掘管理办法", UnitID: unit.ID})
	if err != nil {
		t.Fatal(err)
	}
	ds := documents(r)
	ds.open(d.ID)
	p := ds.page
	if p.normative.view.Hidden || !strings.Contains(p.normative.state.Text, "尚未经司法局合法性审查") {
		t.Fatalf("card: hidden %v %q", p.normative.view.Hidden, p.normative.state.Text)
	}
	f := p.normative.askStep(data.DocSigned)
	widgetOf(t, f, "日期").(*dateEntry).SetText("2026-03-10")
	test.Tap(f.save)
	if !f.open || !strings.Contains(f.summary.Text, "第五十条") {
		t.Fatalf("signing without review: open %v %q", f.open, f.summary.Text)
	}
	f.cancel()
	rv := p.normative.askReview()
	widgetOf(t, rv, "审查日期").(*dateEntry).SetText("2026-03-20")
	test.Type(widgetOf(t, rv, "意见书文号").(*keyEntry), "溧司审〔2026〕4号")
	saved(t, rv)
	f = p.normative.askStep(data.DocSigned)
	widgetOf(t, f, "日期").(*dateEntry).SetText("2026-04-10")
	test.Tap(f.save)
	// 十七: outside the plan, the reason's form follows the day's.
	o := p.normative.override
	if f.open || o == nil || !strings.Contains(widgetOf(t, o, "拒绝原因").(*widget.Label).Text, "第十七条") {
		t.Fatalf("an unplanned draft: day form open %v, override form %v", f.open, o)
	}
	test.Type(widgetOf(t, o, "越规理由").(*keyEntry), "省厅要求年内出台")
	saved(t, o)
	if p.rec.Doc.Status != data.DocSigned || !strings.Contains(p.normative.state.Text, "合法（2026年3月20日（星期五）") ||
		!strings.Contains(p.normative.state.Text, "计划外提请审议的理由（第十七条）：省厅要求年内出台") {
		t.Fatalf("after review: %s %q", p.rec.Doc.Status, p.normative.state.Text)
	}
	if err := r.store.LinkPlanItem(ctx, item.ID, d.ID); err != nil {
		t.Fatal(err)
	}
	p.reload()
	if !strings.Contains(p.normative.state.Text, "已列入 2026 年度") {
		t.Errorf("plan: %q", p.normative.state.Text)
	}
}

// 四十八 through the forms: an extension needs a later date and a reason, a
// disagreement needs its reasons, and the lead unit's summary follows.
func TestExtensionDisagreementAndDispute(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	units, _ := r.store.Units(ctx)
	ids := map[string]int64{}
	for _, u := range units {
		ids[u.ShortName] = u.ID
	}
	d, err := r.store.SaveDocument(ctx, data.Document{
		Kind: data.DocRequest, Title: "关于城东小学新建工程用地的请示", UnitID: ids["教育局"],
		Received: time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC), Intake: data.Intake{ViaOffice: true, MattersSeen: 1},
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := r.store.StartCountersign(ctx, d.ID, []int64{ids["资规局"], ids["住建局"]}, d.Received); err != nil {
		t.Fatal(err)
	}
	ds := documents(r)
	ds.open(d.ID)
	p := ds.page
	if dateText(p.rec.Countersigns[0].Due) != "2026年2月26日（星期四）" { // across 春节, the 14th a make-up Saturday
		t.Fatalf("due %s", dateText(p.rec.Countersigns[0].Due))
	}
	ext := p.askExtend(p.rec.Countersigns[1])
	widgetOf(t, ext, "延长至").(*dateEntry).SetText("2026-02-20")
	test.Tap(ext.save)
	if !ext.open || !strings.Contains(r.hint(ext, "延长至"), "应晚于") || !strings.Contains(r.hint(ext, "延期理由"), "理由") {
		t.Fatalf("bad extension: %q / %q", r.hint(ext, "延长至"), r.hint(ext, "延期理由"))
	}
	widgetOf(t, ext, "延长至").(*dateEntry).SetText("2026-03-04")
	test.Type(widgetOf(t, ext, "延期理由").(*keyEntry), "需核对地块红线")
	saved(t, ext)
	rf := p.askReply(p.rec.Countersigns[0])
	widgetOf(t, rf, "会签意见").(*widget.RadioGroup).SetSelected(replyLabel(data.ReplyDisagree))
	test.Type(widgetOf(t, rf, "回复人").(*keyEntry), "罗科长")
	widgetOf(t, rf, "回复日期").(*dateEntry).SetText("2026-02-25")
	test.Tap(rf.save)
	if !rf.open || !strings.Contains(r.hint(rf, "理由"), "第四十八条") {
		t.Fatalf("disagreement without reasons: %q", r.hint(rf, "理由"))
	}
	test.Type(widgetOf(t, rf, "理由").(*keyEntry), "地块涉及基本农田，须先调规")
	saved(t, rf)
	if p.disputeBtn.Disabled() {
		t.Fatal("dispute button off after a disagreement")
	}
	df := p.askDispute()
	test.Type(widgetOf(t, df, "各方理由").(*keyEntry), "资规局认为须先调规；教育局认为可同步办理")
	test.Type(widgetOf(t, df, "主办单位意见").(*keyEntry), "先行启动调规，同步开展前期工作")
	saved(t, df)
	if !strings.Contains(p.dispute.Text, "先行启动调规") || !strings.Contains(rowText(p), "商定延至 2026年3月4日（星期三）") {
		t.Fatalf("dispute %q rows %s", p.dispute.Text, rowText(p))
	}
	if p.disputeSignBtn.Disabled() {
		t.Fatal("no way to countersign the summary")
	}
	sg := p.askDisputeSign()
	test.Type(widgetOf(t, sg, "签字人").(*keyEntry), "罗科长")
	widgetOf(t, sg, "签字日期").(*dateEntry).SetText("2026-02-27")
	saved(t, sg)
	if !strings.Contains(p.dispute.Text, "溧阳市自然资源和规划局 罗科长 已会签") || !p.disputeSignBtn.Disabled() {
		t.Fatalf("after signing: %q", p.dispute.Text)
	}
}

// The countersign list puts the late units first, then by deadline, and
// leaves out the replies.
func TestPendingSignsLateFirst四十八(t *testing.T) {
	d := func(s string) time.Time { t, _ := time.Parse(data.DateLayout, s); return t }
	got := pendingSigns([]data.Countersign{
		{UnitName: "waiting later", Due: d("2026-12-04")},
		{UnitName: "replied", Due: d("2026-11-01"), Reply: data.ReplyAgree},
		{UnitName: "late", Due: d("2026-11-27"), Overdue: true},
		{UnitName: "waiting sooner", Due: d("2026-11-10"), ExtendedTo: d("2026-12-01")},
	})
	var names []string
	for _, c := range got {
		names = append(names, c.UnitName)
	}
	if strings.Join(names, ",") != "late,waiting sooner,waiting later" {
		t.Errorf("order %v", names)
	}
}

// 年度 (issue 9): the register opens on this year. A document closed two
// years ago shows under 全部 and under its year, not by default; one still
// open from then shows in every year, with its overdue countersign marked;
// the closed one's overdue mark is not loaded where it is not listed.
func TestDocumentsOfTheYear(t *testing.T) {
	r := newRig(t)
	this := time.Now().Year()
	earlier := this - 2
	r.store.Now = func() time.Time { return time.Date(this, 1, 10, 10, 0, 0, 0, time.UTC) }
	town, fin := unitNamed(t, r, "溧阳市溧城街道"), unitNamed(t, r, "溧阳市财政局")
	doc := func(title string, year int, status data.DocStatus) int64 {
		t.Helper()
		d, err := r.store.SaveDocument(t.Context(), data.Document{
			Kind: data.DocRequest, Title: title, UnitID: town,
			Received: time.Date(year, 5, 6, 0, 0, 0, 0, time.UTC), Intake: data.Intake{ViaOffice: true, MattersSeen: 1},
		})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := r.store.DB().Exec("UPDATE documents SET status = ? WHERE id = ?", status, d.ID); err != nil {
			t.Fatal(err)
		}
		// Sent to the 财政局 that May, never answered: overdue.
		if _, err := r.store.DB().Exec("INSERT INTO countersigns (doc_id, unit_id, sent, due) VALUES (?, ?, ?, ?)",
			d.ID, fin, fmt.Sprintf("%d-05-06", year), fmt.Sprintf("%d-05-15", year)); err != nil {
			t.Fatal(err)
		}
		return d.ID
	}
	closed := doc("两年前已办结的请示", earlier, data.DocClosedStatus)
	open := doc("两年前会签至今的请示", earlier, data.DocCountersign)
	doc("今年已办结的请示", this, data.DocClosedStatus)
	ds := documents(r)
	ds.reload()
	titles := func() string {
		var ts []string
		for _, d := range ds.list.all {
			ts = append(ts, d.Title)
		}
		return strings.Join(ts, "；")
	}
	if got := titles(); got != "今年已办结的请示；两年前会签至今的请示" || !strings.Contains(ds.list.count.Text, "2") {
		t.Fatalf("this year: %s (%s)", got, ds.list.count.Text)
	}
	if len(ds.late[open]) != 1 || ds.late[closed] != nil {
		t.Errorf("overdue marks %v", ds.late)
	}
	if cells := ds.list.cells(ds.list.all[1]); !strings.Contains(cells[5], "财政局") {
		t.Errorf("the open document's state %q lacks its late unit", cells[5])
	}
	ds.year.SetSelected(strconv.Itoa(earlier))
	if got := titles(); got != "两年前会签至今的请示；两年前已办结的请示" && got != "两年前已办结的请示；两年前会签至今的请示" {
		t.Errorf("%d: %s", earlier, got)
	}
	ds.year.SetSelected(ds.year.Options[0]) // 全部
	if len(ds.list.all) != 3 || len(ds.late[closed]) != 1 || !strings.Contains(ds.list.count.Text, "3") {
		t.Errorf("every year: %s, marks %v", titles(), ds.late)
	}
}
