// Package earlylocale names Chinese as the language when the system locale
// names none (LANG=C.UTF-8, C, POSIX or unset, as on a bare Linux session),
// before Fyne's lang package starts.
//
// Fyne's lang package reads the locale in its own init and, finding "C",
// logs three lines of 「Fyne error: Error parsing user locale C」 on every
// start — on every command of the command line too. Go initialises the
// packages in the order of their import paths, dependencies first; this
// module's path sorts before fyne.io, so its init runs first and the locale
// Fyne reads is already zh_CN. translation.Load applies the same rule again
// for the window (and for tests that change the locale after start).
package earlylocale

import (
	"os"
	"runtime"
	"strings"
)

func init() {
	if runtime.GOOS != "windows" && SaysNothing() { // Windows has its own locale API, never "C"
		os.Setenv("LANGUAGE", "zh_CN")
		os.Setenv("LC_MESSAGES", "zh_CN.UTF-8")
		if os.Getenv("LC_ALL") != "" {
			os.Setenv("LC_ALL", "zh_CN.UTF-8")
		}
	}
}

// SaysNothing tells whether the locale variables, in the order the C
// library reads them, name no real language.
func SaysNothing() bool {
	for _, v := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"} {
		s := os.Getenv(v)
		if v == "LANGUAGE" {
			s, _, _ = strings.Cut(s, ":")
		}
		if s == "" {
			continue
		}
		l := strings.ToUpper(s)
		return l == "C" || strings.HasPrefix(l, "C.") || strings.HasPrefix(l, "C-") || l == "POSIX"
	}
	return true
}
