package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"reflect"
	"testing"

	"github.com/xuri/excelize/v2"
)

// The style sheet made once per process is the one newStyles makes on a
// fresh workbook — the same IDs, the same XML — and every workbook written
// carries it byte for byte, the second as well as the first.
func TestEveryWorkbookCarriesTheStylesOfAFreshOne(t *testing.T) {
	fresh := excelize.NewFile()
	defer fresh.Close()
	ids, err := newStyles(fresh)
	if err != nil {
		t.Fatal(err)
	}
	if err := fresh.Write(io.Discard); err != nil {
		t.Fatal(err)
	}
	want, _ := fresh.Pkg.Load(styleSheetPath)
	shared, err := bookStyles()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(shared.ids, ids) {
		t.Fatalf("shared IDs %+v, a fresh workbook's %+v", shared.ids, ids)
	}
	for i := range 2 {
		var buf bytes.Buffer
		if err := SignIn(&buf, record(), SignInOptions{}); err != nil {
			t.Fatal(err)
		}
		if got := zipPart(t, buf.Bytes(), styleSheetPath); !bytes.Equal(got, want.([]byte)) {
			t.Fatalf("workbook %d: its %s differs from a fresh workbook's:\n%s\n%s", i+1, styleSheetPath, got, want)
		}
	}
}

// zipPart is one part of a written workbook, as stored.
func zipPart(t *testing.T, book []byte, name string) []byte {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(book), int64(len(book)))
	if err != nil {
		t.Fatal(err)
	}
	r, err := z.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
