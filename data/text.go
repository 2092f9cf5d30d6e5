package data

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Clean normalises a name or text field before it is stored or compared:
// NFC (so that a name typed on one machine equals the same name pasted from
// another) and trimmed of surrounding white space, full-width included.
func Clean(s string) string {
	return strings.TrimSpace(norm.NFC.String(s))
}

// validator collects field problems so that a form can show them all at once.
type validator struct{ problems []Problem }

func (v *validator) add(field, format string, args ...any) {
	v.problems = append(v.problems, Problem{Field: field, Message: fmt.Sprintf(format, args...)})
}

// text checks a cleaned value: valid UTF-8, required or not, and at most max
// characters (characters, not bytes: a Chinese name is three bytes a character).
func (v *validator) text(field, value string, required bool, max int) {
	switch {
	case !utf8.ValidString(value):
		v.add(field, "含有无效字符")
	case required && value == "":
		v.add(field, "不能为空")
	case utf8.RuneCountInString(value) > max:
		v.add(field, "不能超过 %d 个字（现有 %d 个）", max, utf8.RuneCountInString(value))
	case strings.ContainsAny(value, "\r\n\t"):
		v.add(field, "不能包含换行或制表符")
	}
}

func (v *validator) err(what string) error {
	if len(v.problems) == 0 {
		return nil
	}
	return &Error{Code: EInvalid, Message: what + "未保存", Problems: v.problems}
}

// DateLayout is how Huiwu writes a calendar date, in the database and on the
// command line.
const DateLayout = "2006-01-02"

// ParseDate reads a calendar date strictly: 2026-02-30, 0001-01-01 or an
// empty string are errors, never a silent zero time.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, Errorf(EInvalid, "日期不能为空")
	}
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		return time.Time{}, Wrap(EInvalid, err, "日期「%s」无效，应为 2026-05-08 这样的格式", s)
	}
	if t.Year() < 1949 || t.Year() > 2200 {
		return time.Time{}, Errorf(EInvalid, "日期「%s」的年份超出范围（1949—2200）", s)
	}
	return t, nil
}

// maxQuoted is how many characters of a value a message quotes.
const maxQuoted = 40

// Excerpt is s as a message quotes it: at most 40 characters, then 「…」.
// A bad cell may hold a megabyte; the message must stay a message.
func Excerpt(s string) string {
	if utf8.RuneCountInString(s) <= maxQuoted {
		return s
	}
	n := 0
	for i := range s {
		if n == maxQuoted {
			return s[:i] + "…"
		}
		n++
	}
	return s
}
