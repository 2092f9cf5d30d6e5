// Package app wires Huiwu together: it opens the store, builds the window
// and registers the screens, and serves the command line. It is the only
// package that knows both the screens and the SQLite store.
package app

import (
	"fmt"
	"regexp"
)

// Meta is the program's identity, read from FyneApp.toml at build time.
type Meta struct {
	ID, Name, Version string
	Build             string
}

var tomlKey = regexp.MustCompile(`(?m)^\s*(ID|Name|Version|Build)\s*=\s*"?([^"\n]*)"?\s*$`)

// ParseMeta reads the [Details] keys Huiwu needs from FyneApp.toml. The file
// is the single source of the version; main embeds it.
func ParseMeta(toml []byte) Meta {
	var m Meta
	for _, kv := range tomlKey.FindAllSubmatch(toml, -1) {
		v := string(kv[2])
		switch string(kv[1]) {
		case "ID":
			m.ID = v
		case "Name":
			m.Name = v
		case "Version":
			m.Version = v
		case "Build":
			m.Build = v
		}
	}
	return m
}

// String is the version line that `huiwu version`, 设置 and 关于 show:
// 会务 0.1.0（构建 1，2026-11-28）, or （构建 1，开发版本） for a binary built
// without the release flags.
func (m Meta) String() string {
	return fmt.Sprintf("%s %s（构建 %s，%s）", m.Name, m.Version, m.Build, BuildDate())
}
