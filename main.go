// Command huiwu is 会务, the meeting secretaries' desktop program of a
// municipal government office. main only hands over to package app.
package main

import (
	_ "embed"
	"os"

	"huiwu/app"
)

//go:embed FyneApp.toml
var fyneApp []byte

func main() {
	os.Exit(app.Main(os.Args[1:], app.ParseMeta(fyneApp), os.Stdout, os.Stderr))
}
