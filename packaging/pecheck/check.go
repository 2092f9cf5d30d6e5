package main

import (
	"debug/pe"
	"fmt"
	"slices"
	"strings"
)

// Facts are what the check reads from an executable.
type Facts struct {
	Machine     uint16
	Subsystem   uint16
	IconSizes   []int
	FileVersion [4]uint16
	HasVersion  bool
	HasManifest bool
	Imports     []string // DLLs the loader must find
}

// mingwRuntime are DLLs of the cross-compiler's runtime that an office PC
// does not have: an exe importing one builds and runs here under Wine but
// fails on the secretary's PC with "找不到 libwinpthread-1.dll". Debian's
// win32-threads mingw links its runtime statically, and this catches a
// switch to the posix-threads variant.
var mingwRuntime = []string{"libwinpthread-1.dll", "libgcc_s_seh-1.dll", "libstdc++-6.dll"}

// Inspect reads the facts from the PE file at path.
func Inspect(path string) (Facts, error) {
	f, err := pe.Open(path)
	if err != nil {
		return Facts{}, err
	}
	defer f.Close()
	var facts Facts
	facts.Machine = f.Machine
	switch oh := f.OptionalHeader.(type) {
	case *pe.OptionalHeader64:
		facts.Subsystem = oh.Subsystem
	case *pe.OptionalHeader32:
		facts.Subsystem = oh.Subsystem
	}
	if facts.Imports, err = importedDLLs(f); err != nil {
		return facts, fmt.Errorf("imports: %w", err)
	}
	res, err := readResources(f)
	if err != nil {
		return facts, err
	}
	icons := map[int]bool{}
	for _, r := range res {
		if r.typ == rtIcon {
			icons[r.name] = true
		}
	}
	for _, r := range res {
		switch r.typ {
		case rtGroupIcon:
			g, err := parseIconGroup(r.data)
			if err != nil {
				return facts, err
			}
			for _, id := range g.ids {
				if !icons[id] {
					return facts, fmt.Errorf("icon group refers to missing icon image %d", id)
				}
			}
			facts.IconSizes = append(facts.IconSizes, g.sizes...)
		case rtVersion:
			if facts.FileVersion, err = fixedFileVersion(r.data); err != nil {
				return facts, err
			}
			facts.HasVersion = true
		case rtManifest:
			facts.HasManifest = true
		}
	}
	return facts, nil
}

// Problems lists what is wrong with facts for a Windows build of the
// program whose file version should be want; nil means it passes.
func (facts Facts) Problems(want [4]uint16) []string {
	var p []string
	if facts.Machine != pe.IMAGE_FILE_MACHINE_AMD64 {
		p = append(p, fmt.Sprintf("machine %#x, want amd64 (%#x)", facts.Machine, pe.IMAGE_FILE_MACHINE_AMD64))
	}
	// A console-subsystem exe opens a black console window beside the
	// program, and closing it kills the program mid-write.
	if facts.Subsystem != pe.IMAGE_SUBSYSTEM_WINDOWS_GUI {
		p = append(p, fmt.Sprintf("subsystem %d, want %d (GUI): link with -H=windowsgui", facts.Subsystem, pe.IMAGE_SUBSYSTEM_WINDOWS_GUI))
	}
	if len(facts.IconSizes) == 0 {
		p = append(p, "no icon group resource: Explorer and the taskbar show a blank program icon")
	} else if !slices.Contains(facts.IconSizes, 256) || !slices.Contains(facts.IconSizes, 16) {
		p = append(p, fmt.Sprintf("icon sizes %v lack 16 or 256 pixels", facts.IconSizes))
	}
	if !facts.HasVersion {
		p = append(p, "no version resource: file properties show no version")
	} else if facts.FileVersion != want {
		p = append(p, fmt.Sprintf("file version %s, want %s from FyneApp.toml", dotted(facts.FileVersion), dotted(want)))
	}
	if !facts.HasManifest {
		p = append(p, "no manifest resource")
	}
	for _, dll := range facts.Imports {
		if slices.Contains(mingwRuntime, strings.ToLower(dll)) {
			p = append(p, fmt.Sprintf("imports %s, which office PCs do not have", dll))
		}
	}
	return p
}

// importedDLLs lists the DLLs named by the import table. debug/pe's
// ImportedLibraries is a stub that returns nothing, so the DLL names come
// from ImportedSymbols' "symbol:dll" strings.
func importedDLLs(f *pe.File) ([]string, error) {
	syms, err := f.ImportedSymbols()
	if err != nil {
		return nil, err
	}
	var dlls []string
	for _, s := range syms {
		_, dll, ok := strings.Cut(s, ":")
		if ok && !slices.Contains(dlls, strings.ToLower(dll)) {
			dlls = append(dlls, strings.ToLower(dll))
		}
	}
	slices.Sort(dlls)
	return dlls, nil
}

func dotted(v [4]uint16) string { return fmt.Sprintf("%d.%d.%d.%d", v[0], v[1], v[2], v[3]) }
