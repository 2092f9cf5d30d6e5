package typeset

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"golang.org/x/image/font/sfnt"
)

// RoleNames are the roles an office may set with its own licensed fonts, in
// the words of the 设置 form and of the messages about them.
var RoleNames = map[Role]string{
	Fangsong:     "仿宋（正文，如 仿宋_GB2312）",
	Xiaobiaosong: "小标宋（标题、版头，如 方正小标宋简体）",
	Hei:          "黑体（一级标题、密级）",
	Kai:          "楷体（二级标题、签发人姓名，如 楷体_GB2312）",
}

// roleNeeds are characters every paper sets in the role's face: a font that
// lacks them (a Latin font, a symbol font, a font of another script) would
// print most of the paper in the fallback face, which the office did not
// choose. The headings and marks of a 纪要, a 通知 and a 请示 in each role.
var roleNeeds = map[Role]string{
	Fangsong:     "关于召开会议的通知现将有关事项如下时间地点参加人员请各单位报送年月日市人民政府办公室",
	Xiaobiaosong: "市人民政府办公室文件常务会议纪要关于召开的通知请示",
	Hei:          "一二三四五六七八九十出席请假列席附件抄送密级",
	Kai:          "（一）加强组织领导签发人",
}

// CheckFontFile tells whether the file at path can set role on every
// paper: it exists, is a TrueType font the PDF can embed (LoadFaces's own
// checks) and has the Chinese characters the role sets. The error, in
// Chinese, names the role and the path, for the secretary who chose them.
func CheckFontFile(role Role, path string) error {
	name, ok := RoleNames[role]
	if !ok {
		return fmt.Errorf("没有「%s」这种字体设置：可设置的字体为 fangsong、xiaobiaosong、hei、kai", role)
	}
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return fmt.Errorf("字体「%s」的文件 %s 不存在", name, path)
	case err != nil:
		return fmt.Errorf("字体「%s」的文件 %s 无法读取：%v", name, path, err)
	case fi.IsDir():
		return fmt.Errorf("字体「%s」的 %s 是文件夹，请选择其中的 .ttf 字体文件", name, path)
	}
	faces, err := LoadFaces(map[string]string{string(role): path})
	if err != nil {
		// LoadFaces says the role's key and the path again: keep what is
		// wrong with the file.
		msg := err.Error()
		if i := strings.LastIndex(msg, path+"："); i >= 0 {
			msg = msg[i+len(path+"："):]
		}
		return fmt.Errorf("字体「%s」的文件 %s 不可用：%s", name, path, msg)
	}
	var missing []rune
	for _, r := range roleNeeds[role] {
		if !faces[role].Has(r) && !strings.ContainsRune(string(missing), r) {
			missing = append(missing, r)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("字体「%s」的文件 %s 缺少公文常用的汉字“%s”，请选择中文字体", name, path, string(missing))
	}
	return nil
}

// officeFamily is the name an office's font is embedded under: the role
// and the font's PostScript name, kept to the characters a PDF name may
// hold, so the PDF says which file set each role.
func officeFamily(f *Face) string {
	var buf sfnt.Buffer
	ps, _ := f.sf.Name(&buf, sfnt.NameIDPostScript)
	ps = strings.Map(func(r rune) rune {
		if r < 0x80 && (r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') {
			return r
		}
		return -1
	}, ps)
	if ps == "" {
		ps = "office"
	}
	return string(f.Role) + "-" + ps
}
