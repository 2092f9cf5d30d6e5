package screens

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"huiwu/fonts"
)

// hintOf is the hint under the form row labelled label.
func hintOf(root fyne.CanvasObject, label string) string {
	hint := ""
	walk(root, func(o fyne.CanvasObject) {
		if f, ok := o.(*widget.Form); ok {
			for _, it := range f.Items {
				if it.Text == label {
					hint = it.HintText
				}
			}
		}
	})
	return hint
}

// 设置 › 公文印制: a 仿宋 file that is not there is refused under its field
// with the role and the path named, and nothing is saved; a copy of a
// bundled font is saved; the tab fits the smallest screen.
func TestPaperSettingsTabChecksTheFontFile(t *testing.T) {
	r := newRig(t)
	r.shell.Show("settings")
	tabs := r.shell.stack.Objects[0].(*container.AppTabs)
	var tab *container.TabItem
	for _, it := range tabs.Items {
		if it.Text == "公文印制" {
			tab = it
		}
	}
	if tab == nil {
		t.Fatal("设置 has no 公文印制 tab")
	}
	tabs.Select(tab)
	var entries []*keyEntry
	walk(tab.Content, func(o fyne.CanvasObject) {
		if e, ok := o.(*keyEntry); ok {
			entries = append(entries, e)
		}
	})
	if len(entries) != 5 {
		t.Fatalf("公文印制 has %d fields, want the four fonts and the prefix", len(entries))
	}
	dir := t.TempDir()
	missing := filepath.Join(dir, "仿宋_GB2312.ttf")
	entries[0].SetText(missing)
	test.Tap(findButton(t, tab.Content, "保存"))
	want := "✗ 字体「仿宋（正文，如 仿宋_GB2312）」的文件 " + missing + " 不存在"
	if got := hintOf(tab.Content, "仿宋字体"); got != want {
		t.Fatalf("a missing 仿宋 file: the hint under 仿宋字体 reads %q, want %q", got, want)
	}
	ctx := context.Background()
	if p, _ := r.store.PaperSettings(ctx); len(p.Fonts) != 0 {
		t.Fatalf("a refused save kept %+v", p)
	}
	if err := os.WriteFile(missing, fonts.FandolFangRegular, 0o644); err != nil {
		t.Fatal(err)
	}
	entries[4].SetText("溧政办")
	test.Tap(findButton(t, tab.Content, "保存"))
	if p, _ := r.store.PaperSettings(ctx); p.Fonts["fangsong"] != missing || p.NoticePrefix != "溧政办" {
		t.Fatalf("保存 kept %+v", p)
	}
	if !hintShows(tab.Content, "公文印制设置已保存，并记入审计日志。") {
		t.Error("保存 did not say it saved")
	}
	r.win.Resize(smallest)
	fitsSmallestScreen(t, "settings-papers", r.win)
}
