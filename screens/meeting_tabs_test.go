package screens

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"huiwu/data"
)

// open shows tab i of the page as a click on it does: the tab is built the
// first time, so a test that uses a tab goes through the lazy path.
func (p *meetingPage) open(i int) { p.tabs.SelectIndex(i) }

// reads counts the calls the page's tabs make for their own data.
type reads map[string]int

type topicReads struct {
	data.TopicService
	n reads
}

func (c topicReads) Topics(ctx context.Context, f data.TopicFilter) ([]data.Topic, error) {
	c.n["topics"]++
	return c.TopicService.Topics(ctx, f)
}

type minutesReads struct {
	data.MinutesService
	n reads
}

func (c minutesReads) MinutesForMeeting(ctx context.Context, id int64) (int64, error) {
	c.n["minutes"]++
	return c.MinutesService.MinutesForMeeting(ctx, id)
}

type taskReads struct {
	data.TaskService
	n reads
}

func (c taskReads) Tasks(ctx context.Context, f data.TaskFilter) ([]data.Task, error) {
	c.n["tasks"]++
	return c.TaskService.Tasks(ctx, f)
}

// Issue 19: opening the page builds only the tab it opens on; every other
// tab is an empty placeholder and reads nothing until it is shown, and then
// reads once. The 督办 tab shown before the 纪要 tab reads the 纪要 for it.
func TestMeetingTabsReadOnlyWhenFirstShown(t *testing.T) {
	r := newRig(t)
	r.store.Now = func() time.Time { return time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC) }
	ctx := context.Background()
	m := heldExecutive(t, r)
	n := signedMinutes(t, r, m.ID)
	units, _ := r.store.Units(ctx)
	if _, err := r.store.SaveTask(ctx, data.Task{
		Source: data.SourceMinutes, MinutesID: n.ID, Title: "关于城市更新", LeadUnitID: units[3].ID,
		Assigned: time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC), Due: time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC),
	}); err != nil {
		t.Fatal(err)
	}
	r.shell.Show("meetings")
	ms := r.shell.screens[r.shell.index("meetings")].keys.(*meetingsScreen)
	got := reads{}
	env := r.shell.env
	env.Topics = topicReads{env.Topics, got}
	env.Minutes = minutesReads{env.Minutes, got}
	env.Tasks = taskReads{env.Tasks, got}

	ms.open(m.ID)
	p := ms.page
	if len(got) != 0 {
		t.Fatalf("opening the page read %v", got)
	}
	if !p.isBuilt(tabPeople) || p.people.count.Text != fmt.Sprintf("共 %d 人", len(p.parts)) {
		t.Fatalf("the 参会人员 tab is not filled at open: built %v", p.isBuilt(tabPeople))
	}
	for i := tabTopics; i <= tabTasks; i++ {
		c, ok := p.tabs.Items[i].Content.(*fyne.Container)
		if p.isBuilt(i) || !ok || len(c.Objects) != 0 {
			t.Errorf("tab %s built before it was shown", p.tabs.Items[i].Text)
		}
	}
	if len(p.signin.shown) != 0 || len(p.seating.members) != 0 {
		t.Fatalf("sign-in (%d) or seating (%d) filled before shown", len(p.signin.shown), len(p.seating.members))
	}

	members := 0
	for _, q := range p.parts {
		if q.Role == data.AttendMember {
			members++
		}
	}
	p.open(tabSeating)
	if members == 0 || len(p.seating.members) != members || len(got) != 0 {
		t.Fatalf("seating shows %d of %d members; reads %v", len(p.seating.members), members, got)
	}
	p.open(tabTopics)
	if got["topics"] != 1 || len(got) != 1 {
		t.Fatalf("议题与议程 shown: reads %v", got)
	}
	p.open(tabTasks)
	if got["minutes"] != 1 || got["tasks"] != 1 || len(p.tasks.tasks) != 1 || p.tasks.tasks[0].Title != "关于城市更新" {
		t.Fatalf("督办 shown: reads %v, tasks %+v", got, p.tasks.tasks)
	}
	if p.isBuilt(tabMinutes) || p.minutes.n.ID != n.ID {
		t.Fatalf("督办 without the 纪要 tab: built %v, 纪要 %d", p.isBuilt(tabMinutes), p.minutes.n.ID)
	}
	p.open(tabMinutes)
	if got["minutes"] != 2 || got["tasks"] != 2 || p.minutes.open.Disabled() || !strings.HasSuffix(p.minutes.state.Text, "：已签发") {
		t.Fatalf("纪要 shown: reads %v, %q", got, p.minutes.state.Text)
	}
}

// pageState is what every tab of the page shows, each tab opened in turn.
func pageState(p *meetingPage) string {
	for i := range p.tabs.Items {
		p.open(i)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "header %q %q\n", p.rules.Text, p.next.Text)
	fmt.Fprintf(&b, "参会人员 %q %d\n", p.people.count.Text, p.people.list.Length())
	fmt.Fprintf(&b, "议题 %q %d\n", p.topics.agenda.total.Text, len(p.topics.agenda.topics))
	fmt.Fprintf(&b, "通知 %q %v\n", p.notice.state.Text, p.notice.send.Disabled())
	fmt.Fprintf(&b, "请假 %d %q %v", p.leave.list.Length(), p.leave.closed.Text, p.leave.add.Disabled())
	for _, l := range p.leaves {
		fmt.Fprintf(&b, " %q", p.leave.state(l))
	}
	fmt.Fprintf(&b, "\n签到 %q %q %v", p.signin.counts.Text, p.signin.closed.Text, p.signin.search.Disabled())
	for _, q := range p.signin.shown {
		b.WriteString(" " + q.Name + attendStatusLabel(q.Status))
	}
	fmt.Fprintf(&b, "\n座次 %q %d", p.seating.layout.Selected, len(p.seating.chart.Objects))
	for _, q := range p.seating.members {
		b.WriteString(" " + q.Name)
	}
	fmt.Fprintf(&b, "\n纪要 %q %v\n督办 %q %d\n", p.minutes.state.Text, p.minutes.draft.Disabled(), p.tasks.note.Text, len(p.tasks.tasks))
	return b.String()
}

// Issue 19: a tab built after the page read its data, or after an edit,
// shows what a tab built at once and then refreshed by the edit shows.
func TestMeetingTabBuiltLaterShowsTheSameData(t *testing.T) {
	r, ms := meetingRig(t)
	r.newMeeting(ms, "常务会议", "2026-12-03", "09:00", "11:00")
	id := ms.list.all[0].ID

	// Every tab built at once, then a leave recorded: the built tabs are
	// filled again by the reload.
	ms.open(id)
	early := ms.page
	for i := range early.tabs.Items {
		early.open(i)
	}
	early.open(tabPeople)
	var member data.Participant
	for _, q := range early.parts {
		if q.Role == data.AttendMember && q.PersonID != early.parts[0].PersonID {
			member = q
		}
	}
	lf := early.leave.openFormFor(member.PersonID)
	test.Type(r.entry(lf, "事由"), "赴省参加会议")
	test.Tap(lf.save)
	if lf.open || len(early.leaves) != 1 {
		t.Fatalf("leave: %q", lf.summary.Text)
	}
	want := pageState(early)

	// The same meeting opened again, each tab built when shown.
	ms.open(id)
	if got := pageState(ms.page); got != want {
		t.Fatalf("tabs built when shown:\n%s\nbuilt at open:\n%s", got, want)
	}
	if early.leave.list.Length() != 1 || !strings.Contains(want, "请假 1 ") {
		t.Fatalf("the leave is not listed:\n%s", want)
	}

	// An edit on a page none of whose other tabs is built yet, then each
	// shown: as the page with every tab built shows after the same edit.
	ms.open(id)
	late := ms.page
	storeStatus(t, r, late, data.StatusNotified)
	early.reload()
	want = pageState(early)
	if got := pageState(late); got != want {
		t.Fatalf("tabs built after the edit:\n%s\nbuilt before it:\n%s", got, want)
	}
	if late.notice.state.Text != lang.L("notice.sent.notified") || !late.notice.send.Disabled() {
		t.Fatalf("通知 after sending: %q", late.notice.state.Text)
	}
}
