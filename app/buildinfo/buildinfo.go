// Package buildinfo tells which build is running — the platform and the
// commit — for `huiwu version` and the 关于 dialog alike, so the two never
// disagree. It is a leaf package: screens may import it without importing
// app.
package buildinfo

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

// Platform is the operating system, architecture and Go version, e.g.
// "windows/amd64, go1.26.8".
func Platform() string {
	return fmt.Sprintf("%s/%s, %s", runtime.GOOS, runtime.GOARCH, runtime.Version())
}

// Revision is the first 12 hex digits of the commit the binary was built
// from, and whether the tree had uncommitted changes; "" when go build did
// not record it (go test, go run, -buildvcs=false, no git checkout).
func Revision() (rev string, modified bool) {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "", false
	}
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	return rev, modified
}
