package screens

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"huiwu/data"
	"huiwu/translation"
)

// Every key the code asks for exists in both translations.
func TestEveryKeyIsTranslated(t *testing.T) {
	keys := map[string]bool{}
	lit := regexp.MustCompile(`lang\.L\("([^"]+)"\)`)
	files, _ := filepath.Glob("*.go")
	app, _ := filepath.Glob("../app/*.go")
	for _, f := range append(files, app...) {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range lit.FindAllSubmatch(b, -1) {
			keys[string(m[1])] = true
		}
		for _, m := range regexp.MustCompile(`field\("([^"]+)"`).FindAllSubmatch(b, -1) {
			keys["field."+string(m[1])] = true
		}
	}
	for _, r := range data.Roles {
		keys["role."+string(r)] = true
	}
	for _, k := range data.UnitKinds {
		keys["unitkind."+string(k)] = true
	}
	for _, k := range countedTables {
		keys["count."+k] = true
	}
	for _, k := range []string{"desk", "meetings", "topics", "minutes", "documents", "tasks", "roster", "stats", "settings"} {
		keys["nav."+k] = true
	}
	for _, name := range []string{"zh-CN.json", "en.json"} {
		b, err := translation.Files().ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]string
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for k := range keys {
			if strings.HasSuffix(k, ".") {
				continue // a prefix for computed keys, checked above
			}
			if m[k] == "" {
				t.Errorf("%s lacks %q", name, k)
			}
		}
	}
}

// Every select of the window shows a Chinese placeholder: Fyne's own
// 「(Select one)」 is a constant no translation reaches, so screens make
// their selects with newSelect, and no file builds one directly.
func TestSelectsHaveAChinesePlaceholder(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") || f == "labels.go" {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(b), "widget.NewSelect(") {
			t.Errorf("%s builds a select with Fyne's English placeholder; use newSelect", f)
		}
	}
	test.NewTempApp(t)
	if err := translation.Load(); err != nil {
		t.Fatal(err)
	}
	if got := newSelect([]string{"常务会议"}, nil).PlaceHolder; got != "（请选择）" {
		t.Errorf("placeholder %q", got)
	}
}
