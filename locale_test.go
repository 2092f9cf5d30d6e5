package main

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"

	"huiwu/app"
)

// TestMain lets the test binary stand in for huiwu: with HUIWU_AS_MAIN set
// it runs the command line as main does, with the same package inits.
func TestMain(m *testing.M) {
	if os.Getenv("HUIWU_AS_MAIN") != "" {
		os.Exit(app.Main(strings.Fields(os.Getenv("HUIWU_AS_MAIN")), app.ParseMeta(fyneApp), os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// Issue 17 item 15: under LANG=C.UTF-8 (and the other locales that name no
// language) a command prints no 「Fyne error: Error parsing user locale C」.
func TestNoLocaleErrorWhenTheLocaleSaysNothing(t *testing.T) {
	for _, lang := range []string{"C.UTF-8", "C", "POSIX"} {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "HUIWU_AS_MAIN=--data "+t.TempDir()+" version", "LANG="+lang, "LANGUAGE=", "LC_ALL=", "LC_MESSAGES=")
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("LANG=%s: %v\n%s", lang, err, stderr.String())
		}
		if stderr.Len() != 0 || !strings.Contains(stdout.String(), "数据文件夹") {
			t.Errorf("LANG=%s: stderr %q, stdout %q", lang, stderr.String(), stdout.String())
		}
	}
}
