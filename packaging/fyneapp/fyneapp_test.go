package fyneapp

import (
	"os"
	"path/filepath"
	"testing"
)

func TestReadsTheProjectFile(t *testing.T) {
	f, err := Read("../../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	if f.Details.Name != "会务" || f.Details.ID == "" || f.Details.Build < 1 {
		t.Fatalf("details %+v", f.Details)
	}
	if _, err := os.Stat(f.IconPath()); err != nil {
		t.Fatalf("icon: %v", err)
	}
}

func TestFileVersion(t *testing.T) {
	cases := []struct {
		version string
		build   int
		want    string
		bad     bool
	}{
		{"0.1.0", 1, "0.1.0.1", false},
		{"2.10.3", 42, "2.10.3.42", false},
		{"1.2", 7, "1.2.0.7", false},
		{"0.2.0-rc1", 3, "0.2.0.3", false},
		{"1.0.0+meta", 1, "1.0.0.1", false},
		{"", 1, "", true},
		{"1.2.3.4", 1, "", true},
		{"1.x.0", 1, "", true},
		{"70000.0.0", 1, "", true},
		{"1.0.0", 70000, "", true},
	}
	for _, c := range cases {
		d := Details{Version: c.version, Build: c.build}
		_, err := d.FileVersion()
		if c.bad {
			if err == nil {
				t.Errorf("%q build %d: accepted", c.version, c.build)
			}
			continue
		}
		if err != nil || d.FileVersionString() != c.want {
			t.Errorf("%q build %d: %q, %v; want %q", c.version, c.build, d.FileVersionString(), err, c.want)
		}
	}
}

func TestReadRefusesIncompleteFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "FyneApp.toml")
	if err := os.WriteFile(p, []byte("[Details]\nName = \"x\"\nVersion = \"1.0.0\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Read(p); err == nil {
		t.Fatal("a file without ID and Icon was accepted")
	}
}
