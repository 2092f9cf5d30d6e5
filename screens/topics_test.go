package screens

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/export/gather"
)

func topicsOf(r *rig) *topicsScreen {
	r.shell.Show("topics")
	return r.shell.screens[r.shell.index("topics")].keys.(*topicsScreen)
}

// withExecutive adds a planned 常务会议 on day and returns it.
func withExecutive(t *testing.T, r *rig, day string) data.Meeting {
	t.Helper()
	people, err := r.store.People(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	var mayor int64
	for _, p := range people {
		if p.HasRole(data.RoleMayor) {
			mayor = p.ID
		}
	}
	start, _ := time.Parse("2006-01-02 15:04", day+" 09:00")
	m, _, err := r.store.SaveMeeting(t.Context(), data.Meeting{Title: "市政府常务会议", Kind: data.MeetingExecutive, Start: start, End: start.Add(90 * time.Minute), Place: "三楼会议室", ChairID: mayor, Status: data.StatusPlanning})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// fileEntry finds the path entry inside a file field.
func fileEntry(t *testing.T, f *formDialog, name string) *keyEntry {
	t.Helper()
	var e *keyEntry
	walk(widgetOf(t, f, name).(fyne.CanvasObject), func(o fyne.CanvasObject) {
		if k, ok := o.(*keyEntry); ok {
			e = k
		}
	})
	return e
}

// declareTopic fills the form for a 交通局 topic consulting the 财政局 for
// meeting m, and returns the page it opens on.
func declareTopic(t *testing.T, r *rig, m data.Meeting) *topicPage {
	t.Helper()
	s := topicsOf(r)
	s.reload()
	f := s.openForm(data.Topic{MeetingKind: data.MeetingExecutive, Minutes: 15})
	test.Type(widgetOf(t, f, "议题名称").(*keyEntry), "关于农村公路提档升级三年行动计划的议题")
	widgetOf(t, f, "申报单位").(*widget.SelectEntry).SetText("溧阳市交通运输局")
	widgetOf(t, f, "会议").(*widget.Select).SetSelected(meetingChoice(m))
	test.Type(widgetOf(t, f, "相关单位").(*keyEntry), "财政局")
	saved(t, f)
	if s.page == nil || s.page.detail.Title == "" {
		t.Fatal("the new topic's page did not open")
	}
	return s.page
}

func addMaterial(t *testing.T, p *topicPage, copies string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "实施方案.pdf")
	if err := os.WriteFile(path, []byte("%PDF-1.4 方案"), 0o600); err != nil {
		t.Fatal(err)
	}
	f := p.askMaterial()
	test.Type(fileEntry(t, f, "文件"), path)
	e := widgetOf(t, f, "纸质份数").(*keyEntry)
	e.SetText(copies)
	saved(t, f)
}

func agree(t *testing.T, p *topicPage) {
	t.Helper()
	f := p.askOpinion(p.detail.Units[0])
	widgetOf(t, f, "单位意见").(*widget.Select).SetSelected("同意")
	saved(t, f)
}

func moveTo(t *testing.T, p *topicPage, to data.TopicState, set func(f *formDialog)) {
	t.Helper()
	f := p.askMove(to)
	if set != nil {
		set(f)
	}
	saved(t, f)
	if p.detail.State != to {
		t.Fatalf("state %s, want %s", p.detail.State, to)
	}
}

// 四十一: one topic declared through the form and walked to 已审议 through
// the page, with the refusal of a missing item shown on the way.
func TestTopicFromDeclarationToDeliberated四十一(t *testing.T) {
	r := newRig(t)
	r.store.Now = func() time.Time { return time.Date(2026, 11, 28, 10, 0, 0, 0, time.UTC) }
	m := withExecutive(t, r, "2026-12-03")
	p := declareTopic(t, r, m)
	if !strings.Contains(p.missing.Text, "协商一致") || p.detail.LeaderName == "" {
		t.Fatalf("missing %q, leader %q", p.missing.Text, p.detail.LeaderName)
	}
	agree(t, p)
	moveTo(t, p, data.TopicReported, nil)
	addMaterial(t, p, "2")
	f := p.askMove(data.TopicDeclared)
	test.Tap(f.save)
	if p.override == nil || !strings.Contains(p.override.fields[0].item.Widget.(*widget.Label).Text, "已收 2 份") {
		t.Fatal("the refusal naming the copies did not open the override form")
	}
	p.override.cancel()
	cf := p.askCopies(p.detail.Materials[0])
	widgetOf(t, cf, "纸质份数").(*keyEntry).SetText("3")
	saved(t, cf)
	for _, to := range []data.TopicState{data.TopicDeclared, data.TopicCollected, data.TopicApproved, data.TopicNoticed} {
		moveTo(t, p, to, nil)
	}
	moveTo(t, p, data.TopicDeliberated, func(f *formDialog) {
		widgetOf(t, f, "审议结果").(*widget.Select).SetSelected("原则通过")
	})
	if !strings.Contains(p.info.Text, "本议题列席 1 人") {
		t.Errorf("the 财政局's head is not counted as attending: %s", p.info.Text)
	}
	if !strings.Contains(p.history.Text, "已列入通知 → 已审议") || strings.Count(p.history.Text, "\n") != 5 {
		t.Errorf("history:\n%s", p.history.Text)
	}
	// 二十七: the decision's publication is recorded on the page.
	df := p.askDecision()
	widgetOf(t, df, "公布日期").(*dateEntry).SetText("2026-12-10")
	widgetOf(t, df, "公布载体").(*keyEntry).SetText("市政府门户网站")
	saved(t, df)
	if p.detail.Decision.PublishedWhere != "市政府门户网站" || !strings.Contains(labelsText(p.exceptions), "已于2026年12月10日（星期四）在市政府门户网站公布") {
		t.Errorf("decision %+v shown %q", p.detail.Decision, labelsText(p.exceptions))
	}
	p.screen.back()
	p.screen.month.SetSelected("2026-12")
	if len(p.screen.list.all) != 1 {
		t.Errorf("December shows %d topics", len(p.screen.list.all))
	}
	if got := p.screen.month.Options; len(got) != 2 || got[1] != "2026-12" {
		t.Errorf("months offered %v", got)
	}
	p.screen.month.SetSelected(lang.L("option.all"))
	test.Type(p.screen.list.search, "实施方案")
	if len(p.screen.list.shown) != 1 {
		t.Errorf("search by a material's name shows %d topics", len(p.screen.list.shown))
	}
	if got := p.screen.list.all[0]; got.Outcome != "passed_in_principle" || !strings.Contains(topicStateText(got), "原则通过") {
		t.Errorf("list shows %s", topicStateText(got))
	}
}

// 四十一: a topic declared after the 15th is refused until the legal opinion
// and the mayor's approval are recorded on its page; an override instead is
// recorded with its reason.
func TestLateTopicThroughTheException四十一(t *testing.T) {
	r := newRig(t)
	r.store.Now = func() time.Time { return time.Date(2026, 12, 16, 10, 0, 0, 0, time.UTC) }
	m := withExecutive(t, r, "2026-12-24")
	p := declareTopic(t, r, m)
	agree(t, p)
	moveTo(t, p, data.TopicReported, nil)
	addMaterial(t, p, "3")
	if !p.detail.Late || len(p.exceptions.Objects) == 0 {
		t.Fatal("the page does not show the topic as late")
	}
	test.Tap(p.askMove(data.TopicDeclared).save)
	if p.override == nil || !strings.Contains(p.override.fields[0].item.Widget.(*widget.Label).Text, "须经市长同意") {
		t.Fatal("late declaration not refused naming the mayor's approval")
	}
	test.Tap(p.override.save) // no reason: stays open
	if !p.override.open {
		t.Fatal("an override without a reason went through")
	}
	p.override.cancel()
	af := p.askText("topic.late.approve", "市长意见", p.env.Topics.ApproveLate)
	test.Type(widgetOf(t, af, "市长意见").(*keyEntry), "市长12月16日批示同意")
	saved(t, af)
	lf := p.askLegal()
	test.Type(widgetOf(t, lf, "文号").(*keyEntry), "溧司审〔2026〕41号")
	test.Type(widgetOf(t, lf, "日期").(*dateEntry), "2026-12-15")
	test.Type(widgetOf(t, lf, "审查结论").(*keyEntry), "未发现违法内容")
	saved(t, lf)
	moveTo(t, p, data.TopicDeclared, nil)
	if !strings.Contains(p.exceptions.Objects[0].(*fyne.Container).Objects[1].(*widget.Label).Text, "市长12月16日批示同意") {
		t.Error("the approval is not shown")
	}
	// A second late topic goes through on an override, and the history says why.
	p2 := declareTopic(t, r, m)
	agree(t, p2)
	moveTo(t, p2, data.TopicReported, nil)
	addMaterial(t, p2, "3")
	test.Tap(p2.askMove(data.TopicDeclared).save)
	test.Type(widgetOf(t, p2.override, "越规理由").(*keyEntry), "市长会上口头同意，补办手续")
	saved(t, p2.override)
	if p2.detail.State != data.TopicDeclared || !strings.Contains(p2.history.Text, "越过：市长会上口头同意") {
		t.Errorf("override: %s\n%s", p2.detail.State, p2.history.Text)
	}
}

// 四十五: the agenda sums the reporting minutes against the meeting's length
// and warns when over; the buttons reorder it, and the order is kept.
func TestAgendaOrderAndLength四十五(t *testing.T) {
	r := newRig(t)
	r.store.Now = func() time.Time { return time.Date(2026, 11, 28, 10, 0, 0, 0, time.UTC) }
	m := withExecutive(t, r, "2026-12-03") // 90 minutes
	s := topicsOf(r)
	var ids []int64
	for i, title := range []string{"议题甲", "议题乙"} {
		tp, err := r.store.SaveTopic(t.Context(), data.Topic{Title: title, UnitID: unitNamed(t, r, "溧阳市财政局"), MeetingKind: data.MeetingExecutive, MeetingID: m.ID, Minutes: 40 + 20*i}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := r.store.DB().Exec("UPDATE topics SET state = 'approved' WHERE id = ?", tp.ID); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, tp.ID)
	}
	s.reload()
	a := s.showAgenda(m)
	if len(a.topics) != 2 || !strings.Contains(a.total.Text, "汇报合计 100 分钟") || !strings.Contains(a.total.Text, "第四十五条") {
		t.Fatalf("agenda %d topics, total %q", len(a.topics), a.total.Text)
	}
	tp := topicPapers{env: r.shell.env, id: m.ID}
	register := func(ctx context.Context) (gather.Writer, error) {
		return r.shell.env.sources().TopicRegister(ctx, m.Start)
	}
	for name, b := range map[string]builder{"notice": tp.notice, "agenda": tp.agenda, "register": register} {
		var buf bytes.Buffer
		if err := built(b)(t.Context(), &buf); err != nil || buf.Len() < 1000 {
			t.Errorf("%s: %d bytes, %v", name, buf.Len(), err)
		}
	}
	if err := built(tp.invitations)(t.Context(), io.Discard); err == nil || !strings.Contains(err.Error(), "没有邀请") {
		t.Errorf("invitations without invitees: %v", err)
	}
	a.swap(0, 1)
	if a.topics[0].ID != ids[1] || a.topics[0].AgendaOrder != 1 {
		t.Errorf("after moving 议题乙 up: %+v", a.topics)
	}
}

func unitNamed(t *testing.T, r *rig, name string) int64 {
	t.Helper()
	us, err := r.store.Units(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range us {
		if u.Name == name {
			return u.ID
		}
	}
	t.Fatalf("no unit %s", name)
	return 0
}

// 四十一: the deadline and the material limit are settings, refused with the
// field named when they do not parse or are out of range.
func TestTopicSettingsTab(t *testing.T) {
	r := newRig(t)
	tab := &topicSettingsTab{env: r.shell.env}
	tab.build()
	if tab.day.Text != "15" || !tab.inclusive.Checked || tab.max.Text != "200" {
		t.Fatalf("defaults %q %v %q", tab.day.Text, tab.inclusive.Checked, tab.max.Text)
	}
	tab.day.SetText("31")
	test.Tap(tab.save)
	if !strings.Contains(tab.hints["申报截止日"].HintText, "28") {
		t.Errorf("day 31: %q", tab.hints["申报截止日"].HintText)
	}
	tab.day.SetText("20")
	tab.inclusive.SetChecked(false)
	tab.max.SetText("50")
	tab.contact.SetText("秘书一科褚婧，电话0519-87654321")
	test.Tap(tab.save)
	ts, err := r.store.TopicSettings(t.Context())
	if err != nil || ts.DeadlineDay != 20 || ts.DeadlineInclusive || ts.MaxMaterialMB != 50 || ts.NoticeContact != "秘书一科褚婧，电话0519-87654321" {
		t.Errorf("saved %+v %v", ts, err)
	}
}

// 二十四: a checklist item is recorded with its date and note, shown ticked,
// and cleared again when recorded by mistake.
func TestChecklistItemRecorded二十四(t *testing.T) {
	r := newRig(t)
	s := topicsOf(r)
	tp, err := r.store.SaveTopic(t.Context(), data.Topic{Title: "城区停车设施建设", UnitID: unitNamed(t, r, "溧阳市住房和城乡建设局"), MeetingKind: data.MeetingExecutive, Flags: data.TopicFlags{PublicInterest: true}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	s.reload()
	s.open(tp.ID)
	p := s.page
	f := p.askCheck("24.stability", "社会稳定风险评估")
	widgetOf(t, f, "完成日期").(*dateEntry).SetText("2026-11-20")
	test.Type(widgetOf(t, f, "说明").(*keyEntry), "委托第三方评估，风险等级低")
	saved(t, f)
	if len(p.detail.Checks) != 1 || p.detail.Checks[0].Note != "委托第三方评估，风险等级低" || dateText(p.detail.Checks[0].DoneOn) != "2026年11月20日（星期五）" {
		t.Fatalf("checks %+v", p.detail.Checks)
	}
	if !strings.Contains(rendered(p.checklist), "专家学者意见（第二十五条，可选）") {
		t.Errorf("the 二十五 opinions are not offered:\n%s", rendered(p.checklist))
	}
	bad := p.askCheck("24.stability", "社会稳定风险评估")
	widgetOf(t, bad, "完成日期").(*dateEntry).SetText("2026-02-30")
	test.Tap(bad.save)
	if !bad.open || !strings.Contains(r.hint(bad, "完成日期"), "✗") {
		t.Errorf("a bad date accepted: %q", r.hint(bad, "完成日期"))
	}
	bad.cancel()
	var clear *widget.Button
	walk(p.checklist, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == "撤销" {
			clear = b
		}
	})
	test.Tap(clear)
	if len(p.detail.Checks) != 0 {
		t.Errorf("not cleared: %+v", p.detail.Checks)
	}
}

// 年度 (issue 9): the register opens on this year. A topic deliberated two
// years ago shows under 全部 and under its year, not by default; one still
// waiting from then shows in every year, with its meeting named; the month
// select offers the year's months, not those of every year.
func TestTopicsOfTheYear(t *testing.T) {
	r := newRig(t)
	this := time.Now().Year()
	earlier := this - 2
	old := withExecutive(t, r, fmt.Sprintf("%d-03-05", earlier))
	withExecutive(t, r, fmt.Sprintf("%d-06-04", earlier)) // no topic: its month is not on offer this year
	now := withExecutive(t, r, fmt.Sprintf("%d-03-03", this))
	unit := unitNamed(t, r, "溧阳市交通运输局")
	topic := func(title string, m data.Meeting, state, outcome string) {
		t.Helper()
		tp, err := r.store.SaveTopic(t.Context(), data.Topic{Title: title, UnitID: unit, MeetingKind: data.MeetingExecutive, Minutes: 15}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := r.store.DB().Exec("UPDATE topics SET meeting_id = ?, state = ?, outcome = ?, declared_on = ? WHERE id = ?",
			m.ID, state, outcome, m.Start.AddDate(0, -1, 0).Format(data.DateLayout), tp.ID); err != nil {
			t.Fatal(err)
		}
	}
	topic("两年前已审议的议题", old, "deliberated", "passed")
	topic("两年前暂缓、仍在等待的议题", old, "deferred", "")
	topic("今年已审议的议题", now, "deliberated", "passed")
	s := topicsOf(r)
	s.reload()
	titles := func() string {
		var ts []string
		for _, tp := range s.list.all {
			ts = append(ts, s.meetingDay(tp.MeetingID)+" "+tp.Title)
		}
		return strings.Join(ts, "；")
	}
	oldDay, oldMonth, emptyMonth := dateText(old.Start)+" ", old.Start.Format("2006-01"), fmt.Sprintf("%d-06", earlier)
	if got := titles(); got != oldDay+"两年前暂缓、仍在等待的议题；"+dateText(now.Start)+" 今年已审议的议题" || !strings.Contains(s.list.count.Text, "2") {
		t.Fatalf("this year: %s (%s)", got, s.list.count.Text)
	}
	if slices.Contains(s.month.Options, emptyMonth) || !slices.Contains(s.month.Options, oldMonth) {
		t.Errorf("this year's months %v", s.month.Options)
	}
	s.year.SetSelected(strconv.Itoa(earlier))
	if got := titles(); got != oldDay+"两年前已审议的议题；"+oldDay+"两年前暂缓、仍在等待的议题" {
		t.Errorf("%d: %s", earlier, got)
	}
	s.year.SetSelected(s.year.Options[0]) // 全部
	if got := titles(); len(s.list.all) != 3 || !strings.Contains(got, "两年前已审议的议题") || !strings.Contains(s.list.count.Text, "3") {
		t.Errorf("every year: %s (%s)", got, s.list.count.Text)
	}
	if !slices.Contains(s.month.Options, emptyMonth) {
		t.Errorf("every year's months %v", s.month.Options)
	}
	// The search still runs over what is loaded.
	test.Type(s.list.search, "暂缓")
	if len(s.list.shown) != 1 {
		t.Errorf("search 暂缓 shows %d", len(s.list.shown))
	}
}

// labelsText joins the text of the labels in c, however deep.
func labelsText(c fyne.CanvasObject) string {
	var out []string
	for _, o := range test.LaidOutObjects(c) {
		if l, ok := o.(*widget.Label); ok {
			out = append(out, l.Text)
		}
	}
	return strings.Join(out, "\n")
}
