// Command winres writes the go-winres description (winres.json) of
// huiwu.exe's Windows resources from FyneApp.toml: the application icon,
// the manifest and the version information that Explorer's file properties
// show. `make windows` runs it, then go-winres turns the description into
// the .syso object that go build links in. Neither the JSON nor the .syso is
// committed: both follow FyneApp.toml on every build.
//
//	go run ./packaging/winres -toml FyneApp.toml -out build/winres
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"huiwu/packaging/fyneapp"
)

func main() {
	tomlPath := flag.String("toml", "FyneApp.toml", "FyneApp.toml to read")
	out := flag.String("out", "build/winres", "folder to write winres.json and the icon into")
	flag.Parse()
	if err := write(*tomlPath, *out); err != nil {
		fmt.Fprintln(os.Stderr, "winres:", err)
		os.Exit(1)
	}
}

func write(tomlPath, out string) error {
	f, err := fyneapp.Read(tomlPath)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	// go-winres resolves the icon relative to winres.json, so the icon is
	// copied beside it rather than referenced across folders.
	icon := "icon" + filepath.Ext(f.Details.Icon)
	if err := copyFile(f.IconPath(), filepath.Join(out, icon)); err != nil {
		return err
	}
	b, err := json.MarshalIndent(Config(f.Details, icon), "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "winres.json"), append(b, '\n'), 0o644)
}

func copyFile(from, to string) error {
	src, err := os.Open(from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(dst, src); err != nil {
		dst.Close()
		return err
	}
	return dst.Close()
}
