// Package linuxpkg holds the Linux package's files (the .desktop entry, the
// install Makefile and the check `make linux` runs); this test keeps them
// in step with FyneApp.toml.
package linuxpkg

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"huiwu/packaging/fyneapp"
)

func desktopEntry(t *testing.T) map[string]string {
	t.Helper()
	f, err := os.Open("huiwu.desktop")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	kv := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), "="); ok {
			kv[k] = v
		}
	}
	return kv
}

func TestDesktopEntryFollowsFyneAppToml(t *testing.T) {
	app, err := fyneapp.Read("../../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	d := desktopEntry(t)
	checks := map[string]string{
		"Type": "Application",
		"Name": app.Details.Name,
		// The menu and the taskbar find the icon by the app ID, the name the
		// Makefile installs it under.
		"Icon":     app.Details.ID,
		"Exec":     "huiwu",
		"Terminal": "false",
	}
	for k, want := range checks {
		if d[k] != want {
			t.Errorf("%s=%q, want %q", k, d[k], want)
		}
	}
	if !strings.Contains(";"+d["Categories"], ";Office;") {
		t.Errorf("Categories=%q lacks Office", d["Categories"])
	}
}

func TestInstallMakefileNamesTheAppID(t *testing.T) {
	app, err := fyneapp.Read("../../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile("Makefile")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "AppID  := "+app.Details.ID+"\n") {
		t.Errorf("Makefile's AppID is not %s", app.Details.ID)
	}
	for _, target := range []string{"\ninstall:", "\nuninstall:", "\nuser-install:", "\nuser-uninstall:", "$(DESTDIR)$(PREFIX)"} {
		if !strings.Contains(string(b), target) {
			t.Errorf("Makefile lacks %q", target)
		}
	}
}
