package paper

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
)

// exampleJSON reads docs/formats/KIND.json, the documented example.
func exampleJSON(tb testing.TB, kind string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "docs", "formats", kind+".json"))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// TestExamplesRenderTheSameBytesTwice renders each documented example twice:
// the output must be byte-identical (fixed dates, sorted catalog), and must
// span several pages.
func TestExamplesRenderTheSameBytesTwice(t *testing.T) {
	for _, kind := range Kinds() {
		t.Run(kind+"_is_deterministic", func(t *testing.T) {
			in := exampleJSON(t, kind)
			var a, b bytes.Buffer
			if err := RenderJSON(kind, in, &a, DefaultOptions()); err != nil {
				t.Fatal(err)
			}
			if err := RenderJSON(kind, in, &b, DefaultOptions()); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Fatalf("two renders differ (%d vs %d bytes)", a.Len(), b.Len())
			}
			// The goal is 200 KB; FandolFang's dense outlines (about 760 bytes
			// a glyph) put the 7-page 纪要 near 300 KB, so this guards against
			// regressions (a whole font embedded would be megabytes).
			if a.Len() > 400<<10 {
				t.Errorf("%s example is %d bytes, want < 400 KB", kind, a.Len())
			}
			t.Logf("%s: %d bytes", kind, a.Len())
		})
	}
}

// TestScreenshots writes page 1 (pdf-KIND.png) and the last page
// (pdf-KIND-last.png)
// of each documented example into $HUIWU_SCREENSHOTS with pdftoppm, for
// `make screenshots`. A relative directory is taken from the module root.
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("HUIWU_SCREENSHOTS")
	if dir == "" {
		t.Skip("set HUIWU_SCREENSHOTS=DIR to write screenshots")
	}
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		t.Fatal("pdftoppm (poppler-utils) is needed for screenshots")
	}
	if !filepath.IsAbs(dir) {
		dir = filepath.Join("..", "..", dir)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	res := os.Getenv("HUIWU_SCREENSHOTS_DPI")
	if res == "" {
		res = "60"
	}
	for _, kind := range Kinds() {
		var buf bytes.Buffer
		p, err := Decode(kind, exampleJSON(t, kind))
		if err != nil {
			t.Fatal(err)
		}
		lay, err := Render(p, &buf, DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		pdf := filepath.Join(t.TempDir(), kind+".pdf")
		if err := os.WriteFile(pdf, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		for name, pg := range map[string]int{"pdf-" + kind: 1, "pdf-" + kind + "-last": lay.Pages} {
			n := strconv.Itoa(pg)
			out := filepath.Join(dir, name)
			cmd := exec.Command("pdftoppm", "-png", "-r", res, "-f", n, "-l", n, "-singlefile", pdf, out)
			if b, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("pdftoppm: %v: %s", err, b)
			}
		}
	}
}
