package app

import (
	"strings"
	"testing"

	"huiwu/app/buildinfo"
)

// setBuildDate stands in for -ldflags -X for the length of a test.
func setBuildDate(t *testing.T, d string) {
	old := buildDate
	buildDate = d
	t.Cleanup(func() { buildDate = old })
}

func TestVersionLineSaysDevelopmentBuild(t *testing.T) {
	setBuildDate(t, "")
	if got := testMeta.String(); got != "会务 0.1.0（构建 1，开发版本）" {
		t.Fatalf("version line %q", got)
	}
}

func TestVersionPrintsBuildDateAndDatabaseState(t *testing.T) {
	setBuildDate(t, "2026-11-28")
	dir := t.TempDir()
	if code, _, errs := huiwu(t, "--data", dir, "demo"); code != 0 {
		t.Fatalf("demo: %d %q", code, errs)
	}
	code, out, errs := huiwu(t, "--data", dir, "version")
	if code != 0 {
		t.Fatalf("version: %d %q", code, errs)
	}
	for _, want := range []string{"会务 0.1.0（构建 1，2026-11-28）\n", "运行环境：" + buildinfo.Platform(), "数据文件夹：" + dir, "数据文件结构版本：", "审计头："} {
		if !strings.Contains(out, want) {
			t.Errorf("version output lacks %q:\n%s", want, out)
		}
	}
}
