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

// spanText is a stretch of days as a register lists it: 2026年12月3日至5日,
// 2026年12月30日至2027年1月2日; the year and month are said once when the
// end shares them.
func spanText(from, to time.Time) string {
	switch {
	case from.Year() != to.Year():
		return dayText(from) + "至" + dayText(to)
	case from.Month() != to.Month():
		return dayText(from) + fmt.Sprintf("至%d月%d日", to.Month(), to.Day())
	case from.Day() != to.Day():
		return dayText(from) + fmt.Sprintf("至%d日", to.Day())
	}
	return dayText(from)
}

// stampText is a moment in a route or a log line: 2026年12月3日 15:04, on
// the computer's clock.
func stampText(t time.Time) string {
	return dayText(t.Local()) + t.Local().Format(" 15:04")
}

// newSelect is widget.NewSelect with a Chinese placeholder: Fyne's own is
// the constant 「(Select one)」, which no translation reaches.
func newSelect(options []string, changed func(string)) *widget.Select {
	s := widget.NewSelect(options, changed)
	s.PlaceHolder = lang.L("select.placeholder")
	return s
}
