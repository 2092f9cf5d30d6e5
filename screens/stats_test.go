package screens

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"github.com/xuri/excelize/v2"

	"huiwu/data"
)

// A held meeting with one absence shows in the statistics and exports; a
// bad period is refused naming the field.
func TestStatsScreenTalliesAndExports六十一(t *testing.T) {
	r, ms := meetingRig(t)
	r.newMeeting(ms, "常务会议", "2026-11-28", "09:00", "11:00")
	ms.open(ms.list.all[0].ID)
	p := ms.page
	storeStatus(t, r, p, data.StatusNotified) // no topics: no notice to send
	test.Tap(p.next)                          // 已召开
	if p.meeting.Status != data.StatusHeld {
		t.Fatalf("status %s", p.meeting.Status)
	}
	r.shell.Show("stats")
	s := r.shell.screens[r.shell.index("stats")].keys.(*statsScreen)
	s.from.SetText("2026-01-01")
	s.to.SetText("2026-12-31")
	s.run()
	// Nobody signed in: all 16 are absent without leave.
	if !strings.Contains(s.cadence.Text, "市政府常务会议 1/12") {
		t.Fatalf("cadence %q", s.cadence.Text)
	}
	if s.stats.Meetings != 1 || len(s.stats.Absences) != 16 || !strings.Contains(s.summary.Text, "16") {
		t.Fatalf("stats %d meetings, %d absences, %q", s.stats.Meetings, len(s.stats.Absences), s.summary.Text)
	}
	path := filepath.Join(t.TempDir(), "统计.xlsx")
	exportTo(r.shell.env, path, s.write)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if v, _ := f.GetCellValue("缺席通报", "F4"); v != "未签到" {
		t.Fatalf("absence sheet F4 = %q", v)
	}
	path = filepath.Join(t.TempDir(), "签到表.xlsx")
	exportTo(r.shell.env, path, built(p.signInPapers()[1].build))
	if _, err := os.Stat(path); err != nil {
		t.Fatal(err)
	}
	s.from.SetText("2026-13-01")
	if _, _, err := s.periodOf(); len(data.ProblemsOf(err)) == 0 || data.ProblemsOf(err)[0].Field != "开始日期" {
		t.Fatalf("bad period: %v", err)
	}
}

func TestLastQuarter(t *testing.T) {
	for now, want := range map[string]string{"2026-11-28": "2026-07-01 2026-09-30", "2026-01-15": "2025-10-01 2025-12-31", "2026-04-01": "2026-01-01 2026-03-31"} {
		d, _ := data.ParseDate(now)
		f, to := lastQuarter(d)
		if got := f.Format(data.DateLayout) + " " + to.Format(data.DateLayout); got != want {
			t.Errorf("lastQuarter(%s) = %s, want %s", now, got, want)
		}
	}
}

// Issue 16: the period is two of the program's date fields, showing the
// office's form; a day picked on a field's month sheet tallies the period
// at once — the meeting of 20 November drops out from the 21st and is
// back from the 20th.
func TestStatsPeriodPickedOnTheSheet(t *testing.T) {
	r := newRig(t)
	heldExecutive(t, r) // 2026-11-20
	r.shell.Show("stats")
	s := r.shell.screens[r.shell.index("stats")].keys.(*statsScreen)
	if s.from.Text != "2026年1月1日（星期四）" || s.to.Text != "2026年12月31日（星期四）" || s.stats.Meetings != 1 {
		t.Fatalf("opens on %q–%q with %d meetings", s.from.Text, s.to.Text, s.stats.Meetings)
	}
	pick := func(d *dateEntry, month time.Month, day string) {
		t.Helper()
		d.showPicker()
		d.picker.show(time.Date(2026, month, 1, 0, 0, 0, 0, time.UTC))
		for _, c := range d.picker.dayCells {
			if c.Text == day {
				test.Tap(c)
				return
			}
		}
		t.Fatalf("no day %s on the sheet", day)
	}
	pick(s.from, time.November, "21")
	if s.from.Text != "2026年11月21日（星期六）" || s.stats.Meetings != 0 || s.summary.Text != "已召开会议 0 次；未经批准缺席 0 人次。" {
		t.Fatalf("from the 21st: %q, %d meetings, %q", s.from.Text, s.stats.Meetings, s.summary.Text)
	}
	pick(s.from, time.November, "20")
	if s.stats.Meetings != 1 || !s.period[0].Equal(time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)) {
		t.Fatalf("from the 20th: %d meetings, period %v", s.stats.Meetings, s.period)
	}
	pick(s.to, time.November, "19") // a period that ends before it starts is refused, naming the field
	if said := topText(r); !strings.Contains(said, "结束日期") || !strings.Contains(said, "不能早于开始日期") || s.stats.Meetings != 1 {
		t.Fatalf("to the 19th: %q, %d meetings", said, s.stats.Meetings)
	}
}
