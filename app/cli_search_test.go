package app

import (
	"strings"
	"testing"
)

// Search over the demo's 纪要 and tasks from the command line.
func TestSearchCommand(t *testing.T) {
	dir := t.TempDir()
	if code, _, errs := huiwu(t, "--data", dir, "demo"); code != 0 {
		t.Fatalf("demo: %s", errs)
	}
	code, out, _ := huiwu(t, "--data", dir, "search", "现纪要如下")
	if code != 0 || !strings.Contains(out, "[纪要 ") || !strings.Contains(out, "共 9 处") {
		t.Fatalf("search: %d %s", code, out)
	}
	// The corrected 纪要 is found by its newest text only.
	if code, out, _ := huiwu(t, "--data", dir, "search", "议定事项纪要"); code != 0 || !strings.Contains(out, "共 1 处") {
		t.Fatalf("corrected text: %d %s", code, out)
	}
	if code, out, _ := huiwu(t, "--data", dir, "search", "催办"); code != 0 || !strings.Contains(out, "共 0 处") {
		t.Fatalf("feedback texts are not indexed: %d %s", code, out)
	}
	if code, _, _ := huiwu(t, "--data", dir, "search"); code != 2 {
		t.Fatalf("no text: exit %d", code)
	}
}
