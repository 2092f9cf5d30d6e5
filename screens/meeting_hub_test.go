package screens

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"github.com/xuri/excelize/v2"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/export/meetingpdf"
	"huiwu/rules"
)

// answer taps the button labelled text on the window's top dialog.
func answer(t *testing.T, r *rig, text string) {
	t.Helper()
	top := r.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no dialog to answer %q", text)
	}
	test.Tap(findButton(t, top, text))
}

// topText is every label on the window's top dialog, joined.
func topText(r *rig) string {
	top := r.win.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	var said []string
	for _, o := range test.LaidOutObjects(top) {
		if l, ok := o.(*widget.Label); ok {
			said = append(said, l.Text)
		}
	}
	return strings.Join(said, " ")
}

// chooserOpen tells whether the top dialog is the save dialog (its folder
// list).
func chooserOpen(r *rig) bool {
	top := r.win.Canvas().Overlays().Top()
	if top == nil {
		return false
	}
	for _, o := range test.LaidOutObjects(top) {
		if _, ok := o.(*widget.List); ok {
			return true
		}
	}
	return false
}

// closeDialogs hides every dialog on the window.
func closeDialogs(r *rig) {
	for r.win.Canvas().Overlays().Top() != nil {
		r.win.Canvas().Overlays().Remove(r.win.Canvas().Overlays().Top())
	}
}

// storeStatus moves the page's meeting by the store, for a test that needs
// a later status than its topics allow the page to reach.
func storeStatus(t *testing.T, r *rig, p *meetingPage, to data.MeetingStatus) {
	t.Helper()
	if _, err := r.store.SetMeetingStatus(context.Background(), p.meeting.ID, p.meeting.Version, to, ""); err != nil {
		t.Fatal(err)
	}
	p.reload()
}

// pageOn opens a new 常务会议 on day (the clock stays on 2026-11-28 10:00).
func pageOn(t *testing.T, day string) (*rig, *meetingPage) {
	t.Helper()
	r, ms := meetingRig(t)
	r.newMeeting(ms, "常务会议", day, "09:00", "11:00")
	ms.open(ms.list.all[0].ID)
	return r, ms.page
}

// Issue 16: sign-in five days before the meeting asks first; 取消 records
// nothing, 仍然登记 records it and is not asked again; on the day itself
// nobody is asked.
func TestSignInBeforeTheMeetingDayAsksFirst(t *testing.T) {
	r, p := pageOn(t, "2026-12-03")
	p.open(tabSignIn)
	si := p.signin
	first := si.shown[0]
	si.mark(first, data.AttendPresent, "", "")
	if si.asked == nil || !strings.Contains(topText(r), "今天还不是会议日期") {
		t.Fatalf("no question before the day: %q", topText(r))
	}
	answer(t, r, "取消")
	if !strings.Contains(si.counts.Text, "实到 0") {
		t.Fatalf("cancelled early sign-in recorded: %q", si.counts.Text)
	}
	si.mark(first, data.AttendPresent, "", "")
	answer(t, r, "仍然登记")
	if !strings.Contains(si.counts.Text, "实到 1") {
		t.Fatalf("confirmed early sign-in not recorded: %q", si.counts.Text)
	}
	si.mark(si.shown[1], data.AttendPresent, "", "")
	if si.asked != nil || !strings.Contains(si.counts.Text, "实到 2") {
		t.Fatalf("asked twice: %q", si.counts.Text)
	}

	r2, p2 := pageOn(t, "2026-11-28") // the clock's own day
	p2.open(tabSignIn)
	p2.signin.mark(p2.signin.shown[0], data.AttendPresent, "", "")
	if p2.signin.asked != nil || r2.win.Canvas().Overlays().Top() != nil || !strings.Contains(p2.signin.counts.Text, "实到 1") {
		t.Fatalf("asked on the meeting's day: %q", p2.signin.counts.Text)
	}
}

// Issue 16: the 签到表 made before the meeting, one person signed in early,
// leaves 实到 and 缺席 blank instead of counting the other seven members absent.
func TestSignInSheetBeforeTheMeetingLeavesCountsBlank(t *testing.T) {
	r, p := pageOn(t, "2026-12-03")
	p.open(tabSignIn)
	p.signin.earlyOK = true
	p.signin.mark(p.signin.shown[0], data.AttendPresent, "", "")
	var buf bytes.Buffer
	if err := built(p.signInPapers()[1].build)(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows("出席")
	footer := ""
	for _, row := range rows {
		if len(row) > 0 && strings.HasPrefix(row[0], "应到") {
			footer = row[0]
		}
	}
	if footer != "应到8人，实到　　人，请假0人，缺席　　人" {
		t.Fatalf("footer %q", footer)
	}
	_ = r
}

// Issue 16: an approved leave with a 代会 gives the member's seat and 桌签
// to the substitute, who sits at the member's rank.
func TestApprovedLeaveWithSubstituteMovesSeatAndCard(t *testing.T) {
	r, p := pageOn(t, "2026-12-03")
	p.open(tabSeating)
	member := p.seating.members[1]
	lf := p.leave.openFormFor(member.PersonID)
	test.Type(r.entry(lf, "事由"), "赴省参加会议")
	test.Type(r.entry(lf, "代会人"), "钱代会")
	test.Type(r.entry(lf, "代会人职务"), "副秘书长")
	test.Tap(lf.save)
	if lf.open || len(p.leaves) != 1 {
		t.Fatalf("leave: %q", lf.summary.Text)
	}
	p.open(tabLeave)
	for i := 0; i < 3 && p.leaves[0].Status != data.LeaveApproved; i++ {
		p.leave.list.Select(0)
		d := p.leave.decide(true)
		test.Type(r.entry(d, "审批意见"), "同意")
		test.Tap(d.save)
	}
	if p.leaves[0].Status != data.LeaveApproved {
		t.Fatalf("leave %s", p.leaves[0].Status)
	}
	var seat rules.Seat
	for _, s := range p.seating.seats() {
		if s.PersonID == member.PersonID {
			seat = s
		}
	}
	if seat.Name != "钱代会" || seat.For != member.Name || seat.Rank != 2 {
		t.Fatalf("seat %+v, want 钱代会 for %s at 2", seat, member.Name)
	}
	rec, err := r.store.Record(context.Background(), p.id)
	if err != nil {
		t.Fatal(err)
	}
	cards := meetingpdf.CardNames(rec, p.layout())
	if !slices.Contains(cards, "钱代会") || slices.Contains(cards, member.Name) {
		t.Fatalf("桌签 %v", cards)
	}
}

// recordingViewer stands in for the system's viewer: it keeps the paths it
// was asked to open and launches nothing.
type recordingViewer struct{ opened []string }

func (v *recordingViewer) Open(path string) error {
	v.opened = append(v.opened, path)
	return nil
}

// pageButtons are the buttons of every tab of the page, by text, each tab
// shown in turn as a user would to reach them.
func pageButtons(p *meetingPage) map[string]*widget.Button {
	out := map[string]*widget.Button{}
	for i, it := range p.tabs.Items {
		p.open(i)
		walk(it.Content, func(o fyne.CanvasObject) {
			if b, ok := o.(*widget.Button); ok {
				out[b.Text] = b
			}
		})
	}
	return out
}

// Issue 16: every paper on the meeting page, from its tab and from the 导出
// menu, is read first: one the rules refuse (the notice, agenda and
// invitations of a 常务会议 no topic is approved for, nobody invited to)
// says why without a
// save dialog and without opening the viewer, and no file is written; one
// that can be made opens the save dialog.
func TestEveryRefusedExportIsRefusedBeforeTheDialog(t *testing.T) {
	r, p := pageOn(t, "2026-12-03")
	dir := t.TempDir()
	lastDir.Lock()
	lastDir.path = dir
	lastDir.Unlock()
	viewer := &recordingViewer{}
	r.shell.env.Viewer = viewer
	buttons := pageButtons(p)
	groups := [][]paperSpec{p.noticePapers(), p.topicPapers(), p.signInPapers(), p.seatingPapers()}
	refused := map[string]error{}
	for _, g := range groups {
		for _, s := range g {
			_, err := s.build(context.Background())
			refused[s.label] = err
			tap := []string{s.label}
			if s.ext == ".pdf" {
				tap = append(tap, "打印"+s.what)
			}
			for _, text := range tap {
				b, ok := buttons[text]
				if !ok {
					t.Fatalf("no button %q on the page", text)
				}
				test.Tap(b)
				switch {
				case err != nil && (chooserOpen(r) || !strings.Contains(topText(r), data.ErrorMessage(err))):
					t.Errorf("%s: refused paper showed %q, chooser %v", text, topText(r), chooserOpen(r))
				case err == nil && text == s.label && !chooserOpen(r):
					t.Errorf("%s: no save dialog for a paper that can be made", text)
				}
				closeDialogs(r)
			}
		}
	}
	menu := p.exportMenu()
	for _, it := range menu.Items {
		if it.IsSeparator {
			continue
		}
		it.Action()
		if refused[it.Label] != nil {
			if chooserOpen(r) {
				t.Errorf("menu %s opened the save dialog for a refused paper", it.Label)
			}
		} else if !chooserOpen(r) {
			t.Errorf("menu %s: no save dialog", it.Label)
		}
		closeDialogs(r)
	}
	// The notice (四十一), the agenda and the invitations (nobody invited)
	// are refused; the printable papers that could be made went to the
	// viewer.
	for _, label := range []string{"会议通知（PDF）", "议程（PDF）", "邀请函（PDF）"} {
		if refused[label] == nil {
			t.Errorf("%s was not refused", label)
		}
	}
	if len(viewer.opened) != 4 { // 签到表, 座次图, 座次名单, 桌签
		t.Errorf("viewer opened %v", viewer.opened)
	}
	if files, _ := os.ReadDir(dir); len(files) != 0 {
		t.Errorf("files left in the save folder: %v", files)
	}
}

// 打印 writes the PDF to a temporary file and hands it to the viewer.
func TestPrintOpensThePDFInTheViewer(t *testing.T) {
	r, p := pageOn(t, "2026-12-03")
	viewer := &recordingViewer{}
	r.shell.env.Viewer = viewer
	test.Tap(pageButtons(p)["打印桌签"])
	if len(viewer.opened) != 1 || !strings.HasSuffix(viewer.opened[0], "2026-12-03 常务会议 桌签.pdf") {
		t.Fatalf("viewer opened %v", viewer.opened)
	}
	b, err := os.ReadFile(viewer.opened[0])
	if err != nil || !bytes.HasPrefix(b, []byte("%PDF")) {
		t.Fatalf("printed file: %v", err)
	}
	os.RemoveAll(filepath.Dir(viewer.opened[0]))
}

// Issue 16: on an archived meeting the sign-in's 签到/缺席/代会/请假 and the
// leave tab's 登记请假 are disabled, and the page says why before a click.
func TestArchivedMeetingDisablesSignInWithTheReason(t *testing.T) {
	r, p := pageOn(t, "2026-11-28")
	for _, to := range []data.MeetingStatus{data.StatusNotified, data.StatusHeld, data.StatusArchived} {
		storeStatus(t, r, p, to)
	}
	p.open(tabSignIn)
	si := p.signin
	if !si.closed.Visible() || !strings.Contains(si.closed.Text, "已归档") || !si.search.Disabled() {
		t.Fatalf("no reason shown: %q", si.closed.Text)
	}
	seen := 0
	walk(si.list, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok {
			seen++
			if !b.Disabled() {
				t.Errorf("%s is active on an archived meeting", b.Text)
			}
		}
	})
	if seen < 4 {
		t.Fatalf("only %d row buttons laid out", seen)
	}
	p.open(tabLeave)
	if !p.leave.add.Disabled() || !strings.Contains(p.leave.closed.Text, "已归档") {
		t.Errorf("登记请假 on an archived meeting: %q", p.leave.closed.Text)
	}
}

// approvedTopic puts an approved topic of the 财政局 on meeting m.
func approvedTopic(t *testing.T, r *rig, m data.Meeting, title string) {
	t.Helper()
	tp, err := r.store.SaveTopic(t.Context(), data.Topic{Title: title, UnitID: unitNamed(t, r, "溧阳市财政局"), MeetingKind: data.MeetingExecutive, MeetingID: m.ID, Minutes: 30}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.store.DB().Exec("UPDATE topics SET state = 'approved' WHERE id = ?", tp.ID); err != nil {
		t.Fatal(err)
	}
}

// Issue 16: 发出通知 says what it freezes and asks; 取消 changes nothing;
// 发出通知 moves the meeting to 已通知 and opens the save dialog for the
// notice, which is then written; the step's button no longer offers to send,
// and the agenda is fixed.
func TestSendNoticeAsksFreezesAndMakesTheNotice(t *testing.T) {
	r, ms := meetingRig(t)
	r.store.Now = func() time.Time { return time.Date(2026, 11, 28, 10, 0, 0, 0, time.UTC) }
	m := withExecutive(t, r, "2026-12-03")
	approvedTopic(t, r, m, "关于城市更新三年行动计划的议题")
	approvedTopic(t, r, m, "关于老旧小区改造资金的议题")
	dir := t.TempDir()
	lastDir.Lock()
	lastDir.path = dir
	lastDir.Unlock()
	ms.open(m.ID)
	p := ms.page
	p.open(tabTopics) // 议题与议程: read when shown
	if p.next.Text != "发出通知…" || len(p.topics.agenda.topics) != 2 {
		t.Fatalf("next %q, agenda %d topics", p.next.Text, len(p.topics.agenda.topics))
	}
	test.Tap(p.next)
	said := topText(r)
	if !strings.Contains(said, "议程顺序固定，不能再调整（第四十一条第七步）") || !strings.Contains(said, "不再增加议题") || !strings.Contains(said, "会议通知（PDF）") {
		t.Fatalf("confirmation says %q", said)
	}
	answer(t, r, "取消")
	if p.meeting.Status != data.StatusPlanning {
		t.Fatalf("cancelled notice moved the meeting to %s", p.meeting.Status)
	}
	test.Tap(p.notice.send)
	answer(t, r, "发出通知")
	if p.meeting.Status != data.StatusNotified || !chooserOpen(r) {
		t.Fatalf("after 发出通知: %s, save dialog %v", p.meeting.Status, chooserOpen(r))
	}
	answer(t, r, "保存")
	b, err := os.ReadFile(filepath.Join(dir, "2026-12-03 市政府常务会议 会议通知.pdf"))
	if err != nil || !bytes.HasPrefix(b, []byte("%PDF")) {
		t.Fatalf("notice not written: %v", err)
	}
	if !p.notice.send.Disabled() || !strings.Contains(p.notice.state.Text, "通知已发出") || p.next.Text != "记为已召开" {
		t.Fatalf("after sending: send disabled %v, %q, next %q", p.notice.send.Disabled(), p.notice.state.Text, p.next.Text)
	}
}

// Issue 16: a meeting made after the topics screen was built is offered in
// its agenda picker.
func TestAgendaPickerOffersANewMeeting(t *testing.T) {
	r := newRig(t)
	s := topicsOf(r)
	m := withExecutive(t, r, "2026-12-17")
	s.openAgenda()
	var offered []string
	walk(r.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
		if sel, ok := o.(*widget.Select); ok {
			offered = sel.Options
		}
	})
	if !slices.Contains(offered, meetingChoice(m)) {
		t.Fatalf("picker offers %v, not %s", offered, meetingChoice(m))
	}
}

// The 纪要 tab: no draft before the meeting is held (the reason shown);
// once held, 起草纪要 drafts it and opens it on the 纪要 screen; the tab
// then shows where it stands, its 印发 is refused before any dialog while
// unsigned, and the 督办 tab lists its 议定事项 (none yet).
func TestMinutesAndTasksTabs(t *testing.T) {
	r, p := pageOn(t, "2026-11-28")
	p.open(tabMinutes) // 纪要: read when shown
	m := p.minutes
	if !m.draft.Disabled() || !strings.Contains(m.state.Text, "召开后才能起草纪要") {
		t.Fatalf("draft before held: %q", m.state.Text)
	}
	p.open(tabTasks)
	if !strings.Contains(p.tasks.note.Text, "尚无纪要") {
		t.Fatalf("督办 before the 纪要: %q", p.tasks.note.Text)
	}
	storeStatus(t, r, p, data.StatusNotified)
	storeStatus(t, r, p, data.StatusHeld)
	if m.draft.Disabled() {
		t.Fatal("起草纪要 disabled on a held meeting")
	}
	test.Tap(m.draft)
	mins := r.shell.screens[r.shell.index("minutes")].keys.(*minutesScreen)
	if m.n.ID == 0 || mins.page == nil || mins.page.id != m.n.ID {
		t.Fatalf("drafted %d, minutes screen shows %v", m.n.ID, mins.page)
	}
	if !strings.Contains(m.state.Text, "起草") || !m.draft.Disabled() || m.open.Disabled() {
		t.Fatalf("minutes tab after the draft: %q", m.state.Text)
	}
	if p.tasks.note.Text != "本次会议纪要的议定事项共 0 项" {
		t.Fatalf("督办: %q", p.tasks.note.Text)
	}
	var final *widget.Button
	walk(m.papers, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == "印发纪要" {
			final = b
		}
	})
	test.Tap(final)
	if chooserOpen(r) || !strings.Contains(topText(r), "尚未签发") {
		t.Fatalf("印发 of a draft: %q", topText(r))
	}
}
