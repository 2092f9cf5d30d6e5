package translation

import (
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
