package screens

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

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
