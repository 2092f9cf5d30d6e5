package screens

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"huiwu/data"
	"huiwu/data/demo"
)

// The first start on an empty folder: the office's names and the
// secretary's own (an empty office name is refused under its field and the
// setup stays), then the demonstration roster, then the working calendar;
// 完成 hands over to the desk. Her name is then the actor of what she
// records (the calendar's 录入人).
func TestFirstStartSetup(t *testing.T) {
	ctx := context.Background()
	s := emptyStore(t)
	env := storeEnv(t, s, smallest)
	env.Office = s
	env.LoadDemo = func(done func(error)) { done(s.LoadRoster(ctx, demo.Roster(1))) }
	var next *SetupNext
	w := env.Window
	setup := newSetup(env, func(n SetupNext) { next = &n })
	w.SetContent(setup.view)
	page := func() string { return rendered(w.Content()) }
	if !hintShows(w.Content(), "第 1 步，共 3 步") || !hintShows(w.Content(), "本单位与经办人") {
		t.Fatalf("the setup does not open on its first step:\n%s", page())
	}
	fitsSmallestScreen(t, "setup step 1", w)
	office := setup.office
	if office.government.Text != "溧阳市人民政府" || office.name.Text != "溧阳市人民政府办公室" {
		t.Errorf("the office's names are not offered as the defaults: %q %q", office.government.Text, office.name.Text)
	}
	office.name.SetText(" ")
	office.secretary.SetText("周晓梅")
	test.Tap(findButton(t, w.Content(), "下一步"))
	if !hintShows(w.Content(), "第 1 步，共 3 步") || office.hints["办公室名称"].HintText != "✗ 不能为空，如 溧阳市人民政府办公室" {
		t.Fatalf("an empty office name was not refused under its field: %q", office.hints["办公室名称"].HintText)
	}
	office.name.SetText("溧阳市人民政府办公室")
	test.Tap(findButton(t, w.Content(), "下一步"))
	if o, _ := s.Office(ctx); o.Secretary != "周晓梅" {
		t.Fatalf("the secretary's name was not kept: %+v", o)
	}
	if !hintShows(w.Content(), "第 2 步，共 3 步") {
		t.Fatalf("下一步 did not go on to the roster:\n%s", page())
	}
	fitsSmallestScreen(t, "setup step 2", w)
	test.Tap(findButton(t, w.Content(), "载入演示数据"))
	if empty, _ := s.Empty(ctx); empty {
		t.Fatal("载入演示数据 left the roster empty")
	}
	if !hintShows(w.Content(), "第 3 步，共 3 步") || !hintShows(w.Content(), "工作日历") {
		t.Fatalf("the demo did not go on to the calendar:\n%s", page())
	}
	fitsSmallestScreen(t, "setup step 3", w)
	speaksChinese(t, "setup step 3", w)
	test.Tap(findButton(t, w.Content(), "完成，开始使用"))
	if next == nil || *next != (SetupNext{Screen: "desk"}) {
		t.Fatalf("完成 handed over to %+v, want the desk", next)
	}
	if err := s.SaveCalendarYear(ctx, 2027, "元旦 2027-01-01~2027-01-03\n", "国办发明电〔2026〕测试"); err != nil {
		t.Fatal(err)
	}
	info, _ := s.Calendar(ctx)
	if by := info.Entered[len(info.Entered)-1].EnteredBy; by != "周晓梅" {
		t.Errorf("the calendar year was entered by %q, want the secretary 周晓梅", by)
	}
}

// 导入名册… on the setup's roster step ends on the roster with the import
// to do; 以后再说 on the roster alone.
func TestFirstStartSetupHandsOverTheImport(t *testing.T) {
	for _, tc := range []struct {
		button string
		want   SetupNext
	}{
		{"导入名册…", SetupNext{Screen: "roster", ImportRoster: true}},
		{"以后再说", SetupNext{Screen: "roster"}},
	} {
		t.Run(tc.button, func(t *testing.T) {
			s := emptyStore(t)
			env := storeEnv(t, s, smallest)
			env.Office = s
			var next SetupNext
			env.Window.SetContent(NewSetup(env, func(n SetupNext) { next = n }))
			test.Tap(findButton(t, env.Window.Content(), "下一步"))
			test.Tap(findButton(t, env.Window.Content(), tc.button))
			test.Tap(findButton(t, env.Window.Content(), "完成，开始使用"))
			if next != tc.want {
				t.Errorf("handed over to %+v, want %+v", next, tc.want)
			}
			if o, _ := s.Office(context.Background()); o != data.DefaultOffice {
				t.Errorf("a setup with no name given saved %+v", o)
			}
		})
	}
}

// The secretary's name can be given or changed later under 设置 › 本单位,
// and is then the actor of what she records.
func TestOfficeTabSavesTheSecretary(t *testing.T) {
	r := newRig(t)
	r.shell.Show("settings")
	tabs := r.shell.stack.Objects[0].(*container.AppTabs)
	var tab *container.TabItem
	for _, it := range tabs.Items {
		if it.Text == "本单位" {
			tab = it
		}
	}
	if tab == nil {
		t.Fatal("设置 has no 本单位 tab")
	}
	tabs.Select(tab)
	var secretary *keyEntry
	walk(tab.Content, func(o fyne.CanvasObject) {
		if e, ok := o.(*keyEntry); ok {
			secretary = e // the last of the three fields
		}
	})
	secretary.SetText("周晓梅")
	test.Tap(findButton(t, tab.Content, "保存"))
	ctx := context.Background()
	if o, _ := r.store.Office(ctx); o.Secretary != "周晓梅" {
		t.Fatalf("保存 kept %+v", o)
	}
	if !hintShows(tab.Content, "本单位设置已保存，并记入审计日志。") {
		t.Error("保存 did not say it saved")
	}
	if err := r.store.SaveCalendarYear(ctx, 2027, "元旦 2027-01-01~2027-01-03\n", "国办发明电〔2026〕测试"); err != nil {
		t.Fatal(err)
	}
	info, _ := r.store.Calendar(ctx)
	if by := info.Entered[len(info.Entered)-1].EnteredBy; by != "周晓梅" {
		t.Errorf("the calendar year was entered by %q, want 周晓梅", by)
	}
}
