package screens

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/rules"
)

func roleLabel(r data.Role) string     { return lang.L("role." + string(r)) }
func kindLabel(k data.UnitKind) string { return lang.L("unitkind." + string(k)) }

// startOfDay is t's calendar day at midnight, in the program's convention
// for days and meeting times (wall-clock values kept as UTC).
func startOfDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// dateKeys are the texts a search matches a day by: the shown form and
// 2026-12-03.
func dateKeys(t time.Time) string { return dateText(t) + " " + t.Format(data.DateLayout) }

func rolesText(rs []data.Role) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = roleLabel(r)
	}
	return strings.Join(parts, "、")
}

// dateText is a day as the office writes it: 2026年12月3日（星期四）.
func dateText(t time.Time) string {
	return fmt.Sprintf("%d年%d月%d日（%s）", t.Year(), t.Month(), t.Day(), rules.WeekdayName(t))
}

// newSelect is widget.NewSelect with a Chinese placeholder: Fyne's own is
// the constant 「(Select one)」, which no translation reaches.
func newSelect(options []string, changed func(string)) *widget.Select {
	s := widget.NewSelect(options, changed)
	s.PlaceHolder = lang.L("select.placeholder")
	return s
}
