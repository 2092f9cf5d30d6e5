package screens

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// One task from creation to closure through the 督办 screen: a 议定事项
// picked from a signed 纪要's headings, a helping unit, then a reminder,
// feedback (办理中) and closure; the overdue filter and the 通报 workbook.
func TestTaskFromCreationToClosure(t *testing.T) {
	r := newRig(t)
	r.store.Now = func() time.Time { return time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC) }
	ctx := context.Background()
	m := heldExecutive(t, r)
	n, err := r.store.DraftMinutes(ctx, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.store.SaveMinutesText(ctx, n.ID, "开头。\n# 一、关于城市更新\n会议原则同意。", 1); err != nil {
		t.Fatal(err)
	}
	n, _ = r.store.MinutesOf(ctx, n.ID)
	n.Disclosure, n.Distribution = "主动公开", "市各委办局。"
	if _, err := r.store.SaveMinutes(ctx, n); err != nil {
		t.Fatal(err)
	}
	chain, _ := r.store.SignChain(ctx, n.ID)
	for _, st := range chain {
		if _, err := r.store.SignMinutes(ctx, n.ID, data.SignAction{PersonID: st.PersonID, Day: time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)}); err != nil {
			t.Fatal(err)
		}
	}
	r.shell.Show("tasks")
	ts := r.shell.screens[r.shell.index("tasks")].keys.(*tasksScreen)
	ts.New()
	f := ts.openForm(data.Task{Source: data.SourceMinutes, Assigned: time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC), Due: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)})
	widgetOf(t, f, "纪要").(*widget.Select).SetSelectedIndex(0)
	item := widgetOf(t, f, "议定事项").(*widget.Select)
	if len(item.Options) != 1 || item.Options[0] != "关于城市更新" {
		t.Fatalf("议定事项 offered: %v", item.Options)
	}
	item.SetSelected("关于城市更新")
	widgetOf(t, f, "牵头单位").(*widget.Select).SetSelected(ts.units[3].Name)
	saved(t, f)
	if len(ts.list.all) != 1 || ts.list.all[0].Title != "关于城市更新" || ts.list.all[0].State(ts.env.Tasks.Today()) != "逾期" {
		t.Fatalf("task %+v", ts.list.all)
	}
	ts.list.list.Select(0)
	task := ts.list.all[0]
	rem := ts.askNote(task, "reminder")
	test.Type(widgetOf(t, rem, "内容").(*widget.Entry), "电话催办")
	saved(t, rem)
	fb := ts.askNote(ts.list.all[0], "feedback")
	test.Type(widgetOf(t, fb, "内容").(*widget.Entry), "已完成初稿")
	saved(t, fb)
	if ts.list.all[0].Status != data.TaskDoing || ts.list.all[0].Reminders != 1 {
		t.Fatalf("after feedback %+v", ts.list.all[0])
	}
	ts.month.SetText("2026-12")
	ts.setMonth()
	if len(ts.list.all) != 0 {
		t.Fatalf("December filter: %d", len(ts.list.all))
	}
	ts.month.SetText("2026-11")
	ts.setMonth()
	if len(ts.list.all) != 1 {
		t.Fatalf("November filter: %d", len(ts.list.all))
	}
	ts.overdue.SetChecked(true)
	if len(ts.list.all) != 1 {
		t.Fatalf("overdue filter: %d", len(ts.list.all))
	}
	cl := ts.askClose(ts.list.all[0])
	test.Tap(cl.save)
	if !cl.open || !strings.Contains(r.hint(cl, "办理结果"), "不能为空") {
		t.Fatalf("closed without a result: %q", cl.summary.Text)
	}
	test.Type(widgetOf(t, cl, "办理结果").(*widget.Entry), "已印发实施")
	saved(t, cl)
	ts.overdue.SetChecked(false)
	if got := ts.list.all[0]; got.Status != data.TaskDone || !got.Late() {
		t.Fatalf("closed %+v", got)
	}
	var buf bytes.Buffer
	if err := ts.writeBook(ctx, &buf, time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC), true); err != nil || buf.Len() == 0 {
		t.Fatalf("通报: %v", err)
	}
}
