package paper

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/KIND.pdf from the current output")

const goldenDir = "testdata/golden"

// TestGolden compares each documented example with the PDF kept in
// testdata/golden/KIND.pdf, byte for byte (a map iterated in a different
// order, a moved line or a changed face all change the bytes). On a
// difference it writes the new PDF as KIND.new.pdf and the first page that
// looks different as KIND.new-pN.png beside the golden, so the failure can
// be looked at; after an intended change, look at those pages and rerun
// with -update.
func TestGolden(t *testing.T) {
	for _, kind := range Kinds() {
		t.Run(kind+"_matches_its_golden_pdf", func(t *testing.T) {
			var b bytes.Buffer
			if err := RenderJSON(kind, exampleJSON(t, kind), &b, DefaultOptions()); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(goldenDir, kind+".pdf")
			if *update {
				if err := os.MkdirAll(goldenDir, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if bytes.Equal(want, b.Bytes()) {
				return
			}
			newPDF := filepath.Join(goldenDir, kind+".new.pdf")
			if err := os.WriteFile(newPDF, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			msg := fmt.Sprintf("%s differs from its golden (%d bytes, golden %d); new PDF in %s", kind, b.Len(), len(want), newPDF)
			if png, err := diffPage(t, path, newPDF, kind); err != nil {
				msg += "; no page image: " + err.Error()
			} else if png != "" {
				msg += "; first differing page in " + png
			}
			t.Error(msg + " (rerun with -update after an intended change)")
		})
	}
}

// diffPage renders both PDFs with pdftoppm and writes the first page whose
// pixels differ (or the first page one of them lacks) from the new PDF as
// KIND.new-pN.png beside the golden. It returns "" when every page looks
// the same (a difference in the bytes only, such as metadata).
func diffPage(t *testing.T, golden, got, kind string) (string, error) {
	t.Helper()
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		return "", fmt.Errorf("pdftoppm (poppler-utils) is not installed")
	}
	dir := t.TempDir()
	pages := func(pdf, prefix string) ([]string, error) {
		out, err := exec.Command("pdftoppm", "-r", "60", "-png", pdf, filepath.Join(dir, prefix)).CombinedOutput()
		if err != nil {
			return nil, fmt.Errorf("pdftoppm %s: %v: %s", pdf, err, out)
		}
		ps, err := filepath.Glob(filepath.Join(dir, prefix+"-*.png"))
		sort.Strings(ps) // pdftoppm pads page numbers to the same width
		return ps, err
	}
	old, err := pages(golden, "old")
	if err != nil {
		return "", err
	}
	cur, err := pages(got, "new")
	if err != nil {
		return "", err
	}
	for i := 0; i < max(len(old), len(cur)); i++ {
		if i < len(old) && i < len(cur) {
			a, errA := os.ReadFile(old[i])
			b, errB := os.ReadFile(cur[i])
			if errA != nil || errB != nil {
				return "", fmt.Errorf("read page images: %v %v", errA, errB)
			}
			if bytes.Equal(a, b) {
				continue
			}
		}
		n := min(i, len(cur)-1) + 1
		png := filepath.Join(goldenDir, fmt.Sprintf("%s.new-p%d", kind, n))
		out, err := exec.Command("pdftoppm", "-r", "100", "-png", "-singlefile", "-f", fmt.Sprint(n), "-l", fmt.Sprint(n), got, png).CombinedOutput()
		if err != nil {
			return "", fmt.Errorf("pdftoppm page %d: %v: %s", n, err, out)
		}
		return png + ".png", nil
	}
	return "", nil
}
