package screens

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func calendarTab(t *testing.T, r *rig) *calendarScreen {
	t.Helper()
	r.shell.Show("settings")
	tabs := r.shell.screens[r.shell.index("settings")].made.(*container.AppTabs)
	if got := tabs.Items[len(tabs.Items)-1].Text; got != "工作日历" {
		t.Fatalf("last settings tab %q", got)
	}
	c := &calendarScreen{env: r.shell.env}
	c.build()
	return c
}

// 设置 shows the covered years; next year's schedule is entered through the
// form, a bad line named under its field, and the covered years grow.
func TestEnterNextYearsSchedule(t *testing.T) {
	r := newRig(t)
	c := calendarTab(t, r)
	if !strings.Contains(c.covered.Text, "2002—2026") {
		t.Fatalf("covered %q", c.covered.Text)
	}
	f := c.openForm(2027)
	text := widgetOf(t, f, "节假日安排").(*widget.Entry)
	text.SetText("元旦 2027-01-01~2027-01-03\n春节 2027-02-30")
	test.Type(widgetOf(t, f, "依据").(*keyEntry), "国办发明电〔2026〕测试")
	test.Tap(f.save)
	if !f.open || !strings.Contains(r.hint(f, "节假日安排"), "第 2 行") {
		t.Fatalf("bad schedule: open %v hint %q", f.open, r.hint(f, "节假日安排"))
	}
	text.SetText("元旦 2027-01-01~2027-01-03\n春节 2027-02-05~2027-02-13 上班 2027-02-14")
	saved(t, f)
	if !strings.Contains(c.covered.Text, "2002—2027") || !strings.Contains(c.entered.Text, "国办发明电") {
		t.Fatalf("after entering: %q / %q", c.covered.Text, c.entered.Text)
	}
	cal, err := r.store.WorkCalendar(context.Background())
	if err != nil || !cal.Covers(2027) {
		t.Fatalf("store calendar %v", err)
	}
}
