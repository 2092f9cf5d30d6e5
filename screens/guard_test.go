package screens

import (
	"context"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/data/store"
	"huiwu/translation"
)

// shownButton is the button labelled text in view under root, or nil.
func shownButton(root fyne.CanvasObject, text string) *widget.Button {
	b, _ := shownOf[*widget.Button](root, func(b *widget.Button) bool { return b.Text == text })
	return b
}

// hintShows tells whether a label in view under root reads text.
func hintShows(root fyne.CanvasObject, text string) bool {
	_, ok := shownOf[*widget.Label](root, func(l *widget.Label) bool { return l.Text == text })
	return ok
}

// shownOf is the last T in view under root that match accepts.
func shownOf[T fyne.CanvasObject](root fyne.CanvasObject, match func(T) bool) (T, bool) {
	var found T
	ok := false
	walkShown(root, func(o fyne.CanvasObject) {
		if v, is := o.(T); is && match(v) {
			found, ok = v, true
		}
	})
	return found, ok
}

// emptyStore is a new data folder's store with the translations loaded
// and a test app running.
func emptyStore(t *testing.T) *store.Store {
	t.Helper()
	test.NewTempApp(t)
	if err := translation.Load(); err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// An empty list says what to do first, with a button for it: no meeting
// yet → 新建会议; no 纪要 → 起草纪要; no 督办 → 登记督办事项; and 打开 waits
// for a row with the reason beside it.
func TestEmptyListsSayWhatToDo(t *testing.T) {
	r := newRig(t)
	for _, tc := range []struct{ screen, button string }{
		{"meetings", "新建会议"}, {"minutes", "起草纪要"}, {"tasks", "登记督办事项"},
	} {
		r.shell.Show(tc.screen)
		if shownButton(r.shell.stack, tc.button) == nil {
			t.Errorf("the empty %s list offers no 「%s」", tc.screen, tc.button)
		}
	}
	ms := r.shell.screens[r.shell.index("meetings")].keys.(*meetingsScreen)
	r.shell.Show("meetings")
	open := findButton(t, r.shell.stack, "打开")
	// The reason is the list's own line: choose a row, double-click or Enter.
	if !open.Disabled() || hintShows(r.shell.stack, "请先在列表中选中一项") || ms.list.detail.Text != "选中一行，在此显示其全部内容；双击或按回车键打开" {
		t.Errorf("打开 with no meeting chosen: disabled %v, the list's line %q", open.Disabled(), ms.list.detail.Text)
	}
	heldExecutive(t, r)
	ms.reload()
	if shownButton(r.shell.stack, "新建会议") != nil {
		t.Error("the list with a meeting still shows the empty offer")
	}
	ms.list.list.Select(0)
	if open.Disabled() || hintShows(r.shell.stack, "请先在列表中选中一项") {
		t.Error("打开 with a meeting chosen is still disabled")
	}
}

// Issue 16: the empty 议题 and 公文 registers say what to do next, and their
// button opens the form; a 状态 filter that finds nothing is no empty
// register and makes no offer.
func TestEmptyTopicsAndDocumentsOfferTheirForm(t *testing.T) {
	r := newRig(t) // the roster alone: no topic, no document yet
	for _, tc := range []struct{ screen, text, button, field string }{
		{"topics", "还没有议题。\n单位申报的议题在这里登记，排上会议后即可生成议程和通知。", "申报议题", "议题名称"},
		{"documents", "还没有公文。\n收到来文后，在这里登记，会签、批示和办结都从这里开始。", "登记公文", "来文单位"},
	} {
		r.shell.Show(tc.screen)
		b := shownButton(r.shell.stack, tc.button)
		if b == nil || !hintShows(r.shell.stack, tc.text) {
			t.Fatalf("the empty %s list: offer %v, text shown %v", tc.screen, b != nil, hintShows(r.shell.stack, tc.text))
		}
		test.Tap(b)
		if !formOpenWith(r, tc.field) {
			t.Errorf("「%s」 opened %q, not the form", tc.button, topText(r))
		}
		closeDialogs(r)
	}
	ds := r.shell.screens[r.shell.index("documents")].keys.(*documentsScreen)
	ds.status.SetSelectedIndex(1)
	if shownButton(r.shell.stack, "登记公文") != nil {
		t.Error("a 状态 filter that finds nothing shows the empty register's offer")
	}
}

// formOpenWith tells whether the window's top dialog holds a form with a
// field named field.
func formOpenWith(r *rig, field string) bool {
	top := r.win.Canvas().Overlays().Top()
	if top == nil {
		return false
	}
	_, ok := shownOf[*widget.Form](top, func(f *widget.Form) bool {
		return slices.ContainsFunc(f.Items, func(it *widget.FormItem) bool { return it.Text == field })
	})
	return ok
}

// 反馈, 催办 and 办结 wait for a task to be chosen and refuse a closed one
// before they are clicked, saying why; its 办理记录 still opens.
func TestTaskActionsSayWhyNot(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	day := time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC)
	people, _ := r.store.People(ctx)
	units, _ := r.store.Units(ctx)
	task, err := r.store.SaveTask(ctx, data.Task{
		Source: data.SourceInstruction, LeaderID: people[0].ID, Title: "城区道路修缮", Reference: "批示",
		LeadUnitID: units[3].ID, Assigned: day, Due: day.AddDate(0, 0, 20), Status: data.TaskOpen,
	})
	if err != nil {
		t.Fatal(err)
	}
	r.shell.Show("tasks")
	ts := r.shell.screens[r.shell.index("tasks")].keys.(*tasksScreen)
	buttons := map[string]*widget.Button{}
	for _, name := range []string{"反馈", "催办", "办结", "办理记录"} {
		buttons[name] = findButton(t, r.shell.stack, name)
	}
	check := func(when string, enabled map[string]bool, hint string) {
		t.Helper()
		for name, b := range buttons {
			if b.Disabled() == enabled[name] {
				t.Errorf("%s: %s disabled=%v", when, name, b.Disabled())
			}
		}
		if ts.guard.hint.Text != hint {
			t.Errorf("%s: hint %q, want %q", when, ts.guard.hint.Text, hint)
		}
	}
	check("nothing chosen", map[string]bool{}, "") // the list's own line asks for a row
	ts.list.list.Select(0)
	check("an open task", map[string]bool{"反馈": true, "催办": true, "办结": true, "办理记录": true}, "")
	if _, err := r.store.CloseTask(ctx, task.ID, task.Version, day.AddDate(0, 0, 5), "已修缮完毕"); err != nil {
		t.Fatal(err)
	}
	ts.reload()
	ts.list.list.Select(0)
	check("a closed task", map[string]bool{"办理记录": true}, "该事项已办结")
	test.Tap(buttons["办理记录"])
}

// An empty roster offers the two ways to fill it: 导入名册… and 载入演示数据.
func TestEmptyRosterOffersImportAndDemo(t *testing.T) {
	s := emptyStore(t)
	env := storeEnv(t, s, smallest)
	loaded := false
	env.LoadDemo = func(done func(error)) { loaded = true; done(nil) }
	shell := NewShell(env, "test")
	env.Window.SetContent(shell.Content())
	shell.Show("roster")
	if shownButton(shell.stack, "导入名册…") == nil {
		t.Error("the empty roster offers no 导入名册…")
	}
	demo := shownButton(shell.stack, "载入演示数据")
	if demo == nil {
		t.Fatal("the empty roster offers no 载入演示数据")
	}
	test.Tap(demo)
	if !loaded {
		t.Error("载入演示数据 did not load the demo")
	}
}

// 印发纪要 on a draft is disabled with its reason, before any save dialog
// could leave an empty file under the 纪要's name.
func TestMinutesIssueWaitsForTheSignature(t *testing.T) {
	r := newRig(t)
	m := heldExecutive(t, r)
	n, err := r.store.DraftMinutes(context.Background(), m.ID)
	if err != nil {
		t.Fatal(err)
	}
	r.shell.Show("minutes")
	ms := r.shell.screens[r.shell.index("minutes")].keys.(*minutesScreen)
	ms.open(n.ID)
	final := findButton(t, r.shell.stack, "印发纪要")
	if !final.Disabled() || ms.page.guard.hint.Text != "纪要签发后才能印发（第四十六条）" {
		t.Errorf("印发纪要 on a draft: disabled=%v, hint %q", final.Disabled(), ms.page.guard.hint.Text)
	}
	if ms.page.signBtn.Disabled() {
		t.Error("the draft's first signature is disabled")
	}
}
