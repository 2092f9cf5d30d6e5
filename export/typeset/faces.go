package typeset

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"

	"huiwu/fonts"
)

// Faces maps each role to the face that sets it. A document needs all five.
type Faces map[Role]*Face

var (
	bundledOnce  sync.Once
	bundledFaces Faces
	bundledErr   error
)

// BundledFaces returns the faces carried in the binary, parsed once per
// process (parsing a 15 MB font is not free) and shared by every document.
func BundledFaces() (Faces, error) {
	bundledOnce.Do(func() {
		src := []struct {
			role Role
			name string
			data []byte
		}{
			{Fangsong, "FandolFang Regular", fonts.FandolFangRegular},
			{Xiaobiaosong, "Noto Serif SC Black", fonts.NotoSerifSCBlack},
			{Hei, "Noto Sans SC Regular", fonts.NotoSansSCRegular},
			{Kai, "Huiwu Kai", fonts.HuiwuKaiRegular},
			{Fallback, "Noto Serif SC Regular", fonts.NotoSerifSCRegular},
		}
		fs := Faces{}
		for _, s := range src {
			f, err := ParseFace(s.role, s.name, s.data)
			if err != nil {
				bundledErr = fmt.Errorf("内置字体：%w", err)
				return
			}
			fs[s.role] = f
		}
		bundledFaces = fs
	})
	return bundledFaces, bundledErr
}

// LoadFaces returns the bundled faces with the roles named in paths replaced
// by the user's own .ttf files (e.g. a licensed 仿宋_GB2312). An empty path
// keeps the bundled face; an unknown role or an unusable file is an error
// naming the role, so a bad setting is reported instead of ignored.
func LoadFaces(paths map[string]string) (Faces, error) {
	base, err := BundledFaces()
	if err != nil {
		return nil, err
	}
	out := Faces{}
	for r, f := range base {
		out[r] = f
	}
	keys := make([]string, 0, len(paths))
	for k := range paths {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		p := strings.TrimSpace(paths[k])
		if p == "" {
			continue
		}
		role := Role(k)
		if _, ok := base[role]; !ok || role == Fallback {
			return nil, fmt.Errorf("字体设置 %q 无效：可设置的字体为 fangsong、xiaobiaosong、hei、kai", k)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("字体设置 %s：无法读取 %s：%w", k, p, err)
		}
		f, err := ParseFace(role, p, data)
		if err != nil {
			return nil, fmt.Errorf("字体设置 %s：%w", k, err)
		}
		f.Family = officeFamily(f)
		out[role] = f
		// The bundled face of the role, under its own name so that fpdf
		// embeds it as a font of its own.
		b := base[role]
		if out[role+bundledSuffix], err = ParseFace(role+bundledSuffix, b.Name, b.data); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// fallbackOrder is where each role looks for a character its face lacks,
// nearest style first: 仿宋 takes 楷 before 宋 (both are brush styles), the
// heavy faces take each other before the regular ones.
var fallbackOrder = map[Role][]Role{
	Fangsong:     {Kai, Fallback, Hei, Xiaobiaosong},
	Kai:          {Fangsong, Fallback, Hei, Xiaobiaosong},
	Xiaobiaosong: {Fallback, Hei, Kai, Fangsong},
	Hei:          {Fallback, Xiaobiaosong, Kai, Fangsong},
	Fallback:     {Fangsong, Kai, Hei, Xiaobiaosong},
}

// pick returns the face that draws r for a span in role: the role's own face
// if it has r, else the bundled face of the same role when the office's own
// font replaced it, else the others in fallbackOrder, so a 仿宋 line keeps
// 仿宋 for every character it can and only rare ones come from elsewhere.
func (fs Faces) pick(role Role, r rune) *Face {
	if f := fs[role]; f != nil && f.Has(r) {
		return f
	}
	if f := fs[role+bundledSuffix]; f != nil && f.Has(r) {
		return f
	}
	for _, ro := range fallbackOrder[role] {
		if f := fs[ro]; f != nil && f.Has(r) {
			return f
		}
	}
	return nil
}

// bundledSuffix names, in Faces, the bundled face kept as the first
// fallback of a role whose face the office replaced (LoadFaces): an office
// 方正小标宋 lacking a character takes it from the bundled 小标宋.
const bundledSuffix = "-bundled"
