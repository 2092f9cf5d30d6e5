package buildinfo

import (
	"runtime"
	"strings"
	"testing"
)

func TestPlatformNamesThisBuild(t *testing.T) {
	p := Platform()
	if !strings.HasPrefix(p, runtime.GOOS+"/"+runtime.GOARCH+", go") {
		t.Fatalf("platform %q", p)
	}
}

// A test binary carries no VCS stamp; Revision must say so with "" rather
// than invent one.
func TestRevisionOfATestBinary(t *testing.T) {
	rev, _ := Revision()
	if len(rev) > 12 {
		t.Fatalf("revision %q longer than 12", rev)
	}
}
