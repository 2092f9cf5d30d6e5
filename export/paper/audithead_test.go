package paper

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// A paper made from the database carries the audit head in its properties,
// where `pdfinfo` (or any PDF reader's properties dialog) shows it.
func TestAuditHeadInPDFProperties(t *testing.T) {
	if _, err := exec.LookPath("pdfinfo"); err != nil {
		t.Skip("pdfinfo (poppler-utils) not installed")
	}
	in, err := os.ReadFile("../../docs/formats/notice.json")
	if err != nil {
		t.Fatal(err)
	}
	opt := DefaultOptions()
	opt.AuditHead = "175:cff735a7b1c2"
	var buf bytes.Buffer
	if err := RenderJSON("notice", in, &buf, opt); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "notice.pdf")
	os.WriteFile(path, buf.Bytes(), 0o600)
	out, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "175:cff735a7b1c2") {
		t.Fatalf("audit head not in the properties:\n%s", out)
	}
}
