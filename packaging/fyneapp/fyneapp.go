// Package fyneapp reads FyneApp.toml for the packaging tools (the Windows
// resource generator, the PE check, the Linux package check), so that the
// version, name and icon of every package come from the one file that
// `fyne package` and the program itself (app.ParseMeta) read too.
package fyneapp

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
)

// Details is the [Details] table of FyneApp.toml.
type Details struct {
	Icon    string
	Name    string
	ID      string
	Version string
	Build   int
}

// File is the part of FyneApp.toml the packaging reads.
type File struct {
	Website string
	Details Details
	// Dir is the folder the file was read from; Icon is relative to it.
	Dir string `toml:"-"`
}

// Read parses the FyneApp.toml at path and checks the keys packaging needs.
func Read(path string) (File, error) {
	var f File
	if _, err := toml.DecodeFile(path, &f); err != nil {
		return File{}, fmt.Errorf("%s: %w", path, err)
	}
	f.Dir = filepath.Dir(path)
	d := f.Details
	if d.Name == "" || d.ID == "" || d.Icon == "" {
		return File{}, fmt.Errorf("%s: [Details] needs Name, ID and Icon", path)
	}
	if _, err := d.FileVersion(); err != nil {
		return File{}, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}

// IconPath is the icon's path on disk.
func (f File) IconPath() string { return filepath.Join(f.Dir, filepath.FromSlash(f.Details.Icon)) }

// FileVersion is the four-part Windows file version: Version's major, minor
// and patch, then Build — the same numbers `fyne package` puts there, so a
// rebuilt package with a new Build number is a newer file to Windows.
func (d Details) FileVersion() ([4]uint16, error) {
	var v [4]uint16
	// A pre-release or build suffix (0.2.0-rc1) does not fit the numeric
	// fields; Windows only needs the numbers.
	core, _, _ := strings.Cut(d.Version, "-")
	core, _, _ = strings.Cut(core, "+")
	parts := strings.Split(core, ".")
	if core == "" || len(parts) > 3 {
		return v, fmt.Errorf("version %q is not MAJOR.MINOR.PATCH", d.Version)
	}
	for i, p := range parts {
		n, err := strconv.ParseUint(p, 10, 16)
		if err != nil {
			return v, fmt.Errorf("version %q is not MAJOR.MINOR.PATCH", d.Version)
		}
		v[i] = uint16(n)
	}
	if d.Build < 0 || d.Build > 0xffff {
		return v, fmt.Errorf("build %d does not fit a Windows version field", d.Build)
	}
	v[3] = uint16(d.Build)
	return v, nil
}

// FileVersionString is FileVersion as "0.1.0.1".
func (d Details) FileVersionString() string {
	v, _ := d.FileVersion()
	return fmt.Sprintf("%d.%d.%d.%d", v[0], v[1], v[2], v[3])
}
