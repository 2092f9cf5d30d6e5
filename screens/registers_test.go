package screens

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// formHint is the hint under a form row, its problem once refused.
func formHint(t *testing.T, f *problemForm, name string) string {
	t.Helper()
	it, ok := f.hints[name]
	if !ok {
		t.Fatalf("no field %s", name)
	}
	return it.HintText
}

// refused taps 保存 and expects the form to stay open with want in the
// summary (a rule's refusal naming no field) or under field.
func refused(t *testing.T, f *formDialog, field, want string) {
	t.Helper()
	test.Tap(f.save)
	if !f.open {
		t.Fatalf("saved, want refused with %q", want)
	}
	got := f.summary.Text
	if field != "" {
		got = formHint(t, f.problemForm, field)
	}
	if !strings.Contains(got, want) {
		t.Fatalf("refused with %q, want %q", got, want)
	}
}

func cellsOf[T any](l *recordList[T], i int) []string { return l.cells(l.shown[i]) }

// 三十: a 人大代表建议 registered in 公文 › 建议提案 is due 90 days after its
// 交办 (the setting's default) and shown late in red; an answer dated
// before the 交办 is refused with the rule's message; answered, it waits
// for its result to be made public, which needs where; a desk line opens it.
func TestProposalsRegister三十(t *testing.T) {
	r := newRig(t)
	ds := documents(r)
	ds.showTab(tabProposals)
	ps := ds.proposals
	if !ps.list.empty.Visible() || shownButton(ps.list.empty, "登记建议提案") == nil {
		t.Fatal("the empty register offers no 登记建议提案")
	}
	f := ps.openForm(data.Proposal{Kind: data.ProposalNPC}, proposalBasic)
	test.Type(widgetOf(t, f, "交办日期").(*dateEntry), "2026-08-01")
	refused(t, f, "标题", "不能为空")
	test.Type(widgetOf(t, f, "编号").(*keyEntry), "第12号")
	test.Type(widgetOf(t, f, "标题").(*keyEntry), "关于增设农村客运班线的建议")
	test.Type(widgetOf(t, f, "提出人").(*keyEntry), "王代表")
	widgetOf(t, f, "承办单位").(*widget.SelectEntry).SetText("溧阳市交通运输局")
	saved(t, f)
	if len(ps.list.all) != 1 {
		t.Fatalf("registered %d", len(ps.list.all))
	}
	p := ps.list.all[0]
	if got := cellsOf(&ps.list, 0); got[5] != "10月30日" || got[6] != "逾期未答复" || !ps.list.late(p) {
		t.Fatalf("row %q, late %v", got, ps.list.late(p))
	}
	f = ps.openForm(p, proposalReply)
	widgetOf(t, f, "答复日期").(*dateEntry).SetText("2026-07-01")
	test.Type(widgetOf(t, f, "答复内容").(*keyEntry), "已开通两条线路")
	refused(t, f, "", "人大代表建议 第12号 的答复日期早于交办日期")
	widgetOf(t, f, "答复日期").(*dateEntry).SetText("2026-11-20")
	saved(t, f)
	p = ps.list.all[0]
	if got := cellsOf(&ps.list, 0)[6]; got != "11月20日已答复，办理结果待公开" || ps.list.late(p) {
		t.Fatalf("answered: %q", got)
	}
	f = ps.openForm(p, proposalPublish)
	refused(t, f, "公开载体", "不能为空")
	test.Type(widgetOf(t, f, "公开载体").(*keyEntry), "市政府门户网站")
	saved(t, f)
	if got := cellsOf(&ps.list, 0)[6]; got != "已公开（市政府门户网站）" {
		t.Fatalf("published: %q", got)
	}
	ds.showTab(tabIncoming)
	r.shell.openRecord(data.DeskProposal, p.ID)
	if cur, ok := ps.list.current(); ds.tabs.SelectedIndex() != tabProposals || !ok || cur.ID != p.ID {
		t.Fatalf("the desk line opened tab %d, row %v", ds.tabs.SelectedIndex(), ok)
	}
}

// 五十, 五十一: a document issued in the government's name without its 公开属性
// is refused with 五十's message; the target set on the register's own line
// is a setting; at the target a new document asks for a reason, saved and
// counted with it.
func TestIssuedRegister五十五十一(t *testing.T) {
	r := newRig(t)
	ds := documents(r)
	ds.showTab(tabIssued)
	is := ds.issued
	if !is.list.empty.Visible() {
		t.Fatal("the empty register shows no empty state")
	}
	is.target.SetText("x")
	test.Tap(shownButton(is.view, "保存目标"))
	if !strings.Contains(is.note.Text, "年度发文目标") {
		t.Fatalf("a bad target: %q", is.note.Text)
	}
	is.target.SetText("1")
	test.Tap(shownButton(is.view, "保存目标"))
	if fs, err := r.store.FollowUpSettings(t.Context()); err != nil || fs.IssueTarget != 1 || fs.NPCDays != 90 {
		t.Fatalf("target saved %+v %v", fs, err)
	}
	add := func(number string) *formDialog {
		f := is.openForm(data.IssuedDoc{Issuer: data.IssuerGovernment})
		test.Type(widgetOf(t, f, "文号").(*keyEntry), number)
		test.Type(widgetOf(t, f, "标题").(*keyEntry), "关于印发某办法的通知")
		test.Type(widgetOf(t, f, "印发日期").(*dateEntry), "2026-11-20")
		return f
	}
	f := add("溧政发〔2026〕12号")
	refused(t, f, "", "须明确公开属性（第五十条）")
	widgetOf(t, f, "公开属性").(*widget.Select).SetSelected("主动公开")
	saved(t, f)
	if got := cellsOf(&is.list, 0); got[1] != "溧政发〔2026〕12号" || got[3] != "市政府" || got[4] != "主动公开" {
		t.Fatalf("row %q", got)
	}
	if is.tally.Text != "2026年以市政府及办公室名义发文 1 件，年度目标 1 件（第五十一条）" || is.tally.Importance != widget.DangerImportance {
		t.Fatalf("tally %q", is.tally.Text)
	}
	f = add("溧政发〔2026〕13号")
	widgetOf(t, f, "公开属性").(*widget.Select).SetSelected("依申请公开")
	test.Tap(f.save)
	o := is.override
	if f.open || o == nil || !strings.Contains(widgetOf(t, o, "拒绝原因").(*widget.Label).Text, "2026年以市政府及办公室名义发文已达 1 件，达到年度目标 1 件；确需发文的，请写明理由（第五十一条）") {
		t.Fatalf("no reason asked for at the target: open %v, %q", f.open, f.summary.Text)
	}
	refused(t, o, "越规理由", "写明理由")
	test.Type(widgetOf(t, o, "越规理由").(*keyEntry), "防汛紧急部署")
	saved(t, o)
	if len(is.list.all) != 2 || !strings.Contains(is.tally.Text, "发文 2 件") {
		t.Fatalf("after the reason: %d, %q", len(is.list.all), is.tally.Text)
	}
}

// 十九: a town's filing received past its 15 days is registered with the
// lack shown; each step of the 司法局 and the 市政府 is recorded in turn,
// the one out of order refused with the rule's message under its field.
func TestFilingsRegister十九(t *testing.T) {
	r := newRig(t)
	ds := documents(r)
	ds.showTab(tabFilings)
	fs := ds.filings
	f := fs.openForm()
	widgetOf(t, f, "制定单位").(*widget.SelectEntry).SetText("溧阳市交通运输局局长")
	test.Type(widgetOf(t, f, "标题").(*keyEntry), "上黄镇农村宅基地管理办法")
	test.Type(widgetOf(t, f, "印发日期").(*dateEntry), "2026-09-01")
	widgetOf(t, f, "收到日期").(*dateEntry).SetText("2026-09-20")
	refused(t, f, "制定单位", "请选择制定单位")
	widgetOf(t, f, "制定单位").(*widget.SelectEntry).SetText("溧阳市上黄镇")
	widgetOf(t, f, "备案材料").(*widget.CheckGroup).SetSelected([]string{"已公开征求意见", "已经本单位法制审核机构合法性审查"})
	saved(t, f)
	fl := fs.list.all[0]
	if got := cellsOf(&fs.list, 0); got[4] != "印发后 15 日内报送备案，期限 2026-09-16，2026-09-20 才收到" || got[5] != "待司法局备案登记" || !fs.list.late(fl) {
		t.Fatalf("row %q", got)
	}
	r.shell.Show("desk")
	if _, ok := shownOf[*widget.Label](r.shell.stack, func(l *widget.Label) bool {
		return strings.HasSuffix(l.Text, "溧阳市上黄镇《上黄镇农村宅基地管理办法》　—　待司法局备案登记（第十九条）")
	}); !ok {
		t.Fatal("the desk does not list the filing")
	}
	fs.list.list.UnselectAll()
	r.shell.openRecord(data.DeskFiling, fl.ID)
	if cur, ok := fs.list.current(); ds.tabs.SelectedIndex() != tabFilings || !ok || cur.ID != fl.ID {
		t.Fatalf("the desk line opened tab %d, row %v", ds.tabs.SelectedIndex(), ok)
	}
	d := fs.openStep(fs.list.all[0])
	d.fields[0].item.Widget.(*dateEntry).SetText("2026-09-10")
	refused(t, d, "登记日期", "不能早于收到日期 2026-09-20")
	d.fields[0].item.Widget.(*dateEntry).SetText("2026-09-21")
	saved(t, d)
	if got := cellsOf(&fs.list, 0)[5]; got != "已登记，待审查" {
		t.Fatalf("registered: %q", got)
	}
	d = fs.openStep(fs.list.all[0])
	widgetOf(t, d, "审查结论").(*widget.Select).SetSelected("与上位法抵触")
	widgetOf(t, d, "审查日期").(*dateEntry).SetText("2026-09-28")
	saved(t, d)
	if got := cellsOf(&fs.list, 0)[5]; got != "与上位法抵触，待责令修改或撤销" {
		t.Fatalf("reviewed: %q", got)
	}
	d = fs.openStep(fs.list.all[0])
	widgetOf(t, d, "处理").(*widget.Select).SetSelected("责令修改")
	widgetOf(t, d, "日期").(*dateEntry).SetText("2026-09-30")
	refused(t, d, "文号", "不能为空")
	test.Type(widgetOf(t, d, "文号").(*keyEntry), "溧政发〔2026〕30号")
	saved(t, d)
	if got := cellsOf(&fs.list, 0)[5]; got != "责令修改（溧政发〔2026〕30号）" {
		t.Fatalf("ordered: %q", got)
	}
}

// 二十四, 二十七, 三十, 五十一: 设置 › 跟踪时限 shows the defaults, refuses a
// value out of range under its field with the store's message, and saves.
func TestFollowUpSettingsTab(t *testing.T) {
	r := newRig(t)
	tab := &followUpSettingsTab{env: r.shell.env, fields: map[string]*keyEntry{}}
	tab.build()
	if tab.fields["决定公布时限"].Text != "20" || tab.fields["跟踪评估时限"].Text != "6" || tab.fields["人大代表建议办理时限"].Text != "90" || tab.fields["年度发文目标"].Text != "0" {
		t.Fatalf("defaults %q %q", tab.fields["决定公布时限"].Text, tab.fields["人大代表建议办理时限"].Text)
	}
	tab.fields["政协委员提案办理时限"].SetText("400")
	test.Tap(tab.save)
	if got := formHint(t, tab.problemForm, "政协委员提案办理时限"); got != "✗ 应在 1 到 365 之间" {
		t.Fatalf("out of range: %q", got)
	}
	tab.fields["政协委员提案办理时限"].SetText("60")
	tab.fields["年度发文目标"].SetText("150")
	test.Tap(tab.save)
	fs, err := r.store.FollowUpSettings(t.Context())
	if err != nil || fs.CPPCCDays != 60 || fs.IssueTarget != 150 || fs.NPCDays != 90 || tab.summary.Text != "跟踪时限已保存，并记入审计日志。" {
		t.Fatalf("saved %+v %v %q", fs, err, tab.summary.Text)
	}
}

// 三十: a 政协委员提案 of last year still owing its answer is on the desk; its
// line opens the register turned to last year, with the proposal chosen.
func TestDeskOpensLastYearsProposal三十(t *testing.T) {
	r := newRig(t)
	ctx := t.Context()
	units, _ := r.store.Units(ctx)
	last := r.shell.env.now().Year() - 1
	p, err := r.store.SaveProposal(ctx, data.Proposal{
		Kind: data.ProposalCPPCC, Number: "第7号", Title: "关于加强古树名木保护的提案", Proposer: "李委员",
		UnitID: units[3].ID, Assigned: time.Date(last, 3, 2, 0, 0, 0, 0, time.UTC),
	})
	if err != nil {
		t.Fatal(err)
	}
	desk, err := r.store.Desk(ctx, r.shell.env.now())
	if err != nil || len(desk.Proposals) != 1 || desk.Proposals[0].Year != last {
		t.Fatalf("desk proposals %+v %v", desk.Proposals, err)
	}
	r.shell.openLine(desk.Proposals[0])
	ds := documents(r)
	ps := ds.proposals
	if cur, ok := ps.list.current(); ds.tabs.SelectedIndex() != tabProposals || ps.yearSel.Selected != strconv.Itoa(last) || !ok || cur.ID != p.ID {
		t.Fatalf("the desk line opened tab %d, year %q, row %v (%+v)", ds.tabs.SelectedIndex(), ps.yearSel.Selected, ok, cur)
	}
}

// A register turned to a year its select does not offer gains that year in
// the select's own order, newest first.
func TestTurnToKeepsTheYearsInOrder(t *testing.T) {
	newRig(t)
	year := 2026
	sel := registerYear(year, 2026, func(int) {})
	turnTo(sel, &year, 2018)
	turnTo(sel, &year, 2029)
	if got := strings.Join(sel.Options, ","); got != "2029,2027,2026,2025,2024,2023,2022,2021,2018" || sel.Selected != "2029" || year != 2029 {
		t.Fatalf("options %s, selected %q, year %d", got, sel.Selected, year)
	}
}
