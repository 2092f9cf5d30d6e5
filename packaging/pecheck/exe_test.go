package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"huiwu/packaging/fyneapp"
)

// buildWindows cross-builds a tiny Go program for windows/amd64 with extra
// linker flags: a real PE from the real linker, without cgo, so that the
// check's reading of headers is tested against what go build writes.
func buildWindows(t *testing.T, ldflags string) string {
	t.Helper()
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build a Windows program with")
	}
	dir := t.TempDir()
	files := map[string]string{
		"go.mod":  "module tiny\n\ngo 1.22\n",
		"main.go": "package main\n\nfunc main() {}\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	exe := filepath.Join(dir, "tiny.exe")
	cmd := exec.Command(gobin, "build", "-ldflags", ldflags, "-o", exe, ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS=windows", "GOARCH=amd64", "CGO_ENABLED=0", "GOFLAGS=", "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return exe
}

func TestInspectReadsTheSubsystem(t *testing.T) {
	if testing.Short() {
		t.Skip("cross-builds a program")
	}
	for _, c := range []struct {
		ldflags string
		want    uint16
	}{{"-H=windowsgui", 2}, {"", 3}} {
		facts, err := Inspect(buildWindows(t, c.ldflags))
		if err != nil {
			t.Fatal(err)
		}
		if facts.Subsystem != c.want || facts.Machine != 0x8664 {
			t.Errorf("ldflags %q: subsystem %d machine %#x, want subsystem %d", c.ldflags, facts.Subsystem, facts.Machine, c.want)
		}
		if !slices.Contains(facts.Imports, "kernel32.dll") {
			t.Errorf("ldflags %q: imports %v lack kernel32.dll", c.ldflags, facts.Imports)
		}
		// A program without a .syso has no resources, and the check says so.
		p := strings.Join(facts.Problems([4]uint16{0, 1, 0, 1}), "\n")
		if !strings.Contains(p, "no icon group") || !strings.Contains(p, "no version resource") {
			t.Errorf("ldflags %q: problems %q", c.ldflags, p)
		}
	}
}

func TestInspectRefusesNonPE(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the test binary itself is a PE file here")
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Inspect(self); err == nil {
		t.Error("a non-PE test binary was read as PE")
	}
}

// TestBuiltExe checks dist/huiwu.exe when `make windows` has made it; the
// make target runs the same check on every build.
func TestBuiltExe(t *testing.T) {
	exe := filepath.Join("..", "..", "dist", "huiwu.exe")
	if _, err := os.Stat(exe); err != nil {
		t.Skip("no dist/huiwu.exe: run make windows")
	}
	app, err := fyneapp.Read("../../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	want, _ := app.Details.FileVersion()
	facts, err := Inspect(exe)
	if err != nil {
		t.Fatal(err)
	}
	if p := facts.Problems(want); p != nil {
		t.Errorf("%s: %v (stale? run make windows)", exe, p)
	}
}
