// Package translation carries the program's strings in Chinese (zh-CN, the
// default) and English, and loads them into Fyne's lang package.
package translation

import (
	"embed"
	"fmt"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"github.com/jeandeaual/go-locale"
)

//go:embed zh-CN.json en.json
var files embed.FS

// Load registers both translations. When the system locale says nothing
// (LANG=C, C.UTF-8, POSIX or unset, as on a bare Linux session) the program
// speaks Chinese: Fyne would otherwise fall back to English.
func Load() error {
	if saysNothing() {
		for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
			if os.Getenv(v) != "" {
				os.Setenv(v, "zh_CN.UTF-8")
				break
			}
		}
		os.Setenv("LANGUAGE", "zh_CN")
		os.Setenv("LC_MESSAGES", "zh_CN.UTF-8")
	}
	for _, name := range []string{"zh-CN.json", "en.json"} {
		b, err := files.ReadFile(name)
		if err != nil {
			return fmt.Errorf("load translation %s: %w", name, err)
		}
		loc := fyne.Locale(strings.TrimSuffix(name, ".json"))
		if err := lang.AddTranslationsForLocale(b, loc); err != nil {
			return fmt.Errorf("load translation %s: %w", name, err)
		}
	}
	return nil
}

// Files exposes the raw JSON for tests that check every key is translated.
func Files() embed.FS { return files }

// saysNothing tells whether the locale names no real language.
func saysNothing() bool {
	locs, err := locale.GetLocales()
	if err != nil || len(locs) == 0 {
		return true
	}
	l := strings.ToUpper(locs[0])
	return l == "" || l == "C" || strings.HasPrefix(l, "C.") || strings.HasPrefix(l, "C-") || l == "POSIX"
}
