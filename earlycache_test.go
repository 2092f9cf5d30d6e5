package main

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// Issue 19 (peak memory): app/earlycache sets FYNE_CACHE before Fyne's
// cache package reads it in its init, or Fyne keeps an unseen widget's
// renderer and text textures a minute instead of 15 s. The runtime's init
// trace names the packages in the order they start.
func TestFyneCacheIsSetBeforeFyneReadsIt(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "HUIWU_AS_MAIN=--data "+t.TempDir()+" version", "GODEBUG=inittrace=1", "FYNE_CACHE=")
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &bytes.Buffer{}, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	trace := stderr.String()
	ours := strings.Index(trace, "init earlycache ")
	fyne := strings.Index(trace, "init fyne.io/fyne/v2/internal/cache ")
	if ours < 0 || fyne < 0 || ours > fyne {
		t.Errorf("earlycache starts at %d, Fyne's cache at %d in the init trace", ours, fyne)
	}
}
