package screens

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
