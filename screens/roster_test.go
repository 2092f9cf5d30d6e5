package screens

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/data/demo"
	"huiwu/data/store"
	"huiwu/translation"
)

// rig is a headless window on a real store with the demo roster, driven
// through Fyne's test driver; Async runs synchronously so nothing races.
type rig struct {
	t      *testing.T
	store  *store.Store
	shell  *Shell
	roster *rosterScreen
	win    fyne.Window
}

func newRig(t *testing.T) *rig {
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
	if err := s.LoadRoster(context.Background(), demo.Roster(1)); err != nil {
		t.Fatal(err)
	}
	env := storeEnv(t, s, fyne.NewSize(1280, 800))
	w := env.Window
	// The tests' records are dated in 2026: the registers open on that year
	// whenever the tests run.
	env.Now = func() time.Time { return time.Date(2026, 11, 28, 10, 0, 0, 0, time.Local) }
	shell := NewShell(env, "test")
	w.SetContent(shell.Content())
	shell.Show("roster")
	return &rig{t: t, store: s, shell: shell, roster: shell.screens[shell.index("roster")].keys.(*rosterScreen), win: w}
}

func (r *rig) entry(f *formDialog, name string) *keyEntry {
	r.t.Helper()
	for _, fl := range f.fields {
		if fl.name == name {
			return keyEntryOf(fl.item.Widget)
		}
	}
	r.t.Fatalf("no field %s", name)
	return nil
}

func (r *rig) hint(f *formDialog, name string) string {
	for _, fl := range f.fields {
		if fl.name == name {
			return fl.item.HintText
		}
	}
	return ""
}

func TestCreatePersonThroughTheForm(t *testing.T) {
	r := newRig(t)
	people := r.roster.people
	before := len(people.list.all)
	f := people.openForm(data.Person{Active: true})
	test.Type(r.entry(f, "姓名"), "欧阳喆")
	test.Type(r.entry(f, "职务"), "科员")
	test.Tap(f.save)
	if f.open {
		t.Fatalf("dialog still open: %s", f.summary.Text)
	}
	if len(people.list.all) != before+1 {
		t.Fatalf("list has %d, want %d", len(people.list.all), before+1)
	}
	test.Type(people.list.search, "欧阳")
	if len(people.list.shown) != 1 || people.list.shown[0].Name != "欧阳喆" {
		t.Fatalf("search shows %v", people.list.shown)
	}
}

func TestInvalidPersonKeepsFormOpenAndNamesTheField(t *testing.T) {
	r := newRig(t)
	f := r.roster.people.openForm(data.Person{Active: true})
	test.Type(r.entry(f, "电话"), "abc")
	r.entry(f, "姓名").TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // Enter saves
	if !f.open {
		t.Fatal("invalid form closed")
	}
	if !strings.Contains(r.hint(f, "姓名"), "不能为空") || !strings.Contains(r.hint(f, "电话"), "只能包含数字") {
		t.Fatalf("hints: 姓名=%q 电话=%q", r.hint(f, "姓名"), r.hint(f, "电话"))
	}
	// The problem shows on screen under a field that had no hint before.
	shown := false
	walk(f.body, func(o fyne.CanvasObject) {
		if tx, ok := o.(*canvas.Text); ok && strings.HasPrefix(tx.Text, "✗ 只能包含数字") && tx.Visible() {
			shown = true
		}
	})
	if !shown {
		t.Fatal("the 电话 problem is not drawn under its field")
	}
	r.entry(f, "姓名").TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape}) // Esc cancels
	if f.open {
		t.Fatal("Escape did not close the form")
	}
}

func TestEditPersonAndSearchByUnit(t *testing.T) {
	r := newRig(t)
	people := r.roster.people
	test.Type(people.list.search, "财政局")
	if len(people.list.shown) != 1 {
		t.Fatalf("search by unit shows %d", len(people.list.shown))
	}
	people.list.list.Select(0)
	test.Tap(people.list.edit)
	p := people.list.shown[0]
	f := people.openForm(p)
	post := r.entry(f, "职务")
	post.SetText("")
	test.Type(post, "党组书记、局长")
	test.Tap(f.save)
	if f.open {
		t.Fatalf("not saved: %s", f.summary.Text)
	}
	all, _ := r.store.People(context.Background())
	for _, q := range all {
		if q.ID == p.ID && q.Post != "党组书记、局长" {
			t.Fatalf("post is %q", q.Post)
		}
	}
}

func TestStaleEditShowsConflict(t *testing.T) {
	r := newRig(t)
	units := r.roster.units
	units.reload()
	u := units.list.all[3]
	u2 := u
	u2.ShortName = "他人改过"
	if _, err := r.store.SaveUnit(context.Background(), u2); err != nil {
		t.Fatal(err)
	}
	f := units.openForm(u) // the form still holds the old version
	test.Type(r.entry(f, "简称"), "x")
	test.Tap(f.save)
	if !f.open || !strings.Contains(f.summary.Text, "已被他人修改") || !strings.Contains(f.summary.Text, "简称「他人改过」") {
		t.Fatalf("conflict not shown: %q", f.summary.Text)
	}
}

func TestCreateUnitAndRefuseDuplicate(t *testing.T) {
	r := newRig(t)
	units := r.roster.units
	f := units.openForm(data.Unit{Kind: data.KindDepartment})
	test.Type(r.entry(f, "单位名称"), "溧阳市财政局")
	test.Tap(f.save)
	if !strings.Contains(f.summary.Text, "已存在") {
		t.Fatalf("duplicate not refused: %q", f.summary.Text)
	}
	r.entry(f, "单位名称").SetText("溧阳市档案馆")
	test.Tap(f.save)
	if f.open {
		t.Fatalf("not saved: %q", f.summary.Text)
	}
	test.Type(units.list.search, "档案")
	if len(units.list.shown) != 1 {
		t.Fatalf("new unit not listed: %d", len(units.list.shown))
	}
}

func TestDeleteReferencedUnitIsRefusedSayingWhy(t *testing.T) {
	r := newRig(t)
	units := r.roster.units
	test.Type(units.list.search, "溧阳市财政局")
	var got error
	units.list.delete(units.list.shown[0], func(err error) { got = err })
	if data.ErrorCode(got) != data.EReferenced || !strings.Contains(got.Error(), "名人员属于该单位") {
		t.Fatalf("got %v", got)
	}
}

func TestShortcutsFocusSearchAndOpenNewForm(t *testing.T) {
	r := newRig(t)
	r.shell.handleShortcut(shortcutFind)
	if r.win.Canvas().Focused() != r.roster.people.list.search {
		t.Fatal("Ctrl+F did not focus the search")
	}
	// Ctrl+N typed while the search has focus still reaches the window.
	r.roster.people.list.search.TypedShortcut(shortcutNew)
	if over := r.win.Canvas().Overlays().Top(); over == nil {
		t.Fatal("Ctrl+N opened no form")
	}
}

func TestDelegationFormRefusesBadDateAndUnitHead(t *testing.T) {
	r := newRig(t)
	del := r.roster.delegation
	del.reload()
	f := del.openForm(data.Delegation{})
	test.Type(r.entry(f, "开始日期"), "2026-02-30")
	test.Type(r.entry(f, "结束日期"), "2026-03-02")
	test.Type(r.entry(f, "事由"), "出访")
	test.Tap(f.save)
	if !strings.Contains(r.hint(f, "开始日期"), "无效") {
		t.Fatalf("bad date hint %q", r.hint(f, "开始日期"))
	}
	for _, fl := range f.fields {
		if fl.name == "受委托人" {
			sel := fl.item.Widget.(*widget.Select)
			for _, o := range sel.Options {
				if strings.Contains(o, "局长") {
					t.Fatalf("a unit head is offered as delegate: %s", o)
				}
			}
		}
	}
}

func TestEveryScreenOpens(t *testing.T) {
	r := newRig(t)
	for _, key := range r.shell.Keys() {
		r.shell.Show(key)
		if r.shell.screens[r.shell.current].key != key || r.shell.stack.Objects[0] == nil {
			t.Fatalf("screen %s did not open", key)
		}
	}
}
