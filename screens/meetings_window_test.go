package screens

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"huiwu/data"
)

// The 会议 list reads a window around today, not the year (issue 19): with
// three meetings before and twenty from today on, it opens on 13 April at
// the top with the three before it above, as it did holding the year; the
// count says how many the year holds; 显示更多, a search and a meeting
// saved outside the window read the whole year.
func TestMeetingListReadsAWindowAroundToday(t *testing.T) {
	_, ms := weeklyMeetings(t)
	ms.env.Now = func() time.Time { return time.Date(2026, 4, 11, 10, 0, 0, 0, time.Local) }
	ms.reload()
	year := append([]int64(nil), meetingIDs(ms.list.all)...)
	if len(year) != 25 || ms.list.moreBtn.Visible() {
		t.Fatalf("a year within the window is read whole: %d meetings", len(year))
	}
	ms.window = [2]int{3, 20}
	ms.year.SetSelected("全部") // a new filter opens on the window
	ms.year.SetSelected("2026")
	if got := meetingIDs(ms.list.all); len(got) != 21 || got[0] != year[4] || got[20] != year[24] {
		t.Fatalf("window %v, want rows 4 to 24 of %v", got, year)
	}
	if got := rowsAbove(&ms.list); got != 3 || dateText(ms.list.shown[3].Start) != "2026年4月13日（星期一）" {
		t.Errorf("the window opens with %v rows above, want 3 (13 April at the top)", got)
	}
	if ms.list.count.Text != "共 25 次会议，已列出 21" || !ms.list.moreBtn.Visible() {
		t.Errorf("count %q, 显示更多 shown %v", ms.list.count.Text, ms.list.moreBtn.Visible())
	}
	test.Tap(ms.list.moreBtn)
	if got := meetingIDs(ms.list.all); len(got) != 25 || rowsAbove(&ms.list) != 7 || ms.list.moreBtn.Visible() {
		t.Fatalf("after 显示更多: %d meetings, %v rows above", len(got), rowsAbove(&ms.list))
	}

	ms.year.SetSelected("全部")
	ms.year.SetSelected("2026")
	test.Type(ms.list.search, "第1周例会") // 5 January's, before the window
	if len(ms.list.all) != 25 || len(ms.list.shown) != 1 || ms.list.shown[0].ID != year[0] {
		t.Fatalf("search: %d shown of %d read", len(ms.list.shown), len(ms.list.all))
	}
	ms.list.search.SetText("")

	ms.year.SetSelected("全部")
	ms.year.SetSelected("2026")
	ms.list.selectID(year[1])
	ms.reload()
	if m, ok := ms.list.current(); !ok || m.ID != year[1] || len(ms.list.all) != 25 {
		t.Fatalf("saved meeting outside the window: selected %v %d, %d read", ok, m.ID, len(ms.list.all))
	}
}

func meetingIDs(ms []data.Meeting) []int64 {
	var out []int64
	for _, m := range ms {
		out = append(out, m.ID)
	}
	return out
}
