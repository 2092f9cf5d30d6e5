package screens

import (
	"encoding/json"
	"testing"
	"unicode"

	"golang.org/x/image/font/sfnt"

	"huiwu/data/demo"
	"huiwu/fonts"
	"huiwu/translation"
)

// The window's Chinese comes from the bundled faces (regular and bold), not the system's: every
// character of the Chinese strings and of the demo roster's names (rare
// ones included) has a glyph in it, so no box is ever drawn for want of a
// system CJK font.
func TestBundledFaceCoversEveryString(t *testing.T) {
	var faces []*sfnt.Font
	for _, b := range [][]byte{fonts.NotoSansSCUI, fonts.NotoSansSCUIBold} {
		f, err := sfnt.Parse(b)
		if err != nil {
			t.Fatal(err)
		}
		faces = append(faces, f)
	}
	var buf sfnt.Buffer
	check := func(where, s string) {
		for _, r := range s {
			if unicode.IsSpace(r) || r < 0x20 {
				continue
			}
			for i, f := range faces {
				if g, err := f.GlyphIndex(&buf, r); err != nil || g == 0 {
					t.Errorf("%s: %q (U+%04X) has no glyph in UI face %d", where, r, r, i)
				}
			}
		}
	}
	b, _ := translation.Files().ReadFile("zh-CN.json")
	var zh map[string]string
	if err := json.Unmarshal(b, &zh); err != nil {
		t.Fatal(err)
	}
	for k, v := range zh {
		check(k, v)
	}
	roster := demo.Roster(1)
	for _, p := range roster.People {
		check("demo person", p.Name+p.Post)
	}
	for _, u := range roster.Units {
		check("demo unit", u.Name)
	}
	check("rare given-name characters", "喆堃昇玥珺燊犇赟镕彧翀")
}
