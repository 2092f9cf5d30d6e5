package typeset

import (
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"huiwu/fonts"
)

// TestBundledFacesCoverWhatDocumentsPrint checks every bundled face's cmap
// for the marks a 公文 needs, the fallback for rare name characters, and that
// some face has an outline for U+20BB7.
func TestBundledFacesCoverWhatDocumentsPrint(t *testing.T) {
	fs, err := BundledFaces()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range Roles {
		t.Run(string(r)+"_has_brackets_dash_digits_and_punctuation", func(t *testing.T) {
			for _, c := range requiredRunes + "…‘’" {
				if !fs[r].Has(c) {
					t.Errorf("%s lacks %q", fs[r].Name, c)
				}
			}
		})
	}
	t.Run("fallback_has_rare_name_characters", func(t *testing.T) {
		for _, c := range "喆堃昇玥赟镕珺燊犇彧翀" {
			if !fs[Fallback].Has(c) {
				t.Errorf("fallback lacks %q", c)
			}
		}
	})
	t.Run("some_face_has_U+20BB7", func(t *testing.T) {
		if fs.pick(Fangsong, '\U00020BB7') == nil {
			t.Error("no face has 𠮷")
		}
	})
}

// TestFacePicksFallbackPerCharacter sets a 仿宋 line with a name the 仿宋
// lacks: only that character comes from the fallback.
func TestFacePicksFallbackPerCharacter(t *testing.T) {
	d := newDoc(t)
	d.Text(Body, "王喆同志")
	d.Text(Title, "关于表扬赵堃同志的通报")
	finish(t, d)
	lines := d.Layout().Lines
	cases := []struct {
		line  int
		faces []string
	}{
		{0, []string{"FandolFang Regular", "Noto Serif SC Regular"}},
		{1, []string{"Noto Serif SC Black", "Noto Serif SC Regular"}},
	}
	for _, c := range cases {
		l := lines[c.line]
		t.Run(l.Style+"_falls_back_only_for_the_missing_character", func(t *testing.T) {
			if strings.Join(l.Faces, ",") != strings.Join(c.faces, ",") {
				t.Errorf("faces %v, want %v", l.Faces, c.faces)
			}
			if l.Face != c.faces[0] {
				t.Errorf("main face %q, want %q", l.Face, c.faces[0])
			}
		})
	}
}

// TestParseFaceRefusesWhatFpdfCannotEmbed hands ParseFace files fpdf would
// silently skip: each must be an ErrFontFormat with a message saying why.
func TestParseFaceRefusesWhatFpdfCannotEmbed(t *testing.T) {
	noFormat4 := breakCmapFormat4(t, fonts.FandolFangRegular)
	cases := []struct {
		name string
		data []byte
		msg  string
	}{
		{"collection_ttc_is_refused", append([]byte("ttcf\x00\x01\x00\x00"), make([]byte, 64)...), "字体集"},
		{"cff_otf_is_refused", append([]byte("OTTO\x00\x0a"), make([]byte, 64)...), "CFF"},
		{"woff_is_refused", append([]byte("wOFF"), make([]byte, 64)...), "网页字体"},
		{"text_file_is_refused", []byte("this is not a font at all, just text"), "不是 TrueType"},
		{"truncated_file_is_refused", []byte("\x00\x01\x00\x00"), "太短"},
		{"font_without_format4_cmap_is_refused", noFormat4, "格式 4"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParseFace(Fangsong, "x.ttf", c.data)
			if !errors.Is(err, ErrFontFormat) || !strings.Contains(err.Error(), c.msg) {
				t.Fatalf("err = %v, want ErrFontFormat mentioning %q", err, c.msg)
			}
		})
	}
}

// breakCmapFormat4 returns a copy of a TrueType font whose format 4 cmap
// subtables claim another format, as in a font with only a format 12 table.
func breakCmapFormat4(t *testing.T, src []byte) []byte {
	t.Helper()
	data := append([]byte(nil), src...)
	n := int(binary.BigEndian.Uint16(data[4:]))
	for i := range n {
		rec := 12 + 16*i
		if string(data[rec:rec+4]) != "cmap" {
			continue
		}
		off := int(binary.BigEndian.Uint32(data[rec+8:]))
		cmap := data[off:]
		for j := range int(binary.BigEndian.Uint16(cmap[2:])) {
			sub := int(binary.BigEndian.Uint32(cmap[4+8*j+4:]))
			if binary.BigEndian.Uint16(cmap[sub:]) == 4 {
				binary.BigEndian.PutUint16(cmap[sub:], 5)
			}
		}
		return data
	}
	t.Fatal("no cmap table")
	return nil
}

// TestLoadFacesUserSetting points a role at user files: a .ttc or CFF file is
// refused with a message naming the setting; a good .ttf replaces the face.
func TestLoadFacesUserSetting(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	ttc := write("simfang.ttc", append([]byte("ttcf\x00\x02\x00\x00"), make([]byte, 64)...))
	otf := write("fang.otf", append([]byte("OTTO\x00\x0a"), make([]byte, 64)...))
	good := write("kai.ttf", fonts.HuiwuKaiRegular)
	t.Run("ttc_setting_is_refused", func(t *testing.T) {
		_, err := LoadFaces(map[string]string{"fangsong": ttc})
		if err == nil || !strings.Contains(err.Error(), "fangsong") || !strings.Contains(err.Error(), ".ttc") {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("cff_setting_is_refused", func(t *testing.T) {
		_, err := LoadFaces(map[string]string{"xiaobiaosong": otf})
		if err == nil || !strings.Contains(err.Error(), "CFF") {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("missing_file_is_an_error", func(t *testing.T) {
		if _, err := LoadFaces(map[string]string{"hei": filepath.Join(dir, "nope.ttf")}); err == nil {
			t.Fatal("no error")
		}
	})
	t.Run("unknown_role_is_an_error", func(t *testing.T) {
		if _, err := LoadFaces(map[string]string{"songti": good}); err == nil {
			t.Fatal("no error")
		}
	})
	t.Run("good_ttf_replaces_the_role_and_empty_keeps_bundled", func(t *testing.T) {
		fs, err := LoadFaces(map[string]string{"fangsong": good, "hei": ""})
		if err != nil {
			t.Fatal(err)
		}
		if fs[Fangsong].Name != good || fs[Hei].Name != "Noto Sans SC Regular" {
			t.Fatalf("fangsong %q hei %q", fs[Fangsong].Name, fs[Hei].Name)
		}
	})
}

// TestUndrawableCharacterIsAnErrorNotAPanic: a code point no face has
// (private use, plane 16) stops the document with a message quoting it.
func TestUndrawableCharacterIsAnErrorNotAPanic(t *testing.T) {
	for name, text := range map[string]string{
		"private_use_plane_16": "会议\U0010FFFD纪要",
		"control_character":    "会议\x07纪要",
		"invalid_utf8":         "会议\xff纪要",
	} {
		t.Run(name+"_is_refused", func(t *testing.T) {
			d := newDoc(t)
			d.Text(Body, text)
			if err := d.Write(new(strings.Builder)); err == nil {
				t.Fatal("no error")
			}
		})
	}
}

// TestFallbackPrefersTheNearestStyle: a 仿宋 character the face lacks comes
// from the 楷 face when it has it, before the 宋 fallback; a title character
// its 小标宋 lacks is thickened to the title's weight; an office font that
// lacks a character hands it to the bundled face of its own role first.
func TestFallbackPrefersTheNearestStyle(t *testing.T) {
	base, err := BundledFaces()
	if err != nil {
		t.Fatal(err)
	}
	// A 楷 face that has 喆 (the bundled 楷 is GB2312 only): Noto Sans SC
	// stands in for it.
	kai, err := ParseFace(Kai, "Kai with 喆", fonts.NotoSansSCRegular)
	if err != nil {
		t.Fatal(err)
	}
	fs := Faces{}
	for r, f := range base {
		fs[r] = f
	}
	fs[Kai] = kai
	if got := fs.pick(Fangsong, '喆'); got != kai {
		t.Errorf("仿宋 takes 喆 from %s, want the 楷 face", got.Name)
	}
	if got := fs.pick(Xiaobiaosong, '堃'); got != base[Fallback] {
		t.Errorf("小标宋 takes 堃 from %s, want the 宋 fallback", got.Name)
	}

	// An office 黑体 of GB2312 only (FandolFang stands in) hands 喆 to the
	// bundled 黑体, not to the 宋 fallback.
	path := filepath.Join(t.TempDir(), "office-hei.ttf")
	if err := os.WriteFile(path, fonts.FandolFangRegular, 0o644); err != nil {
		t.Fatal(err)
	}
	office, err := LoadFaces(map[string]string{"hei": path})
	if err != nil {
		t.Fatal(err)
	}
	if got := office.pick(Hei, '王'); got != office[Hei] {
		t.Errorf("王 from %s, want the office face", got.Name)
	}
	if got := office.pick(Hei, '喆'); got == nil || got.Role != Hei+bundledSuffix {
		t.Errorf("喆 from %+v, want the bundled 黑体", got)
	}
	od, err := New(Options{Faces: office, Red: Red, Created: created})
	if err != nil {
		t.Fatal(err)
	}
	od.Text(Heading(1), "一、王喆同志")
	finish(t, od)
	if f := od.Layout().Lines[0].Faces; strings.Join(f, ",") != path+",Noto Sans SC Regular" {
		t.Errorf("office heading set in %v", f)
	}

	d := newDoc(t)
	d.Text(Title, "关于表扬赵堃同志的通报")
	finish(t, d)
	if l := d.Layout().Lines[0]; l.Heavier != 1 {
		t.Errorf("title line %q has %d thickened characters, want 1 (堃)", l.Text, l.Heavier)
	}
}
