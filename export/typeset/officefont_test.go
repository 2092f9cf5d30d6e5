package typeset

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"huiwu/fonts"
)

// TestCheckFontFile: the office's font setting is refused with a message
// naming the role in words and the path, for each way a file can be wrong;
// a copy of a bundled TrueType font passes for every role.
func TestCheckFontFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("仿宋_GB2312.ttf", fonts.FandolFangRegular)
	text := write("readme.ttf", []byte("this is not a font at all, just text"))
	ttc := write("simfang.ttc", append([]byte("ttcf\x00\x02\x00\x00"), make([]byte, 64)...))
	missing := filepath.Join(dir, "方正小标宋简体.ttf")
	cases := []struct {
		name string
		role Role
		path string
		want []string // "" when accepted
	}{
		{"copy_of_a_bundled_ttf_sets_fangsong", Fangsong, good, nil},
		{"copy_of_a_bundled_ttf_sets_kai", Kai, good, nil},
		{"missing_file_names_role_and_path", Xiaobiaosong, missing, []string{"字体「小标宋（标题、版头，如 方正小标宋简体）」的文件 " + missing + " 不存在"}},
		{"folder_is_refused", Hei, dir, []string{"黑体", dir, "是文件夹"}},
		{"text_file_is_refused", Fangsong, text, []string{"字体「仿宋（正文，如 仿宋_GB2312）」的文件 " + text + " 不可用：不是 TrueType 字体文件"}},
		{"collection_is_refused", Kai, ttc, []string{"楷体", ttc, "字体集（.ttc）"}},
		{"fallback_is_not_a_setting", Fallback, good, []string{"没有「fallback」这种字体设置"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := CheckFontFile(c.role, c.path)
			if c.want == nil {
				if err != nil {
					t.Fatalf("CheckFontFile(%s, %s) = %v, want accepted", c.role, c.path, err)
				}
				return
			}
			if err == nil {
				t.Fatalf("CheckFontFile(%s, %s) accepted, want %q", c.role, c.path, c.want)
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("CheckFontFile(%s, %s) = %q, want it to say %q", c.role, c.path, err, w)
				}
			}
		})
	}
}

// TestOfficeFontIsEmbeddedUnderItsOwnName: a role set from a file is
// embedded under the role and the file's PostScript name, so the PDF's font
// list tells the office's font from the bundled one.
func TestOfficeFontIsEmbeddedUnderItsOwnName(t *testing.T) {
	p := filepath.Join(t.TempDir(), "kai.ttf")
	if err := os.WriteFile(p, fonts.HuiwuKaiRegular, 0o644); err != nil {
		t.Fatal(err)
	}
	fs, err := LoadFaces(map[string]string{"fangsong": p})
	if err != nil {
		t.Fatal(err)
	}
	if got := fs[Fangsong].family(); got != "fangsong-HuiwuKai-Regular" {
		t.Fatalf("family of the office's 仿宋 = %q, want fangsong-HuiwuKai-Regular", got)
	}
	if got := fs[Hei].family(); got != "hei" {
		t.Fatalf("family of the bundled 黑体 = %q, want hei", got)
	}
}
