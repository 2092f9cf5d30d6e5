// Command pecheck checks a built huiwu.exe the way a secretary's Windows
// will see it: amd64, GUI subsystem (no console window), an icon, a version
// resource matching FyneApp.toml, a manifest, and no DLL of the
// cross-compiler's runtime. `make windows` runs it on dist/huiwu.exe and
// fails the build when it prints a problem.
//
//	go run ./packaging/pecheck [-toml FyneApp.toml] dist/huiwu.exe
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"huiwu/packaging/fyneapp"
)

func main() {
	tomlPath := flag.String("toml", "FyneApp.toml", "FyneApp.toml giving the expected version")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: pecheck [-toml FyneApp.toml] FILE.exe")
		os.Exit(2)
	}
	os.Exit(run(flag.Arg(0), *tomlPath))
}

func run(exe, tomlPath string) int {
	app, err := fyneapp.Read(tomlPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, "pecheck:", err)
		return 1
	}
	want, _ := app.Details.FileVersion()
	facts, err := Inspect(exe)
	if err != nil {
		fmt.Fprintf(os.Stderr, "pecheck: %s: %v\n", exe, err)
		return 1
	}
	if problems := facts.Problems(want); len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintf(os.Stderr, "pecheck: %s: %s\n", exe, p)
		}
		return 1
	}
	fmt.Printf("pecheck: %s: amd64, GUI subsystem, icon %v px, version %s, manifest, imports %s\n",
		exe, facts.IconSizes, dotted(facts.FileVersion), strings.Join(facts.Imports, " "))
	return 0
}
