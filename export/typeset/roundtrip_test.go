package typeset

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// pdftotext extracts the text layer of pdf with poppler.
func pdftotext(t *testing.T, pdf []byte) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) not installed")
	}
	path := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

var pageNumberLine = regexp.MustCompile(`(?m)^—\s*\d+\s*—$`)

func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// TestCorpusRoundTrip sets ≥30 paragraphs of government prose and reads the
// PDF back with pdftotext: the text must equal the input but for line
// breaks (and spaces, which pdftotext places by geometry), and no line may
// start with a closing mark or end with an opening one.
func TestCorpusRoundTrip(t *testing.T) {
	paras := corpus(t)
	d := newDoc(t)
	for _, p := range paras {
		d.Text(Body, p)
	}
	text := pdftotext(t, finish(t, d))
	body := pageNumberLine.ReplaceAllString(text, "")
	if got, want := squash(body), squash(strings.Join(paras, "")); got != want {
		gr, wr := []rune(got), []rune(want)
		i := 0
		for i < len(gr) && i < len(wr) && gr[i] == wr[i] {
			i++
		}
		t.Fatalf("text differs at rune %d:\n got …%s…\nwant …%s…", i, string(gr[max(0, i-10):min(len(gr), i+20)]), string(wr[max(0, i-10):min(len(wr), i+20)]))
	}
	lines := 0
	for _, ln := range strings.Split(body, "\n") {
		ln = strings.TrimSpace(ln)
		if ln == "" {
			continue
		}
		lines++
		rs := []rune(ln)
		if strings.ContainsRune(noStart, rs[0]) {
			t.Errorf("line starts with a closing mark: %q", ln)
		}
		if strings.ContainsRune(noEnd, rs[len(rs)-1]) {
			t.Errorf("line ends with an opening mark: %q", ln)
		}
	}
	if lines < 3*len(paras) {
		t.Errorf("only %d lines for %d paragraphs: breaking did not happen", lines, len(paras))
	}
}

// TestRareCharactersReachTheTextLayerAndThePage sets names with characters
// the 仿宋 lacks (喆 堃 昇 玥 赟 镕, from the fallback) and one above U+FFFF
// (𠮷, drawn as an outline): all must come back from pdftotext, and the
// outline's cell must be inked on the rasterised page.
func TestRareCharactersReachTheTextLayerAndThePage(t *testing.T) {
	names := "王喆、李堃、张昇、赵玥、钱赟、孙镕、吉𠮷"
	d := newDoc(t)
	d.Text(Body, names)
	d.Text(Body, "𠮷")
	pdf := finish(t, d)
	if got := d.Layout().Outlines; got != 2 {
		t.Errorf("%d outlines drawn, want 2", got)
	}
	if text := squash(pageNumberLine.ReplaceAllString(pdftotext(t, pdf), "")); text != names+"𠮷" {
		t.Errorf("text layer %q, want %q", text, names+"𠮷")
	}
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		t.Skip("pdftoppm not installed")
	}
	line := d.Layout().Lines[1] // the line holding 𠮷 alone
	inked := darkPixels(t, pdf, line.X, line.Y-PtToMM(Sanhao)*emAscent, CharPitch, PtToMM(Sanhao))
	blank := darkPixels(t, pdf, line.X+3*CharPitch, line.Y-PtToMM(Sanhao)*emAscent, CharPitch, PtToMM(Sanhao))
	if inked < 40 || blank != 0 {
		t.Errorf("𠮷 cell has %d dark pixels (want many), empty cell %d (want 0)", inked, blank)
	}
}

// darkPixels rasterises page 1 at 150 dpi in grey and counts pixels darker
// than mid-grey in the rectangle (mm).
func darkPixels(t *testing.T, pdf []byte, x, y, w, h float64) int {
	t.Helper()
	dir := t.TempDir()
	in := filepath.Join(dir, "p.pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	const dpi = 150
	px := func(mm float64) string { return itoa(int(mm / 25.4 * dpi)) }
	out := filepath.Join(dir, "crop")
	cmd := exec.Command("pdftoppm", "-gray", "-r", itoa(dpi), "-f", "1", "-l", "1", "-singlefile",
		"-x", px(x), "-y", px(y), "-W", px(w), "-H", px(h), in, out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v %s", err, b)
	}
	pgm, err := os.ReadFile(out + ".pgm")
	if err != nil {
		t.Fatal(err)
	}
	// Binary PGM: "P5\nW H\n255\n" then one byte a pixel.
	fields, rest := 0, pgm
	for fields < 4 {
		rest = bytes.TrimLeft(rest, " \n\r\t")
		i := bytes.IndexAny(rest, " \n\r\t")
		rest = rest[i:]
		fields++
	}
	rest = rest[1:]
	n := 0
	for _, v := range rest {
		if v < 128 {
			n++
		}
	}
	return n
}
