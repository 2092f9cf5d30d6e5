package translation

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"
)

// With LANG=C the program speaks Chinese, not Fyne's English fallback.
func TestChineseWhenTheLocaleSaysNothing(t *testing.T) {
	for _, env := range []string{"C", "C.UTF-8", "POSIX", ""} {
		t.Run("LANG="+env, func(t *testing.T) {
			t.Setenv("LC_ALL", "")
			t.Setenv("LC_MESSAGES", "")
			t.Setenv("LANGUAGE", "")
			t.Setenv("LANG", env)
			if err := Load(); err != nil {
				t.Fatal(err)
			}
			if got := lang.L("nav.roster"); got != "人员与单位" {
				t.Fatalf("nav.roster = %q", got)
			}
		})
	}
}

func TestEnglishWhenAsked(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANGUAGE", "")
	t.Setenv("LANG", "en_GB.UTF-8")
	if err := Load(); err != nil {
		t.Fatal(err)
	}
	if got := lang.L("nav.roster"); got != "People and units" {
		t.Fatalf("nav.roster = %q", got)
	}
}

// Fyne looks its own words (OK, Cancel, Yes, No, the file dialog's, the
// calendar's weekdays) up in the program's language, zh-CN, and falls back
// to English, never to its own Chinese file: so every key Fyne ships must be
// in the program's Chinese file, and be Chinese.
func TestFyneOwnWordsAreChinese(t *testing.T) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "fyne.io/fyne/v2").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	b, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(out)), "lang", "translations", "base.en.json"))
	if err != nil {
		t.Fatal(err)
	}
	var fyneKeys map[string]any
	if err := json.Unmarshal(b, &fyneKeys); err != nil {
		t.Fatal(err)
	}
	zh, err := files.ReadFile("zh-CN.json")
	if err != nil {
		t.Fatal(err)
	}
	var ours map[string]string
	if err := json.Unmarshal(zh, &ours); err != nil {
		t.Fatal(err)
	}
	han := regexp.MustCompile(`\p{Han}`)
	for k := range fyneKeys {
		if !han.MatchString(ours[k]) {
			t.Errorf("Fyne's %q is %q in zh-CN.json, not Chinese", k, ours[k])
		}
	}
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANGUAGE", "")
	t.Setenv("LANG", "C.UTF-8")
	if err := Load(); err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]string{"OK": "确定", "Cancel": "取消", "Yes": "是", "No": "否", "Save": "保存"} {
		if got := lang.L(k); got != want {
			t.Errorf("lang.L(%q) = %q, want %q", k, got, want)
		}
	}
}
