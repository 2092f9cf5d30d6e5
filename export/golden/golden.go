// Package golden keeps the PDFs the paper tests compare against: each
// paper's golden file is kept in the test's testdata, and a difference
// writes the new PDF and a PNG of the first page that looks different
// beside it (pdftoppm), so that a failure can be looked at. Tests only.
package golden

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"
)

// Check compares got with dir/name.pdf byte for byte; update rewrites the
// golden first. On a difference it writes name.new.pdf and
// name.new-pN.png (the first page whose pixels differ) beside the golden
// and fails the test naming them.
func Check(t *testing.T, dir, name string, got []byte, update bool) {
	t.Helper()
	path := filepath.Join(dir, name+".pdf")
	if update {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if bytes.Equal(want, got) {
		return
	}
	newPDF := filepath.Join(dir, name+".new.pdf")
	if err := os.WriteFile(newPDF, got, 0o644); err != nil {
		t.Fatal(err)
	}
	msg := fmt.Sprintf("%s differs from its golden (%d bytes, golden %d); new PDF in %s", name, len(got), len(want), newPDF)
	if png, err := diffPage(t, path, newPDF, dir, name); err != nil {
		msg += "; no page image: " + err.Error()
	} else if png != "" {
		msg += "; first differing page in " + png
	}
	t.Error(msg + " (rerun with -update after an intended change)")
}

// diffPage renders both PDFs with pdftoppm and writes the first page whose
// pixels differ (or the first page one of them lacks) from the new PDF as
// name.new-pN.png in dir. It returns "" when every page looks the same (a
// difference in the bytes only, such as metadata).
func diffPage(t *testing.T, golden, got, dir, name string) (string, error) {
	t.Helper()
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		return "", fmt.Errorf("pdftoppm (poppler-utils) is not installed")
	}
	tmp := t.TempDir()
	pages := func(pdf, prefix string) ([]string, error) {
		out, err := exec.Command("pdftoppm", "-r", "60", "-png", pdf, filepath.Join(tmp, prefix)).CombinedOutput()
		if err != nil {
			return nil, fmt.Errorf("pdftoppm %s: %v: %s", pdf, err, out)
		}
		ps, err := filepath.Glob(filepath.Join(tmp, prefix+"-*.png"))
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
		png := filepath.Join(dir, fmt.Sprintf("%s.new-p%d", name, n))
		out, err := exec.Command("pdftoppm", "-r", "100", "-png", "-singlefile", "-f", fmt.Sprint(n), "-l", fmt.Sprint(n), got, png).CombinedOutput()
		if err != nil {
			return "", fmt.Errorf("pdftoppm page %d: %v: %s", n, err, out)
		}
		return png + ".png", nil
	}
	return "", nil
}
