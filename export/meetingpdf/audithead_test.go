package meetingpdf

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"huiwu/rules"
)

// Every paper of a meeting — the typeset ones and the two drawn on fpdf —
// carries the audit head in its PDF properties.
func TestEveryMeetingPaperCarriesTheAuditHead(t *testing.T) {
	if _, err := exec.LookPath("pdfinfo"); err != nil {
		t.Skip("pdfinfo (poppler-utils) not installed")
	}
	o := Options{AuditHead: "321:0123456789ab", Layout: rules.Rostrum}
	papers := map[string]func(io.Writer) error{
		"签到表":  func(w io.Writer) error { return Write(w, SignIn(record(), o), o) },
		"座次名单": func(w io.Writer) error { return Write(w, Seating(record(), o), o) },
		"座次图":  func(w io.Writer) error { return SeatMap(w, record(), o) },
		"桌签":   func(w io.Writer) error { return TableCards(w, record(), o) },
	}
	for name, write := range papers {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := write(&buf); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), "p.pdf")
			os.WriteFile(path, buf.Bytes(), 0o600)
			out, err := exec.Command("pdfinfo", path).Output()
			if err != nil || !strings.Contains(string(out), "321:0123456789ab") {
				t.Fatalf("audit head missing: %v\n%s", err, out)
			}
		})
	}
}
