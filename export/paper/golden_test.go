package paper

import (
	"bytes"
	"flag"
	"testing"

	"huiwu/export/golden"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/KIND.pdf from the current output")

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
			golden.Check(t, "testdata/golden", kind, b.Bytes(), *update)
		})
	}
}
