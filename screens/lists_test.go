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
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// saveMeetingAt stores a 常务会议 chaired by the mayor at start, taken to
// status through the steps before it.
func saveMeetingAt(t *testing.T, r *rig, title string, start time.Time, status data.MeetingStatus) data.Meeting {
	t.Helper()
	ctx := context.Background()
	var mayor data.Person
	ps, _ := r.store.People(ctx)
	for _, p := range ps {
		if p.HasRole(data.RoleMayor) {
			mayor = p
		}
	}
	m, _, err := r.store.SaveMeeting(ctx, data.Meeting{
		Title: title, Kind: data.MeetingExecutive, Start: start, End: start.Add(2 * time.Hour),
		Place: "三楼会议室", ChairID: mayor.ID, Status: data.StatusPlanning,
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range []data.MeetingStatus{data.StatusNotified, data.StatusHeld} {
		if status == data.StatusPlanning || (status == data.StatusNotified && st == data.StatusHeld) {
			break
		}
		if m, err = r.store.SetMeetingStatus(ctx, m.ID, m.Version, st, ""); err != nil {
			t.Fatal(err)
		}
	}
	return m
}

// weeklyMeetings saves a meeting every other Monday of 2026 at 09:00,
// from 5 January to 21 December (but 14 September, when the demo mayor is
// away and has delegated the chair): 25 meetings, more than a window
// shows. They are on the meetings screen (all years).
func weeklyMeetings(t *testing.T) (*rig, *meetingsScreen) {
	r, ms := meetingRig(t)
	for d := time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC); d.Year() == 2026; d = d.AddDate(0, 0, 14) {
		if d.Month() == time.September && d.Day() == 14 {
			continue
		}
		saveMeetingAt(t, r, fmt.Sprintf("第%d周例会", d.YearDay()/7+1), d, data.StatusPlanning)
	}
	ms.reload()
	return r, ms
}

// rowsAbove is how many rows lie above the list's visible top.
func rowsAbove(l *recordList[data.Meeting]) float32 {
	return l.list.GetScrollOffset() / (l.list.CreateItem().MinSize().Height + theme.Padding())
}

// The meetings list runs in date order and opens on today's week: with the
// clock on Saturday 11 April 2026, the first row in view is Monday 13 April
// (the 8th meeting), the past meetings above it and the coming ones below.
// Late in the year the list cannot scroll that far: the last rows are in
// view, 7 December (the next meeting after 28 November) among them.
func TestMeetingListOpensOnTheNextMeeting(t *testing.T) {
	_, ms := weeklyMeetings(t)
	ms.env.Now = func() time.Time { return time.Date(2026, 4, 11, 10, 0, 0, 0, time.Local) }
	ms.reload()
	if got := rowsAbove(&ms.list); got != 7 || dateText(ms.list.shown[7].Start) != "2026年4月13日（星期一）" {
		t.Errorf("the list opens with %v rows above, want 7 (13 April at the top)", got)
	}
	ms.env.Now = func() time.Time { return time.Date(2026, 11, 28, 10, 0, 0, 0, time.Local) }
	ms.reload()
	rows := ms.list.list.Size().Height / (ms.list.list.CreateItem().MinSize().Height + theme.Padding())
	if above := rowsAbove(&ms.list); above == 0 || above > 23 || above+rows < float32(len(ms.list.shown))-0.5 {
		t.Errorf("in November %v rows above and %v in view of %d: 7 December (row 23) and the last not both in view", above, rows, len(ms.list.shown))
	}
}

// After 保存 the new meeting is the selected row, in view, and read in full
// on the line under the list.
func TestSavedMeetingIsSelectedAndInView(t *testing.T) {
	r, ms := weeklyMeetings(t)
	title := "关于城市更新和老旧小区改造工作推进情况的专题会议（第二次）"
	f := r.newMeeting(ms, title, "2026年3月4日", "15:00", "17:00")
	if f.open {
		t.Fatalf("not saved: %s", f.summary.Text)
	}
	m, ok := ms.list.current()
	if !ok || m.Title != title {
		t.Fatalf("selected after save: %v %q", ok, m.Title)
	}
	if ms.list.selected != 5 { // after the Mondays of 5 and 19 January, 2 and 16 February and 2 March
		t.Errorf("selected row %d", ms.list.selected)
	}
	rows := ms.list.list.Size().Height / (ms.list.list.CreateItem().MinSize().Height + theme.Padding())
	if above := rowsAbove(&ms.list); float32(ms.list.selected) < above || float32(ms.list.selected)+1 > above+rows {
		t.Errorf("row %d not in view: %v rows above, %v in view", ms.list.selected, above, rows)
	}
	if d := ms.list.detail.Text; !strings.HasPrefix(d, "2026年3月4日（星期三） 15:00　") || !strings.Contains(d, "　"+title+"　三楼会议室　") {
		t.Errorf("detail line %q, want the day and the whole title", d)
	}
	// An edit saved from a search that no longer finds it: the search gives way.
	test.Type(ms.list.search, "城市更新")
	ms.list.list.Select(0)
	ef := ms.openForm(ms.list.shown[0], 0) // what 编辑 opens
	r.entry(ef, "会议名称").SetText("第二次专题会议")
	saved(t, ef)
	if m, ok := ms.list.current(); !ok || m.Title != "第二次专题会议" || ms.list.search.Text != "" {
		t.Errorf("after an edit: selected %v %q, search %q", ok, m.Title, ms.list.search.Text)
	}
}

// 打开 is off until a row is selected; Enter and a double-click open the
// selected meeting; 返回 comes back to it selected.
func TestEnterAndDoubleClickOpenTheMeeting(t *testing.T) {
	_, ms := weeklyMeetings(t)
	var open *widget.Button
	for _, b := range ms.list.needsRow {
		if b.Text == lang.L("meeting.open") {
			open = b
		}
	}
	if open == nil || !open.Disabled() || !ms.list.edit.Disabled() {
		t.Fatal("打开 or 编辑 on with nothing selected")
	}
	ms.list.list.Select(3)
	if open.Disabled() {
		t.Fatal("打开 off with a row selected")
	}
	want := ms.list.shown[3].ID
	ms.list.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if ms.page == nil || ms.page.id != want {
		t.Fatalf("Enter did not open meeting %d", want)
	}
	ms.back()
	if m, ok := ms.list.current(); !ok || m.ID != want {
		t.Fatalf("back on %v %d, want %d", ok, m.ID, want)
	}
	ms.list.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if m, _ := ms.list.current(); m.ID != ms.list.shown[4].ID {
		t.Fatalf("Down selected %q", m.Title)
	}
	var row *listRow
	for _, o := range test.LaidOutObjects(ms.list.list) {
		if lr, ok := o.(*listRow); ok && lr.id == 5 && lr.Visible() {
			row = lr
		}
	}
	if row == nil {
		t.Fatal("row 5 not drawn")
	}
	test.DoubleTap(row)
	if ms.page == nil || ms.page.id != ms.list.shown[5].ID {
		t.Fatal("a double-click did not open row 5")
	}
}

// 纪要 › 新建 offers the held meetings newest first, narrowed as the
// secretary types; one that has its 纪要 is marked and cannot be chosen.
func TestMinutesMeetingPickerFiltersAsYouType(t *testing.T) {
	r := newRig(t)
	r.store.Now = func() time.Time { return time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC) }
	ctx := context.Background()
	oct := saveMeetingAt(t, r, "市政府常务会议", time.Date(2026, 10, 12, 9, 0, 0, 0, time.UTC), data.StatusHeld)
	nov := saveMeetingAt(t, r, "市政府常务会议", time.Date(2026, 11, 9, 9, 0, 0, 0, time.UTC), data.StatusHeld)
	saveMeetingAt(t, r, "安全生产专题会议", time.Date(2026, 9, 7, 9, 0, 0, 0, time.UTC), data.StatusHeld)
	saveMeetingAt(t, r, "尚未召开的会议", time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC), data.StatusNotified)
	if _, err := r.store.DraftMinutes(ctx, nov.ID); err != nil {
		t.Fatal(err)
	}
	r.shell.Show("minutes")
	ms := r.shell.screens[r.shell.index("minutes")].keys.(*minutesScreen)
	ms.New()
	picker := ms.picker
	var lines []string
	for _, it := range picker.shown {
		lines = append(lines, strings.TrimSpace(it.Label+"　"+it.Note))
	}
	want := []string{
		"2026年10月12日（星期一）　市政府常务会议",
		"2026年9月7日（星期一）　安全生产专题会议",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") || picker.status.Text != "可选 2 项（共 2 项），请点选一项" {
		t.Fatalf("offered:\n%s\nwant:\n%s\nstatus %q", strings.Join(lines, "\n"), strings.Join(want, "\n"), picker.status.Text)
	}
	// A search lists the meeting that has its 纪要 too, after the others,
	// marked; the one left to choose is chosen by itself.
	test.Type(picker.search, "2026-1") // October and November
	if len(picker.shown) != 2 || picker.shown[1].Label+picker.shown[1].Note != "2026年11月9日（星期一）　市政府常务会议（已有纪要）" ||
		picker.status.Text != "已选：2026年10月12日（星期一）　市政府常务会议" {
		t.Fatalf("searching: %+v, status %q", picker.shown, picker.status.Text)
	}
	picker.list.Select(1)
	test.Tap(ms.draft.save)
	if !ms.draft.open || !strings.Contains(ms.draft.summary.Text+r.hint(ms.draft, "会议"), "请选择会议") {
		t.Fatalf("a meeting with its 纪要 was accepted: %q", ms.draft.summary.Text)
	}
	picker.search.SetText("")
	test.Type(picker.search, "2026-10")
	if len(picker.shown) != 1 || picker.shown[0].ID != oct.ID || picker.status.Text != "已选：2026年10月12日（星期一）　市政府常务会议" {
		t.Fatalf("typing 2026-10 left %d, status %q", len(picker.shown), picker.status.Text)
	}
	picker.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if ms.draft.open || ms.page == nil || ms.page.n.MeetingID != oct.ID {
		t.Fatalf("Enter did not draft the October meeting's 纪要: %s", ms.draft.summary.Text)
	}
}

// A unit field narrows the hundred units as the secretary types: Down
// marks a line without taking it, Enter takes it and closes the list.
func TestUnitFieldFiltersAsYouType(t *testing.T) {
	_, ms := meetingRig(t)
	f := ms.newForm()
	c := widgetOf(t, f, "召开单位").(*choiceField)
	if c.Text != "（无）" || c.id != 0 {
		t.Fatalf("a new meeting's unit %q %d", c.Text, c.id)
	}
	test.Tap(c)
	all := len(c.picker.shown)
	test.Type(c.picker.search, "财政")
	if all < 20 || len(c.picker.shown) != 1 || c.picker.shown[0].Label != "溧阳市财政局" {
		t.Fatalf("typing 财政 left %d of %d", len(c.picker.shown), all)
	}
	if !c.popup.Visible() || c.id != 0 {
		t.Fatal("the only match was taken before Enter")
	}
	c.picker.search.SetText("局")
	c.picker.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	c.picker.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if !c.popup.Visible() || c.id != 0 || c.picker.chosen != 1 {
		t.Fatalf("Down: open %v, chosen line %d, field %d", c.popup.Visible(), c.picker.chosen, c.id)
	}
	want := c.picker.shown[1]
	c.picker.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if c.popup.Visible() || c.id != want.ID || c.Text != want.Label {
		t.Fatalf("Enter: open %v, field %q %d, want %q", c.popup.Visible(), c.Text, c.id, want.Label)
	}
}
