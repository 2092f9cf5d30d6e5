package main

import (
	"debug/pe"
	"encoding/binary"
	"errors"
	"fmt"
)

// Resource types of winuser.h that the check looks for.
const (
	rtIcon      = 3
	rtGroupIcon = 14
	rtVersion   = 16
	rtManifest  = 24
)

// resource is one leaf of the resource tree: type, name and language IDs
// (named entries get ID -1; the program uses numeric and "APP" names, and
// only the type matters for the check) and its bytes.
type resource struct {
	typ, name, lang int
	data            []byte
}

// readResources walks the three-level resource directory (type, name,
// language) that IMAGE_DIRECTORY_ENTRY_RESOURCE points at. debug/pe reads
// sections but not resources, and the format is small enough to walk here
// rather than pull in a PE library.
func readResources(f *pe.File) ([]resource, error) {
	var dir pe.DataDirectory
	switch oh := f.OptionalHeader.(type) {
	case *pe.OptionalHeader64:
		if len(oh.DataDirectory) > pe.IMAGE_DIRECTORY_ENTRY_RESOURCE {
			dir = oh.DataDirectory[pe.IMAGE_DIRECTORY_ENTRY_RESOURCE]
		}
	case *pe.OptionalHeader32:
		if len(oh.DataDirectory) > pe.IMAGE_DIRECTORY_ENTRY_RESOURCE {
			dir = oh.DataDirectory[pe.IMAGE_DIRECTORY_ENTRY_RESOURCE]
		}
	}
	if dir.VirtualAddress == 0 || dir.Size == 0 {
		return nil, nil
	}
	for _, s := range f.Sections {
		if dir.VirtualAddress >= s.VirtualAddress && dir.VirtualAddress < s.VirtualAddress+max(s.VirtualSize, s.Size) {
			data, err := s.Data()
			if err != nil {
				return nil, fmt.Errorf("section %s: %w", s.Name, err)
			}
			return walkResources(data, s.VirtualAddress, dir.VirtualAddress-s.VirtualAddress)
		}
	}
	return nil, errors.New("the resource directory lies in no section")
}

// walkResources reads the tree whose root is at offset root of section,
// a section loaded at virtual address va (leaves hold RVAs, not offsets).
func walkResources(section []byte, va, root uint32) ([]resource, error) {
	var out []resource
	var walk func(off uint32, depth int, ids [3]int) error
	walk = func(off uint32, depth int, ids [3]int) error {
		if depth > 2 {
			return errors.New("resource directory deeper than type/name/language")
		}
		if uint64(off)+16 > uint64(len(section)) {
			return fmt.Errorf("resource directory at %#x outside the section", off)
		}
		n := int(binary.LittleEndian.Uint16(section[off+12:])) + int(binary.LittleEndian.Uint16(section[off+14:]))
		for i := range n {
			e := off + 16 + uint32(i)*8
			if uint64(e)+8 > uint64(len(section)) {
				return fmt.Errorf("resource entry at %#x outside the section", e)
			}
			name := binary.LittleEndian.Uint32(section[e:])
			target := binary.LittleEndian.Uint32(section[e+4:])
			id := -1
			if name&0x80000000 == 0 {
				id = int(name & 0xffff)
			}
			ids[depth] = id
			if target&0x80000000 != 0 {
				if err := walk(root+(target&0x7fffffff), depth+1, ids); err != nil {
					return err
				}
				continue
			}
			if depth != 2 {
				return fmt.Errorf("resource data at level %d, want language level", depth)
			}
			leaf := root + target
			if uint64(leaf)+16 > uint64(len(section)) {
				return fmt.Errorf("resource data entry at %#x outside the section", leaf)
			}
			rva := binary.LittleEndian.Uint32(section[leaf:])
			size := binary.LittleEndian.Uint32(section[leaf+4:])
			start := uint64(rva) - uint64(va)
			if rva < va || start+uint64(size) > uint64(len(section)) {
				return fmt.Errorf("resource data %#x+%d outside the section", rva, size)
			}
			out = append(out, resource{typ: ids[0], name: ids[1], lang: ids[2], data: section[start : start+uint64(size)]})
		}
		return nil
	}
	if err := walk(root, 0, [3]int{}); err != nil {
		return nil, err
	}
	return out, nil
}

// iconGroup is one RT_GROUP_ICON: the sizes it lists and the RT_ICON IDs
// holding the images.
type iconGroup struct {
	sizes []int
	ids   []int
}

// parseIconGroup reads a GRPICONDIR: a 6-byte header (reserved, type 1,
// count) then 14-byte entries whose last field is the RT_ICON ID.
func parseIconGroup(b []byte) (iconGroup, error) {
	var g iconGroup
	if len(b) < 6 || binary.LittleEndian.Uint16(b[2:]) != 1 {
		return g, errors.New("icon group header is not an icon directory")
	}
	n := int(binary.LittleEndian.Uint16(b[4:]))
	if n == 0 || len(b) < 6+14*n {
		return g, fmt.Errorf("icon group lists %d images in %d bytes", n, len(b))
	}
	for i := range n {
		e := b[6+14*i:]
		size := int(e[0])
		if size == 0 { // 0 stands for 256 in the one-byte width field
			size = 256
		}
		g.sizes = append(g.sizes, size)
		g.ids = append(g.ids, int(binary.LittleEndian.Uint16(e[12:])))
	}
	return g, nil
}

// fixedFileVersion finds VS_FIXEDFILEINFO in a VS_VERSIONINFO resource by
// its signature and returns dwFileVersionMS/LS as four numbers.
func fixedFileVersion(b []byte) ([4]uint16, error) {
	const signature = 0xFEEF04BD
	// The fixed part follows the "VS_VERSION_INFO" key, aligned to 4 bytes.
	for off := 0; off+16 <= len(b); off += 4 {
		if binary.LittleEndian.Uint32(b[off:]) != signature {
			continue
		}
		ms := binary.LittleEndian.Uint32(b[off+8:])
		ls := binary.LittleEndian.Uint32(b[off+12:])
		return [4]uint16{uint16(ms >> 16), uint16(ms), uint16(ls >> 16), uint16(ls)}, nil
	}
	return [4]uint16{}, errors.New("version resource has no VS_FIXEDFILEINFO")
}
