package screens

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/translation"
)

// meetingRig opens the meetings screen on the demo roster with the year
// filter off, so that tests may use any date.
func meetingRig(t *testing.T) (*rig, *meetingsScreen) {
	r := newRig(t)
	r.shell.Show("meetings")
	ms := r.shell.screens[r.shell.index("meetings")].keys.(*meetingsScreen)
	ms.year.SetSelected(ms.year.Options[0]) // 全部
	return r, ms
}

func selectField(t *testing.T, f *formDialog, name string) *widget.Select {
	t.Helper()
	for _, fl := range f.fields {
		if fl.name == name {
			return fl.item.Widget.(*widget.Select)
		}
	}
	t.Fatalf("no field %s", name)
	return nil
}

func (r *rig) newMeeting(ms *meetingsScreen, title, date, start, end string) *formDialog {
	r.t.Helper()
	f := ms.openForm(data.Meeting{Kind: data.MeetingExecutive, Status: data.StatusPlanning}, 0)
	test.Type(r.entry(f, "会议名称"), title)
	test.Type(r.entry(f, "日期"), date)
	test.Type(r.entry(f, "开始时间"), start)
	test.Type(r.entry(f, "结束时间"), end)
	test.Type(r.entry(f, "地点"), "三楼会议室")
	test.Tap(f.save)
	return f
}

func TestCreateMeetingThroughTheFormFillsMembers(t *testing.T) {
	r, ms := meetingRig(t)
	f := r.newMeeting(ms, "市政府第12次常务会议", "2026-12-03", "09:00", "11:30")
	if f.open {
		t.Fatalf("not saved: %s", f.summary.Text)
	}
	if len(ms.list.all) != 1 || ms.list.all[0].Number != 1 || ms.list.all[0].HeadCount != 16 {
		t.Fatalf("list %+v", ms.list.all)
	}
	test.Type(ms.list.search, "常务")
	if len(ms.list.shown) != 1 {
		t.Fatal("search does not find the meeting")
	}
	ms.list.list.Select(0)
	ms.open(ms.list.shown[0].ID)
	if ms.page == nil || len(ms.page.parts) != 17 || !strings.Contains(ms.page.lean.Text, "16 人") {
		t.Fatalf("page: %d participants, %q", len(ms.page.parts), ms.page.lean.Text)
	}
	ms.back()
	if ms.page != nil {
		t.Fatal("back did not return to the list")
	}
}

func TestMeetingFormRefusesBadDatesAndNamesFields(t *testing.T) {
	r, ms := meetingRig(t)
	f := r.newMeeting(ms, "常务会议", "2026-02-30", "09:00", "08:00")
	if !f.open || !strings.Contains(r.hint(f, "日期"), "无效") {
		t.Fatalf("Feb 30 accepted: %q", r.hint(f, "日期"))
	}
	r.entry(f, "日期").SetText("2026-03-02")
	test.Tap(f.save)
	if !f.open || !strings.Contains(r.hint(f, "结束时间"), "晚于") {
		t.Fatalf("end before start: %q / %q", r.hint(f, "结束时间"), f.summary.Text)
	}
}

// 四十一: a vice-mayor may not chair the executive meeting; the form names
// the clause and saves once a reason for the override is given.
func TestMeetingFormRuleOverride四十一(t *testing.T) {
	r, ms := meetingRig(t)
	f := ms.openForm(data.Meeting{Kind: data.MeetingExecutive, Status: data.StatusPlanning}, 0)
	test.Type(r.entry(f, "会议名称"), "常务会议")
	test.Type(r.entry(f, "日期"), "2026-12-10")
	test.Type(r.entry(f, "开始时间"), "09:00")
	test.Type(r.entry(f, "结束时间"), "10:00")
	test.Type(r.entry(f, "地点"), "三楼会议室")
	chair := selectField(t, f, "主持人")
	for _, o := range chair.Options {
		if strings.Contains(o, "（副市长）") {
			chair.SetSelected(o)
			break
		}
	}
	test.Tap(f.save)
	if !f.open || !strings.Contains(r.hint(f, "主持人"), "第四十一条") {
		t.Fatalf("chair rule not shown: %q", r.hint(f, "主持人"))
	}
	test.Type(r.entry(f, "越规理由"), "市长在省里开会，经同意由副市长主持")
	test.Tap(f.save)
	if f.open {
		t.Fatalf("override not accepted: %s", f.summary.Text)
	}
	m, _ := r.store.Meeting(context.Background(), ms.list.all[0].ID)
	if len(m.Overrides) != 1 || m.Overrides[0].Clause != 41 {
		t.Fatalf("overrides %+v", m.Overrides)
	}
}

// 六十一: recording a leave on the page routes it; the two decisions mark
// the sign-in; the sign-in screen then signs people in with live counts
// and undoes.
func TestLeaveAndSignInOnTheMeetingPage六十一(t *testing.T) {
	r, ms := meetingRig(t)
	r.newMeeting(ms, "常务会议", "2026-11-28", "09:00", "11:00")
	ms.open(ms.list.all[0].ID)
	p := ms.page
	lf := p.leave.openForm()
	who := selectField(t, lf, "请假人")
	for _, o := range who.Options {
		if strings.Contains(o, "审计局") {
			who.SetSelected(o)
		}
	}
	test.Type(r.entry(lf, "事由"), "参加省审计厅培训")
	test.Tap(lf.save)
	if lf.open || len(p.leaves) != 1 || len(p.leaves[0].Steps) != 2 {
		t.Fatalf("leave: %q %+v", lf.summary.Text, p.leaves)
	}
	p.leave.now = func() time.Time { return time.Date(2026, 11, 28, 9, 30, 0, 0, time.Local) }
	if s := p.leave.state(p.leaves[0]); !strings.Contains(s, "⚠") {
		t.Fatalf("undecided leave at the start not flagged: %q", s)
	}
	p.reload()
	if !strings.Contains(p.rules.Text, "仍未审批") || !p.rules.Visible() {
		t.Fatalf("page does not flag the undecided leave: %q", p.rules.Text)
	}
	p.open(tabLeave)
	for range 2 {
		p.leave.list.Select(0)
		d := p.leave.decide(true)
		test.Type(r.entry(d, "审批意见"), "同意")
		test.Tap(d.save)
	}
	if p.leaves[0].Status != data.LeaveApproved {
		t.Fatalf("leave %s", p.leaves[0].Status)
	}
	p.open(tabSignIn)
	si := p.signin
	if !strings.Contains(si.counts.Text, "应到 16") || !strings.Contains(si.counts.Text, "请假 1") {
		t.Fatalf("counts %q", si.counts.Text)
	}
	mayor := p.parts[0].Name
	test.Type(si.search, string([]rune(mayor)[:2]))
	if len(si.shown) == 0 || si.shown[0].Name != mayor {
		t.Fatalf("search shows %v", si.shown)
	}
	si.search.OnSubmitted(si.search.Text) // Enter signs in the first match
	if !strings.Contains(si.counts.Text, "实到 1") {
		t.Fatalf("after sign-in: %q", si.counts.Text)
	}
	test.Tap(si.undoB)
	if !strings.Contains(si.counts.Text, "实到 0") {
		t.Fatalf("after undo: %q", si.counts.Text)
	}
}

func TestMeetingStatusButtonsAndCancel(t *testing.T) {
	r, ms := meetingRig(t)
	r.newMeeting(ms, "常务会议", "2026-12-03", "09:00", "11:00")
	ms.open(ms.list.all[0].ID)
	p := ms.page
	// 发出通知 asks first; a 常务会议 with no topic the 市长 approved has no
	// notice to send (四十一), and stays in 筹备.
	test.Tap(p.next)
	answer(t, r, "发出通知")
	if p.meeting.Status != data.StatusPlanning || !strings.Contains(topText(r), "还没有市长审定上会的议题") {
		t.Fatalf("notice without topics: %s, said %q", p.meeting.Status, topText(r))
	}
	storeStatus(t, r, p, data.StatusNotified)
	if p.next.Text != "记为已召开" {
		t.Fatalf("next step reads %q", p.next.Text)
	}
	f := p.askCancel()
	test.Tap(f.save)
	if !f.open || !strings.Contains(r.hint(f, "取消原因"), "不能为空") {
		t.Fatalf("cancel without reason: %q", f.summary.Text)
	}
	test.Type(r.entry(f, "取消原因"), "市长赴省开会")
	test.Tap(f.save)
	if f.open || p.meeting.Status != data.StatusCancelled || p.cancel.Visible() {
		t.Fatalf("cancel: %s", p.meeting.Status)
	}
}

// The computed keys (kinds, statuses, roles) exist in both translations.
func TestMeetingLabelsAreTranslated(t *testing.T) {
	var keys []string
	for _, k := range data.MeetingKinds {
		keys = append(keys, "meetingkind."+string(k))
	}
	for _, s := range data.MeetingStatuses {
		keys = append(keys, "meetingstatus."+string(s))
	}
	for _, r := range data.AttendRoles {
		keys = append(keys, "attendrole."+string(r))
	}
	for _, s := range append(data.AttendStatuses, "none") {
		keys = append(keys, "attendstatus."+string(s))
	}
	for _, s := range []data.LeaveStatus{data.LeavePending, data.LeaveApproved, data.LeaveRejected, data.LeaveFiled} {
		keys = append(keys, "leavestatus."+string(s))
	}
	for _, s := range []string{"notified", "held", "archived"} {
		keys = append(keys, "meeting.to."+s)
	}
	for i := 1; i <= 7; i++ {
		keys = append(keys, fmt.Sprintf("meetingcal.wd%d", i))
	}
	for _, name := range []string{"zh-CN.json", "en.json"} {
		b, err := translation.Files().ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]string
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		for _, k := range keys {
			if m[k] == "" {
				t.Errorf("%s lacks %q", name, k)
			}
		}
	}
}

// 以左为尊 on the page: the executive meeting's long table puts the mayor
// in the middle of the head side; moving a member up saves the order.
func TestSeatingTabByRankAndByHand(t *testing.T) {
	r, ms := meetingRig(t)
	r.newMeeting(ms, "常务会议", "2026-12-03", "09:00", "11:00")
	ms.open(ms.list.all[0].ID)
	ms.page.open(tabSeating)
	st := ms.page.seating
	seats := st.seats()
	var head []string
	for _, s := range seats {
		if s.Row == "面门一侧" {
			head = append(head, s.Name)
		}
	}
	if len(head) != 4 || head[1] != ms.page.parts[0].Name {
		t.Fatalf("head side %v (mayor %s)", head, ms.page.parts[0].Name)
	}
	third := st.members[2].Name
	st.order.Select(2)
	st.move(-1)
	if st.members[1].Name != third || st.sel != 1 {
		t.Fatalf("after moving up: %v, selected %d", st.members[1].Name, st.sel)
	}
	st.layout.SetSelected(st.layout.Options[0]) // 主席台
	if len(st.chart.Objects) < 4 {
		t.Fatalf("chart has %d objects", len(st.chart.Objects))
	}
	st.save(nil)
	if st.members[2].Name != third {
		t.Fatal("reset did not restore protocol order")
	}
}

// 四十四 on the screens: the plan view adds an entry; an unplanned
// city-wide conference cannot be notified until the review and approval
// are recorded on its page.
func TestPlanAndApproval四十四(t *testing.T) {
	r, ms := meetingRig(t)
	ms.showPlan()
	pf := ms.plan.openForm(data.PlanEntry{Year: 2026})
	test.Type(r.entry(pf, "会议名称"), "全市经济工作会议")
	test.Type(r.entry(pf, "月份"), "13")
	test.Tap(pf.save)
	if !pf.open || !strings.Contains(r.hint(pf, "月份"), "1 到 12") {
		t.Fatalf("month 13: %q", r.hint(pf, "月份"))
	}
	r.entry(pf, "月份").SetText("12")
	test.Tap(pf.save)
	if pf.open || len(ms.plan.list.all) != 1 {
		t.Fatalf("plan entry: %s", pf.summary.Text)
	}
	ms.back()
	f := ms.openForm(data.Meeting{Kind: data.MeetingCityWide, Status: data.StatusPlanning}, 0)
	selectField(t, f, "会议类型").SetSelected("全市性会议")
	test.Type(r.entry(f, "会议名称"), "全市防汛工作会议")
	test.Type(r.entry(f, "日期"), "2026-06-10")
	test.Type(r.entry(f, "开始时间"), "09:00")
	test.Type(r.entry(f, "结束时间"), "11:00")
	test.Type(r.entry(f, "地点"), "报告厅")
	test.Tap(f.save)
	if f.open {
		t.Fatalf("conference not saved: %s", f.summary.Text)
	}
	ms.open(ms.list.all[0].ID)
	p := ms.page
	if !p.review.Visible() || !strings.Contains(p.approval.Text, "计划外") {
		t.Fatalf("approval bar: %q", p.approval.Text)
	}
	test.Tap(p.next)
	answer(t, r, "发出通知")
	if p.meeting.Status != data.StatusPlanning {
		t.Fatal("unplanned conference notified without approval")
	}
	for _, step := range []string{"review", "approve"} {
		d := p.askApproval(step)
		sel := selectField(t, d, "审批人")
		for _, o := range sel.Options {
			if (step == "review" && strings.Contains(o, "（副市长）")) || (step == "approve" && strings.Contains(o, "（市长）")) {
				sel.SetSelected(o)
				break
			}
		}
		test.Tap(d.save)
		if d.open {
			t.Fatalf("%s: %s", step, d.summary.Text)
		}
	}
	if !strings.Contains(p.approval.Text, "已批准") {
		t.Fatalf("approval bar after: %q", p.approval.Text)
	}
	test.Tap(p.next)
	answer(t, r, "发出通知")
	if p.meeting.Status != data.StatusNotified {
		t.Fatalf("approved conference: %s", p.meeting.Status)
	}
}

// A unit attends only for its topic: added as 列席 with the topic, listed
// with it, and removed again.
func TestAddPerTopicObserver(t *testing.T) {
	r, ms := meetingRig(t)
	r.newMeeting(ms, "常务会议", "2026-12-03", "09:00", "11:00")
	ms.open(ms.list.all[0].ID)
	pt := ms.page.people
	pt.person.SetText("")
	opts := pt.options("教育局")
	if len(opts) != 1 {
		t.Fatalf("options %v", opts)
	}
	pt.person.SetText(opts[0])
	pt.role.SetSelected(pt.role.Options[1]) // 列席
	pt.topic.SetText("关于义务教育学位供给的议题")
	pt.add()
	var found data.Participant
	for _, p := range ms.page.parts {
		if strings.Contains(p.UnitName, "教育局") {
			found = p
		}
	}
	if found.Role != data.AttendObserver || found.Topic != "关于义务教育学位供给的议题" {
		t.Fatalf("added %+v", found)
	}
	if err := r.store.RemoveParticipant(context.Background(), found.MeetingID, found.PersonID); err != nil {
		t.Fatal(err)
	}
}
