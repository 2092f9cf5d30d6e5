package app

import (
	"strings"
	"testing"
)

// Search over every kind of the demo's records from the command line.
func TestSearchCommand(t *testing.T) {
	dir := t.TempDir()
	if code, _, errs := huiwu(t, "--data", dir, "demo"); code != 0 {
		t.Fatalf("demo: %s", errs)
	}
	// nine 纪要 hold it in their newest text; the corrected one held it in
	// its second version, and says so
	code, out, _ := huiwu(t, "--data", dir, "search", "现纪要如下")
	if code != 0 || strings.Count(out, "[纪要 ") != 10 || strings.Count(out, "（第2版，已有新版本）") != 1 || !strings.Contains(out, "共 10 处") {
		t.Fatalf("search: %d %s", code, out)
	}
	if code, out, _ := huiwu(t, "--data", dir, "search", "议定事项纪要"); code != 0 || !strings.Contains(out, "共 1 处") {
		t.Fatalf("corrected text: %d %s", code, out)
	}
	// issue 17 item 11: topics and documents, by two characters too
	if code, out, _ := huiwu(t, "--data", dir, "search", "预算草案"); code != 0 || !strings.Contains(out, "[议题 12] 2027年市级财政预算草案\n") {
		t.Fatalf("topic: %d %s", code, out)
	}
	if code, out, _ := huiwu(t, "--data", dir, "search", "请示"); code != 0 || !strings.Contains(out, "[公文 1] 关于2026年市级重点项目投资计划的请示（溧发改〔2026〕3号）\n") || !strings.Contains(out, "共 9 处") {
		t.Fatalf("documents: %d %s", code, out)
	}
	if code, out, _ := huiwu(t, "--data", dir, "search", "催办"); code != 0 || !strings.Contains(out, "共 0 处") {
		t.Fatalf("feedback texts are not indexed: %d %s", code, out)
	}
	if code, _, _ := huiwu(t, "--data", dir, "search"); code != 2 {
		t.Fatalf("no text: exit %d", code)
	}
}
