package paper

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/golden.sha256 from the current output")

// TestGoldenHashes pins the bytes of each documented example across
// processes (a map iterated in a different order would change them): the
// SHA-256 of each PDF must match testdata/golden.sha256. After an intended
// layout change, rerun with -update and look at the pages before committing.
func TestGoldenHashes(t *testing.T) {
	const path = "testdata/golden.sha256"
	got := map[string]string{}
	var lines []string
	for _, kind := range Kinds() {
		var b bytes.Buffer
		if err := RenderJSON(kind, exampleJSON(t, kind), &b, DefaultOptions()); err != nil {
			t.Fatal(err)
		}
		h := sha256.Sum256(b.Bytes())
		got[kind] = hex.EncodeToString(h[:])
		lines = append(lines, got[kind]+"  "+kind)
	}
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for _, ln := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		sum, kind, _ := strings.Cut(ln, "  ")
		want[kind] = sum
	}
	for _, kind := range Kinds() {
		t.Run(kind+"_matches_its_golden_hash", func(t *testing.T) {
			if got[kind] != want[kind] {
				t.Errorf("sha256 %s, golden %s (rerun with -update after an intended change)", got[kind], want[kind])
			}
		})
	}
}
