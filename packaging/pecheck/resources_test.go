package main

import (
	"encoding/binary"
	"slices"
	"strings"
	"testing"
)

// buildTree lays out leaves as a PE resource section loaded at va, the way
// a linker does: directories first, then the data entries, then the data.
// Leaves must be sorted by type, then name, then language.
func buildTree(va uint32, leaves []resource) []byte {
	type node struct {
		id       int
		children []*node
		leaf     *resource
	}
	root := &node{}
	child := func(n *node, id int) *node {
		if len(n.children) > 0 && n.children[len(n.children)-1].id == id {
			return n.children[len(n.children)-1]
		}
		c := &node{id: id}
		n.children = append(n.children, c)
		return c
	}
	for i := range leaves {
		l := &leaves[i]
		child(child(child(root, l.typ), l.name), l.lang).leaf = l
	}
	var buf []byte
	u16 := func(at int, v uint16) { binary.LittleEndian.PutUint16(buf[at:], v) }
	u32 := func(at int, v uint32) { binary.LittleEndian.PutUint32(buf[at:], v) }
	var dataEntries []struct {
		at   int
		leaf *resource
	}
	var lay func(n *node) int
	lay = func(n *node) int {
		at := len(buf)
		buf = append(buf, make([]byte, 16+8*len(n.children))...)
		u16(at+14, uint16(len(n.children)))
		for i, c := range n.children {
			e := at + 16 + 8*i
			u32(e, uint32(c.id))
			if c.leaf != nil {
				dataEntries = append(dataEntries, struct {
					at   int
					leaf *resource
				}{e, c.leaf})
				continue
			}
			u32(e+4, 0x80000000|uint32(lay(c)))
		}
		return at
	}
	lay(root)
	for _, d := range dataEntries {
		entry := len(buf)
		buf = append(buf, make([]byte, 16)...)
		u32(d.at+4, uint32(entry))
		u32(entry+4, uint32(len(d.leaf.data)))
		u32(entry, va+uint32(len(buf)))
		buf = append(buf, d.leaf.data...)
	}
	return buf
}

// groupIcon is a GRPICONDIR listing one image per (size, id).
func groupIcon(sizes, ids []int) []byte {
	b := make([]byte, 6+14*len(sizes))
	binary.LittleEndian.PutUint16(b[2:], 1)
	binary.LittleEndian.PutUint16(b[4:], uint16(len(sizes)))
	for i := range sizes {
		e := b[6+14*i:]
		e[0], e[1] = byte(sizes[i]), byte(sizes[i]) // 256 wraps to 0, as in real files
		binary.LittleEndian.PutUint16(e[12:], uint16(ids[i]))
	}
	return b
}

// versionInfo is enough of a VS_VERSIONINFO to hold the fixed part: the
// header, the UTF-16 key "VS_VERSION_INFO", padding, VS_FIXEDFILEINFO.
func versionInfo(v [4]uint16) []byte {
	b := make([]byte, 6)
	for _, r := range "VS_VERSION_INFO\x00" {
		b = binary.LittleEndian.AppendUint16(b, uint16(r))
	}
	for len(b)%4 != 0 {
		b = append(b, 0)
	}
	b = binary.LittleEndian.AppendUint32(b, 0xFEEF04BD)
	b = binary.LittleEndian.AppendUint32(b, 0x00010000)
	b = binary.LittleEndian.AppendUint32(b, uint32(v[0])<<16|uint32(v[1]))
	b = binary.LittleEndian.AppendUint32(b, uint32(v[2])<<16|uint32(v[3]))
	return append(b, make([]byte, 40)...)
}

func TestWalkResourcesReadsTheTree(t *testing.T) {
	const va = 0x5000
	leaves := []resource{
		{typ: rtIcon, name: 1, lang: 0, data: []byte("png256")},
		{typ: rtIcon, name: 2, lang: 0, data: []byte("bmp16")},
		{typ: rtGroupIcon, name: 7, lang: 0, data: groupIcon([]int{256, 16}, []int{1, 2})},
		{typ: rtVersion, name: 1, lang: 0, data: versionInfo([4]uint16{0, 1, 0, 1})},
		{typ: rtManifest, name: 1, lang: 0x409, data: []byte("<assembly/>")},
	}
	sec := buildTree(va, leaves)
	got, err := walkResources(sec, va, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(leaves) {
		t.Fatalf("read %d resources, want %d", len(got), len(leaves))
	}
	for i := range got {
		if got[i].typ != leaves[i].typ || got[i].name != leaves[i].name || got[i].lang != leaves[i].lang || string(got[i].data) != string(leaves[i].data) {
			t.Errorf("resource %d: %+v, want %+v", i, got[i], leaves[i])
		}
	}
	g, err := parseIconGroup(got[2].data)
	if err != nil || !slices.Equal(g.sizes, []int{256, 16}) || !slices.Equal(g.ids, []int{1, 2}) {
		t.Errorf("icon group %+v, %v", g, err)
	}
	v, err := fixedFileVersion(got[3].data)
	if err != nil || v != [4]uint16{0, 1, 0, 1} {
		t.Errorf("version %v, %v", v, err)
	}
}

func TestWalkResourcesRefusesDamage(t *testing.T) {
	const va = 0x5000
	sec := buildTree(va, []resource{{typ: rtVersion, name: 1, data: versionInfo([4]uint16{1, 2, 3, 4})}})
	if _, err := walkResources(sec[:20], va, 0); err == nil {
		t.Error("a truncated directory was read")
	}
	// A data entry pointing past the section must not be sliced out of range.
	if _, err := walkResources(sec, va+0x1000, 0); err == nil {
		t.Error("data outside the section was read")
	}
	if _, err := parseIconGroup([]byte{0, 0, 1, 0, 5, 0}); err == nil {
		t.Error("an icon group listing images it does not hold was read")
	}
	if _, err := fixedFileVersion([]byte(strings.Repeat("x", 64))); err == nil {
		t.Error("a version resource without its fixed part was read")
	}
}

func TestProblems(t *testing.T) {
	want := [4]uint16{0, 1, 0, 1}
	good := Facts{
		Machine: 0x8664, Subsystem: 2, IconSizes: []int{256, 64, 48, 32, 16},
		FileVersion: want, HasVersion: true, HasManifest: true,
		Imports: []string{"kernel32.dll", "opengl32.dll"},
	}
	if p := good.Problems(want); p != nil {
		t.Fatalf("good exe: %v", p)
	}
	cases := map[string]func(f *Facts){
		"subsystem":          func(f *Facts) { f.Subsystem = 3 },
		"machine":            func(f *Facts) { f.Machine = 0x14c },
		"no icon":            func(f *Facts) { f.IconSizes = nil },
		"icon sizes":         func(f *Facts) { f.IconSizes = []int{32} },
		"file version":       func(f *Facts) { f.FileVersion = [4]uint16{0, 1, 0, 0} },
		"no version":         func(f *Facts) { f.HasVersion = false },
		"no manifest":        func(f *Facts) { f.HasManifest = false },
		"libwinpthread-1":    func(f *Facts) { f.Imports = append(f.Imports, "libwinpthread-1.dll") },
		"LIBGCC_S_SEH-1.DLL": func(f *Facts) { f.Imports = append(f.Imports, "LIBGCC_S_SEH-1.DLL") },
	}
	for name, spoil := range cases {
		f := good
		f.Imports = slices.Clone(good.Imports)
		spoil(&f)
		if p := f.Problems(want); len(p) != 1 {
			t.Errorf("%s: problems %v, want exactly one", name, p)
		}
	}
}
