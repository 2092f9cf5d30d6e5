package screens

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"huiwu/data"
	"huiwu/translation"
)

func TestBackupNowListsItAndRestoreBringsItBack(t *testing.T) {
	r := newRig(t)
	env := r.shell.env
	reloaded := false
	env.Reload = func() { reloaded = true }
	b := newBackupScreen(env)
	root := b.build()
	test.Tap(findButton(t, root, "立即备份"))
	if len(b.backups) != 1 || !strings.Contains(b.status.Text, "已备份到") {
		t.Fatalf("backups %d, status %q", len(b.backups), b.status.Text)
	}
	// A change after the backup, then a restore: the change is gone.
	if _, err := r.store.SaveUnit(context.Background(), data.Unit{Name: "备份之后新建的单位", Kind: data.KindOther}); err != nil {
		t.Fatal(err)
	}
	b.list.Select(0)
	test.Tap(b.verify)
	if !strings.Contains(b.status.Text, "通过校验") {
		t.Fatalf("verify: %q", b.status.Text)
	}
	if err := env.Backup.Restore(context.Background(), b.backups[0].Path); err != nil {
		t.Fatal(err)
	}
	units, _ := r.store.Units(context.Background())
	for _, u := range units {
		if u.Name == "备份之后新建的单位" {
			t.Fatal("restore did not bring the backup back")
		}
	}
	b.reload()
	if len(b.backups) != 1 {
		t.Fatalf("backups after restore: %d", len(b.backups))
	}
	// The screen's own restore path, through its confirmation, reloads the window.
	b.list.Select(0)
	b.confirmRestore()
	confirmTopDialog(t, r.win)
	if !reloaded {
		t.Fatal("the window was not rebuilt after a restore")
	}
}

func TestRecoveryViewOffersOnlyWhatFits(t *testing.T) {
	test.NewTempApp(t)
	if err := translation.Load(); err != nil { // the labels it looks for are Chinese
		t.Fatal(err)
	}
	w := test.NewWindow(nil)
	defer w.Close()
	readOnly := false
	r := Recovery{
		Window: w, Problem: data.Errorf(data.EDamaged, "数据文件已损坏"), Quit: func() {},
		OpenReadOnly: func() error { readOnly = true; return nil },
		Async:        func(work, done func()) { work(); done() },
	}
	w.SetContent(RecoveryView(r))
	if !strings.Contains(rendered(w.Content()), "数据文件已损坏") {
		t.Fatal("the problem is not shown")
	}
	test.Tap(findButton(t, w.Content(), "以只读方式打开"))
	if !readOnly {
		t.Fatal("read-only action not run")
	}
	r.OpenReadOnly = func() error { return errors.New("仍然读不出来") }
	r.Problem = data.Errorf(data.ELocked, "另一个会务程序正在使用")
	w.SetContent(RecoveryView(Recovery{Window: w, Problem: r.Problem, Quit: func() {}, Async: r.Async}))
	if hasButton(w.Content(), "以只读方式打开") || hasButton(w.Content(), "从最近的完好备份恢复") {
		t.Fatal("a locked folder offers actions that would touch it")
	}
}

func TestBackupPolicyIsSavedAndTotalShown(t *testing.T) {
	r := newRig(t)
	b := newBackupScreen(r.shell.env)
	root := b.build()
	if got := []string{b.policy[0].Text, b.policy[1].Text, b.policy[2].Text, b.policy[3].Text, b.policy[4].Text}; strings.Join(got, ",") != "2,14,8,24,12" {
		t.Fatalf("default policy shown as %q", got)
	}
	test.Tap(findButton(t, root, "立即备份"))
	list, _ := r.store.Backups(context.Background())
	want := fmt.Sprintf("共 1 份备份，占用 %.1f MB（其中数据 %.1f MB 未压缩）", float64(list[0].Size)/(1<<20), float64(list[0].Plain)/(1<<20))
	if b.total.Text != want {
		t.Fatalf("total %q, want %q", b.total.Text, want)
	}
	b.policy[1].SetText("7")
	b.policy[3].SetText("36")
	test.Tap(findButton(t, root, "保存"))
	_, keep, err := r.store.BackupSettings(context.Background())
	if err != nil || keep != (data.Retention{AllDays: 2, DailyDays: 7, WeeklyWeeks: 8, MonthlyMonths: 36, PreMigrateMonths: 12}) {
		t.Fatalf("saved policy %v %v", keep, err)
	}
	b.policy[4].SetText("零")
	test.Tap(findButton(t, root, "保存"))
	if _, keep, _ := r.store.BackupSettings(context.Background()); keep.PreMigrateMonths != 12 {
		t.Fatalf("a bad number was saved: %v", keep)
	}
}

// A backup's summary names its records in Chinese, in the office's order,
// and leaves the tables behind them out.
func TestBackupCountsInChinese(t *testing.T) {
	test.NewTempApp(t)
	if err := translation.Load(); err != nil {
		t.Fatal(err)
	}
	got := countsText(map[string]int64{"people": 85, "units": 12, "countersigns": 14, "delegations": 2, "audit_log": 900, "meetings": 3, "tasks": 0})
	if want := "单位 12，人员 85，会议 3"; got != want {
		t.Errorf("counts %q, want %q", got, want)
	}
}
