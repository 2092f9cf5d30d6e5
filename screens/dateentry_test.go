package screens

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// A date field shows a day as the office's papers write it, and reads it
// back whichever way the secretary types it.
func TestDateEntryPrintsAndParsesTheOfficeForm(t *testing.T) {
	r := newRig(t)
	e := newDateEntry(r.shell.env, day(2026, 1, 5))
	if e.Text != "2026年1月5日（星期一）" {
		t.Fatalf("shows %q", e.Text)
	}
	for _, typed := range []string{"2026年1月5日（星期一）", "2026年1月5日", "2026-01-05", "2026/1/5", " 2026.1.5 ", "2026年01月05日(周一)"} {
		e.SetText(typed)
		got, err := e.Day()
		if err != nil || !got.Equal(day(2026, 1, 5)) {
			t.Errorf("%q read as %v, %v", typed, got, err)
		}
	}
	// The digits decide: a day edited from 5日 to 6日 is the 6th, and the
	// field writes its weekday right when the cursor leaves it.
	e.SetText("2026年1月6日（星期一）")
	e.FocusLost()
	if e.Text != "2026年1月6日（星期二）" {
		t.Errorf("edited day rewritten as %q", e.Text)
	}
	e.SetText("2026/1/5")
	e.FocusLost()
	if e.Text != "2026年1月5日（星期一）" {
		t.Errorf("typed day rewritten as %q", e.Text)
	}
	for typed, want := range map[string]string{
		"2026-02-30": "日期「2026-02-30」无效：没有这一天",
		"下周一":        "日期「下周一」无效，应为 2026年1月5日 或 2026-01-05 这样的写法，也可点右侧日历选择",
		"":           "日期不能为空",
		"1900-01-01": "日期「1900-01-01」的年份超出范围（1949—2200）",
	} {
		e.SetText(typed)
		if _, err := e.Day(); err == nil || data.ErrorMessage(err) != want {
			t.Errorf("%q: %v, want %q", typed, err, want)
		}
		e.FocusLost()
		if e.Text != typed {
			t.Errorf("a bad day %q was rewritten as %q", typed, e.Text)
		}
	}
}

// A new meeting is put on the next working day of the working calendar:
// Monday after a Saturday, and after the National Day holiday (1—7 October
// 2026, 国办发明电〔2025〕7号) the 8th, not the 1st.
func TestNewMeetingDefaultsToTheNextWorkingDay(t *testing.T) {
	r, ms := meetingRig(t)
	for _, c := range []struct {
		now  time.Time
		want string
	}{
		{time.Date(2026, 11, 28, 10, 0, 0, 0, time.Local), "2026年11月30日（星期一）"}, // a Saturday
		{time.Date(2026, 11, 30, 8, 0, 0, 0, time.Local), "2026年12月1日（星期二）"},
		{time.Date(2026, 9, 30, 17, 0, 0, 0, time.Local), "2026年10月8日（星期四）"},
		{time.Date(2026, 12, 6, 9, 0, 0, 0, time.Local), "2026年12月7日（星期一）"}, // a Sunday
	} {
		ms.env.Now = func() time.Time { return c.now }
		f := ms.newForm()
		if got := r.entry(f, "日期").Text; got != c.want {
			t.Errorf("on %s the new meeting is on %q, want %q", c.now.Format("2006-01-02"), got, c.want)
		}
		if got := r.entry(f, "开始时间").Text; got != "09:00" {
			t.Errorf("starts at %q", got)
		}
		f.cancel()
	}
}

// The month sheet reads 2026年10月, starts the week on Monday, gives the
// working days (the make-up Saturday among them) a button's shade and
// leaves the holidays plain; a tap writes the day into the field.
func TestDayPickerMarksRestDaysAndFillsTheField(t *testing.T) {
	r := newRig(t)
	env := r.shell.env
	e := newDateEntry(env, day(2026, 10, 8))
	r.win.SetContent(container.NewVBox(e))
	e.showPicker()
	p := e.picker
	if pos := e.popup.Content.Position(); pos.Y < e.Size().Height {
		t.Errorf("the sheet opens at %v, over its field (height %v)", pos, e.Size().Height)
	}
	if p.heading.Text != "2026年10月" {
		t.Errorf("heading %q", p.heading.Text)
	}
	cell := func(d int) *widget.Button { return p.dayCells[d+2] } // 1 October 2026 is a Thursday
	if cell(1).Text != "1" || p.dayCells[0].Text != "" || !p.dayCells[0].Disabled() {
		t.Fatalf("first row %q %q", p.dayCells[0].Text, cell(1).Text)
	}
	for d, want := range map[int]widget.Importance{
		1: widget.LowImportance, 7: widget.LowImportance, 11: widget.LowImportance, // 国庆节, a Sunday
		8: widget.HighImportance, 9: widget.MediumImportance, 10: widget.MediumImportance, // the day shown, a Friday, the make-up Saturday
	} {
		if cell(d).Importance != want {
			t.Errorf("%d October: importance %v, want %v", d, cell(d).Importance, want)
		}
	}
	test.Tap(cell(9))
	if e.Text != "2026年10月9日（星期五）" || e.popup.Visible() {
		t.Errorf("tap wrote %q, sheet still open: %v", e.Text, e.popup.Visible())
	}
	if !strings.Contains(p.grid.Objects[0].(*widget.Label).Text, "一") {
		t.Errorf("week starts on %q", p.grid.Objects[0].(*widget.Label).Text)
	}
}
