package data

import (
	"strings"
	"unicode/utf8"
)

// FontRoles are the roles of a 公文's faces an office may set with its own
// licensed fonts, in the order the settings show them: 仿宋 (body), 小标宋
// (titles and the red 版头), 黑体 (level-1 headings) and 楷体 (level-2
// headings, the 签发人's name). The keys are export/typeset's roles.
var FontRoles = []FontRole{
	{Key: "fangsong", Field: "仿宋字体"},
	{Key: "xiaobiaosong", Field: "小标宋字体"},
	{Key: "hei", Field: "黑体字体"},
	{Key: "kai", Field: "楷体字体"},
}

// FontRole is one settable face: its key and the label its problems carry.
type FontRole struct{ Key, Field string }

// PaperSettings are how the office's papers are printed: the path of its
// own .ttf for each role it has one for (a role not set prints with the
// bundled face), and the prefix of the notices' 发文字号 (溧政办 of
// 溧政办〔2026〕12号; "" is the default made from the government's name).
type PaperSettings struct {
	Fonts        map[string]string
	NoticePrefix string
}

// FontPaths are the roles set, without the empty ones: what the paper
// writers take.
func (p PaperSettings) FontPaths() map[string]string {
	out := map[string]string{}
	for k, v := range p.Fonts {
		if v = strings.TrimSpace(v); v != "" {
			out[k] = v
		}
	}
	return out
}

// Validate reports the shape of what cannot be saved: an unknown role, a
// prefix too long or carrying the brackets and number the year adds. The
// font files themselves are checked by the store.
func (p PaperSettings) Validate() error {
	var problems []Problem
	for k := range p.Fonts {
		if FontRoleField(k) == "" {
			problems = append(problems, Problem{Field: "字体", Message: "没有「" + k + "」这种字体设置：可设置 fangsong、xiaobiaosong、hei、kai"})
		}
	}
	switch {
	case utf8.RuneCountInString(p.NoticePrefix) > 12:
		problems = append(problems, Problem{Field: "发文字号前缀", Message: "不超过 12 字，如 溧政办"})
	case strings.ContainsAny(p.NoticePrefix, "〔〕[]()（）0123456789号"):
		problems = append(problems, Problem{Field: "发文字号前缀", Message: "只填机关代字，如 溧政办；年份〔2026〕和序号由程序加上"})
	}
	if len(problems) > 0 {
		return &Error{Code: EInvalid, Message: "公文印制设置未保存", Problems: problems}
	}
	return nil
}

// FontRoleField is the label of the font role key, "" for no such role.
func FontRoleField(key string) string {
	for _, r := range FontRoles {
		if r.Key == key {
			return r.Field
		}
	}
	return ""
}
