package screens

import (
	"slices"
	"strconv"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// yearSelect is the 年度 select of a register's filter bar: 全部, then the
// years from next year (meetings are planned ahead) back five years, set to
// year (0 is 全部); this is the current year. Each choice calls set with the year, 0 for 全部; so does
// the first selection, before the screen's build is done, which the
// screens' reload ignores. A register opens on the current year so that a
// visit loads one year of records, not the decade (issue 9).
// setQuietly shows v in sel without calling its OnChanged (the caller
// reloads once, after setting all its filters); false when sel does not
// offer v.
func setQuietly(sel *widget.Select, v string) bool {
	if !slices.Contains(sel.Options, v) {
		return false
	}
	changed := sel.OnChanged
	sel.OnChanged = nil
	sel.SetSelected(v)
	sel.OnChanged = changed
	return true
}

func yearSelect(year, this int, set func(int)) *widget.Select {
	all := lang.L("option.all")
	years := []string{all}
	for y := this + 1; y >= this-5; y-- {
		years = append(years, strconv.Itoa(y))
	}
	sel := newSelect(years, func(v string) {
		y, _ := strconv.Atoi(v) // 全部 reads as 0: no year filter
		set(y)
	})
	if year == 0 {
		sel.SetSelected(all)
	} else {
		sel.SetSelected(strconv.Itoa(year))
	}
	return sel
}
