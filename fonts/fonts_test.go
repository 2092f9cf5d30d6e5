package fonts

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"strings"
	"testing"
)

// embedded maps each bundled file to the bytes the binary carries.
var embedded = map[string][]byte{
	"NotoSansSC-Regular.ttf":       NotoSansSCRegular,
	"NotoSansSC-UI.otf":            NotoSansSCUI,
	"NotoSansSC-UI-Bold.otf":       NotoSansSCUIBold,
	"FandolFang-Regular.ttf":       FandolFangRegular,
	"NotoSerifSC-Black-GB2312.ttf": NotoSerifSCBlack,
	"HuiwuKai-Regular.ttf":         HuiwuKaiRegular,
	"NotoSerifSC-Regular.ttf":      NotoSerifSCRegular,
}

// TestEmbeddedFacesMatchSHA256SUMS: what the binary carries is exactly what
// prepare.sh produced, and every face has been listed.
func TestEmbeddedFacesMatchSHA256SUMS(t *testing.T) {
	f, err := os.Open("SHA256SUMS")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	listed := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		sum, name, ok := strings.Cut(sc.Text(), "  ")
		if ok {
			listed[name] = sum
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for name, data := range embedded {
		t.Run(name+"_matches_its_checksum", func(t *testing.T) {
			h := sha256.Sum256(data)
			if got := hex.EncodeToString(h[:]); got != listed[name] {
				t.Errorf("sha256 %s, SHA256SUMS says %q", got, listed[name])
			}
		})
	}
	if len(listed) != len(embedded) {
		t.Errorf("SHA256SUMS lists %d files, %d are embedded", len(listed), len(embedded))
	}
}

// TestEmbeddedFacesAreTrueTypeWithLicences: fpdf embeds only TrueType
// outlines, and each face's licence must ship beside it. The window's faces
// are CFF on purpose (its text library reads CFF lazily) and never reaches a
// PDF.
func TestEmbeddedFacesAreTrueTypeWithLicences(t *testing.T) {
	licence := map[string]string{
		"NotoSansSC-Regular.ttf":       "OFL-NotoSansSC.txt",
		"NotoSansSC-UI.otf":            "OFL-NotoSansCJK.txt",
		"NotoSansSC-UI-Bold.otf":       "OFL-NotoSansCJK.txt",
		"FandolFang-Regular.ttf":       "GPL-FandolFang.txt",
		"NotoSerifSC-Black-GB2312.ttf": "OFL-NotoSerifSC.txt",
		"HuiwuKai-Regular.ttf":         "OFL-HuiwuKai.txt",
		"NotoSerifSC-Regular.ttf":      "OFL-NotoSerifSC.txt",
	}
	shipped := map[string]bool{}
	for _, l := range Licences() {
		shipped[l.File] = len(l.Text) > 1000
	}
	for name, data := range embedded {
		t.Run(name+"_is_truetype_and_licensed", func(t *testing.T) {
			want := "\x00\x01\x00\x00"
			if strings.HasSuffix(name, ".otf") {
				want = "OTTO"
			}
			if len(data) < 4 || string(data[:4]) != want {
				t.Errorf("magic %q, want %q", data[:4], want)
			}
			b, err := os.ReadFile(licence[name])
			if err != nil || len(b) < 1000 {
				t.Errorf("licence %s: %d bytes, %v", licence[name], len(b), err)
			}
			if !shipped[licence[name]] {
				t.Errorf("licence %s is not among the program's Licences()", licence[name])
			}
		})
	}
}
