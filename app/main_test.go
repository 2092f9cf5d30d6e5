package app

import (
	"fmt"
	"os"
	"testing"
)

// TestMain keeps the tests off the machine's own data folder: a command run
// without --data would otherwise open (and migrate) the user's database
// under ~/.config/huiwu, and a test's outcome would depend on what a
// developer or another run left there.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "huiwu-app-test-data")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	os.Setenv("HUIWU_DATA", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
