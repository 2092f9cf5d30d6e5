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
	signedMinutes(t, r, heldExecutive(t, r).ID)
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
	widgetOf(t, f, "牵头单位").(*choiceField).choose(ts.units[3].ID)
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
	book, err := ts.env.sources().TaskWorkbook(ctx, time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC), true)
	if err == nil {
		err = book(&buf)
	}
	if err != nil || buf.Len() == 0 {
		t.Fatalf("通报: %v", err)
	}
}

// signedMinutes drafts the 纪要 of held meeting id with one 议定事项 (一、关于城市更新)
// and has everyone on its chain sign it on 21 November 2026.
func signedMinutes(t *testing.T, r *rig, id int64) data.Minutes {
	t.Helper()
	ctx := context.Background()
	n, err := r.store.DraftMinutes(ctx, id)
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
	return n
}

// The 督办 list's 「范围」 (issue 9): it opens on the tasks still in hand —
// every one not done, whatever its year, the 2024 one overdue and first —
// and those closed this year; a task closed last year is under 全部 and
// under 2025. The 台账 of a month stays whole whatever the list shows.
func TestTaskScopeOfTheList(t *testing.T) {
	r, units := taskRig(t)
	ctx := context.Background()
	add := func(title, assigned, due, closed string) data.Task {
		t.Helper()
		k, err := r.store.SaveTask(ctx, data.Task{Source: data.SourceNPC, Title: title, LeadUnitID: units[3].ID, Assigned: taskDay(t, assigned), Due: taskDay(t, due)})
		if err != nil {
			t.Fatal(err)
		}
		if closed != "" {
			if k, err = r.store.CloseTask(ctx, k.ID, k.Version, taskDay(t, closed), "已办结"); err != nil {
				t.Fatal(err)
			}
		}
		return k
	}
	old := add("2024 年的逾期事项", "2024-01-10", "2024-03-31", "")
	lastYear := add("去年办结的事项", "2025-03-01", "2025-06-30", "2025-07-10")
	thisYear := add("今年办结的事项", "2025-11-01", "2025-12-20", "2026-01-05")
	open := add("年底到期的事项", "2026-11-01", "2026-12-31", "")

	r.shell.Show("tasks")
	ts := r.shell.screens[r.shell.index("tasks")].keys.(*tasksScreen)
	titles := func() []string {
		var out []string
		for _, k := range ts.list.all {
			out = append(out, k.Title)
		}
		return out
	}
	if ts.scopeSel.Selected != "未办结及本年办结" {
		t.Fatalf("scope at opening: %q", ts.scopeSel.Selected)
	}
	if got := titles(); len(got) != 3 || got[0] != old.Title || got[1] != open.Title || got[2] != thisYear.Title {
		t.Fatalf("default scope: %v", got)
	}
	if ts.list.all[0].State(ts.env.Tasks.Today()) != "逾期" || !strings.Contains(ts.list.count.Text, "3") {
		t.Fatalf("first %+v, count %q", ts.list.all[0], ts.list.count.Text)
	}
	if opts := ts.scopeSel.Options; len(opts) != 13 || opts[1] != "全部" || opts[2] != "2026" || opts[12] != "2016" {
		t.Fatalf("scopes offered: %v", opts)
	}
	ts.overdue.SetChecked(true)
	if got := titles(); len(got) != 1 || got[0] != old.Title {
		t.Fatalf("default scope, overdue only: %v", got)
	}
	ts.overdue.SetChecked(false)
	ts.scopeSel.SetSelected("全部")
	if got := titles(); len(got) != 4 || got[3] != lastYear.Title {
		t.Fatalf("全部: %v", got)
	}
	ts.scopeSel.SetSelected("2025")
	if got := titles(); len(got) != 2 || got[0] != thisYear.Title || got[1] != lastYear.Title {
		t.Fatalf("2025: %v", got)
	}
	ts.month.SetText("2025-06")
	ts.setMonth()
	if got := titles(); len(got) != 1 || got[0] != lastYear.Title {
		t.Fatalf("2025 and June: %v", got)
	}
	ts.scopeSel.SetSelected("2024")
	if len(ts.list.all) != 0 {
		t.Fatalf("2024 and June 2025: %v", titles())
	}
	ts.month.SetText("")
	ts.setMonth()
	if got := titles(); len(got) != 1 || got[0] != old.Title {
		t.Fatalf("2024: %v", got)
	}
	ts.scopeSel.SetSelected("未办结及本年办结")
	if len(ts.list.all) != 3 {
		t.Fatalf("back to the default: %v", titles())
	}
	// The export's month covers every task due in it: June 2025's 台账
	// holds the task the default scope hides, as the dialog says.
	f := ts.askExport(false)
	if !strings.Contains(r.hint(f, "月份"), "不受列表的范围和筛选限制") {
		t.Fatalf("export hint %q", r.hint(f, "月份"))
	}
	f.close()
	june, err := ts.env.Tasks.Tasks(ctx, data.TaskFilter{From: taskDay(t, "2025-06-01"), To: taskDay(t, "2025-06-30")})
	if err != nil || len(june) != 1 || june[0].ID != lastYear.ID {
		t.Fatalf("the 台账's tasks of June 2025: %v %+v", err, june)
	}
}

func taskDay(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse(data.DateLayout, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
