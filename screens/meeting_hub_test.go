package screens

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

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
	p2.signin.mark(p2.signin.shown[0], data.AttendPresent, "", "")
	if p2.signin.asked != nil || r2.win.Canvas().Overlays().Top() != nil || !strings.Contains(p2.signin.counts.Text, "实到 1") {
		t.Fatalf("asked on the meeting's day: %q", p2.signin.counts.Text)
	}
}

// Issue 16: the 签到表 made before the meeting, one person signed in early,
// leaves 实到 and 缺席 blank instead of counting the other seven members absent.
func TestSignInSheetBeforeTheMeetingLeavesCountsBlank(t *testing.T) {
	r, p := pageOn(t, "2026-12-03")
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
	member := p.seating.members[1]
	lf := p.leave.openFormFor(member.PersonID)
	test.Type(r.entry(lf, "事由"), "赴省参加会议")
	test.Type(r.entry(lf, "代会人"), "钱代会")
	test.Type(r.entry(lf, "代会人职务"), "副秘书长")
	test.Tap(lf.save)
	if lf.open || len(p.leaves) != 1 {
		t.Fatalf("leave: %q", lf.summary.Text)
	}
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
