package screens

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// The meeting page's PDFs: 签到表, 座次图, 桌签 and a 请假审批单.
func TestMeetingPagePDFs(t *testing.T) {
	r, ms := meetingRig(t)
	r.newMeeting(ms, "常务会议", "2026-12-03", "09:00", "11:00")
	ms.open(ms.list.all[0].ID)
	p := ms.page
	lf := p.leave.openForm()
	who := selectField(t, lf, "请假人")
	who.SetSelected(who.Options[len(who.Options)-1])
	test.Type(r.entry(lf, "事由"), "出差")
	test.Tap(lf.save)
	if len(p.leaves) != 1 {
		t.Fatalf("leave not recorded: %s", lf.summary.Text)
	}
	dir := t.TempDir()
	for name, b := range map[string]builder{
		"签到表.pdf": p.drawn("signin"), "座次名单.pdf": p.drawn("seating-list"), "座次图.pdf": p.drawn("seating"),
		"桌签.pdf": p.drawn("tablecards"), "请假审批单.pdf": p.leavePaper(p.leaves[0].ID), "日历.ics": p.calendar,
	} {
		path := filepath.Join(dir, name)
		exportTo(r.shell.env, path, built(b))
		b, err := os.ReadFile(path)
		if err != nil || !bytes.HasPrefix(b, []byte("%PDF")) && !bytes.HasPrefix(b, []byte("BEGIN:VCALENDAR")) {
			t.Fatalf("%s: %v", name, err)
		}
	}
}

// 请假 on the sign-in opens the leave form for that person.
func TestSignInLeaveOpensTheFormForThePerson(t *testing.T) {
	r, ms := meetingRig(t)
	r.newMeeting(ms, "常务会议", "2026-12-03", "09:00", "11:00")
	ms.open(ms.list.all[0].ID)
	p := ms.page
	p.open(tabSignIn)
	who := p.signin.shown[3]
	f := p.leave.openFormFor(who.PersonID)
	if sel := selectField(t, f, "请假人"); !strings.HasPrefix(sel.Selected, who.Name) {
		t.Fatalf("form for %q, want %s", sel.Selected, who.Name)
	}
}

// Ctrl+F on a meeting's sign-in puts the cursor in its name field.
func TestFindOnSignInFocusesTheNameField(t *testing.T) {
	r, ms := meetingRig(t)
	r.newMeeting(ms, "常务会议", "2026-12-03", "09:00", "11:00")
	ms.open(ms.list.all[0].ID)
	ms.page.open(tabSignIn)
	r.shell.handleShortcut(shortcutFind)
	if r.win.Canvas().Focused() != ms.page.signin.search {
		t.Fatal("Ctrl+F did not focus the sign-in's name field")
	}
}

// 四十一 from the participants tab: a fourth 人大代表 is refused naming the
// clause; the override form records the reason and adds the deputy.
func TestInviteeOverrideFromTheParticipantsTab四十一(t *testing.T) {
	r, ms := meetingRig(t)
	r.newMeeting(ms, "常务会议", "2026-12-03", "09:00", "11:00")
	ms.open(ms.list.all[0].ID)
	p := ms.page
	pt := p.people
	added := 0
	for _, o := range pt.options("市人大代表") {
		pt.person.SetText(o)
		pt.role.SetSelected(pt.role.Options[2]) // 邀请列席
		pt.add()
		if p.pendingOverride != nil {
			break
		}
		added++
	}
	f := p.pendingOverride
	if added != 3 || f == nil || !strings.Contains(f.fields[0].item.Widget.(*widget.Label).Text, "第四十一条") {
		t.Fatalf("added %d before the refusal; form %v", added, f)
	}
	test.Type(r.entry(f, "越规理由"), "议题涉及四个镇，经市长同意多邀一人")
	test.Tap(f.save)
	if f.open {
		t.Fatalf("override not saved: %s", f.summary.Text)
	}
	n := 0
	for _, q := range p.parts {
		if q.Role == data.AttendInvited {
			n++
		}
	}
	if n != 4 || len(p.meeting.Overrides) != 1 {
		t.Fatalf("%d invited, overrides %+v", n, p.meeting.Overrides)
	}
}
