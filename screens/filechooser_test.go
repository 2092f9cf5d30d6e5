package screens

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"huiwu/translation"
)

func chooserWindow(t *testing.T, start string) fyne.Window {
	t.Helper()
	test.NewTempApp(t)
	if err := translation.Load(); err != nil {
		t.Fatal(err)
	}
	w := test.NewWindow(nil)
	w.Resize(fyne.NewSize(1024, 768))
	t.Cleanup(w.Close)
	lastDir.Lock()
	lastDir.path = start
	lastDir.Unlock()
	return w
}

// 保存 walks into a folder, takes the name typed, and asks before it
// replaces a file; every word on it is Chinese (Fyne's own dialog named
// its places Home and Computer).
func TestSaveChooser(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "纪要"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "纪要", "旧.pdf"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	w := chooserWindow(t, dir)
	var got string
	c := chooseSave(w, "签到表.xlsx", func(p string) { got = p })
	latin := regexp.MustCompile(`^[A-Za-z ()]+$`)
	seen := map[string]bool{}
	for _, o := range test.LaidOutObjects(w.Canvas().Overlays().Top()) {
		text := ""
		switch v := o.(type) {
		case *widget.Label:
			text = v.Text
		case *widget.Button:
			text = v.Text
		}
		if latin.MatchString(text) {
			t.Errorf("English on the save dialog: %q", text)
		}
		seen[text] = true
	}
	for _, want := range []string{"保存文件", "上一级", "主目录", "文件名", "取消", "保存"} {
		if !seen[want] {
			t.Errorf("the save dialog does not show %q", want)
		}
	}
	if len(c.entries) != 1 || c.entries[0].Name() != "纪要" {
		t.Fatalf("listed %v, want the one folder 纪要", c.entries)
	}
	c.selected(0)
	if c.dir != filepath.Join(dir, "纪要") || len(c.entries) != 0 {
		t.Fatalf("in %s listing %d: 保存 lists folders only", c.dir, len(c.entries))
	}
	c.confirm()
	if want := filepath.Join(dir, "纪要", "签到表.xlsx"); got != want {
		t.Fatalf("saved to %q, want %q", got, want)
	}
	got = ""
	c = chooseSave(w, "旧.pdf", func(p string) { got = p })
	if c.dir != filepath.Join(dir, "纪要") {
		t.Errorf("the next chooser opens in %s, not where the last one ended", c.dir)
	}
	c.confirm()
	if got != "" {
		t.Fatalf("replaced %s without asking", got)
	}
}

// 打开 lists folders and the files of the kinds asked for, and opens
// nothing until a file is picked.
func TestOpenChooserListsTheKindAskedFor(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"名册.xlsx", "说明.txt", ".隐藏.xlsx"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "旧名册"), 0o755); err != nil {
		t.Fatal(err)
	}
	w := chooserWindow(t, dir)
	var got string
	c := chooseOpen(w, []string{".xlsx"}, func(p string) { got = p })
	var names []string
	for _, e := range c.entries {
		names = append(names, e.Name())
	}
	if len(names) != 2 || names[0] != "旧名册" || names[1] != "名册.xlsx" {
		t.Fatalf("listed %v, want [旧名册 名册.xlsx]", names)
	}
	if !c.ok.Disabled() {
		t.Error("打开 enabled with no file picked")
	}
	c.selected(1)
	c.confirm()
	if got != filepath.Join(dir, "名册.xlsx") {
		t.Fatalf("opened %q", got)
	}
}

// 选择文件夹 answers with the folder walked into.
func TestFolderChooser(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "会务数据"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "名册.xlsx"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	w := chooserWindow(t, dir)
	var got string
	c := chooseFolder(w, func(p string) { got = p })
	if len(c.entries) != 1 || c.ok.Disabled() {
		t.Fatalf("listed %d entries (folders only, want 1); 选择此文件夹 disabled %v", len(c.entries), c.ok.Disabled())
	}
	c.selected(0)
	c.confirm()
	if want := filepath.Join(dir, "会务数据"); got != want {
		t.Fatalf("chose %q, want %q", got, want)
	}
}
