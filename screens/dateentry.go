package screens

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/rules"
)

// dateEntry is a date field as the office writes a date: it shows
// 2026年1月5日（星期一）, reads that or a typed 2026-01-05 or 2026/1/5, and
// its button opens a month sheet (dayPicker) on which the rest days of the
// working calendar stand apart. It is a keyEntry underneath, so a form's
// Enter saves and Escape cancels as in any other field.
type dateEntry struct {
	keyEntry
	env    *Env
	popup  *widget.PopUp
	picker *dayPicker // the sheet last opened
	// onPick, when set, is told the day picked on the sheet (the 统计's
	// period is tallied on it, as on Enter).
	onPick func(time.Time)
}

// newDateEntry is a date field showing day; the zero day leaves it empty.
func newDateEntry(env *Env, day time.Time) *dateEntry {
	d := &dateEntry{keyEntry: keyEntry{onShortcut: env.Shortcut}, env: env}
	d.ExtendBaseWidget(d)
	d.SetPlaceHolder(lang.L("date.placeholder"))
	b := widget.NewButtonWithIcon("", theme.CalendarIcon(), d.showPicker)
	b.Importance = widget.LowImportance
	d.ActionItem = b
	if !day.IsZero() {
		d.SetDay(day)
	}
	return d
}

// SetDay shows day in the office's form.
func (d *dateEntry) SetDay(day time.Time) { d.SetText(dateText(day)) }

// Day reads the field (see parseDayText).
func (d *dateEntry) Day() (time.Time, error) { return parseDayText(d.Text) }

// FocusLost writes a day typed as 2026-01-05 the office's way, with its
// weekday, so that the secretary sees which day she typed.
func (d *dateEntry) FocusLost() {
	d.keyEntry.FocusLost()
	if day, err := d.Day(); err == nil && d.Text != dateText(day) {
		d.SetDay(day)
	}
}

// showPicker opens the month sheet below the field, on the field's day, or
// on the next working day when the field is empty or unreadable.
func (d *dateEntry) showPicker() {
	day, err := d.Day()
	if err != nil {
		day = d.env.nextWorkday()
	}
	d.picker = newDayPicker(d.env.workdays(), day, func(t time.Time) {
		d.SetDay(t)
		d.popup.Hide()
		if d.onPick != nil {
			d.onPick(t)
		}
	})
	d.popup = widget.NewPopUp(d.picker.build(), d.env.Window.Canvas())
	showBelow(d.popup, d)
}

// dateForm matches the ways a secretary writes a day: 2026年1月5日（星期一）,
// 2026年1月5日, 2026-01-05, 2026/1/5, 2026.1.5. A weekday, if written, is
// ignored: the digits decide (a field edited from 5日 to 6日 still says
// 星期一 until it loses focus and is rewritten).
var dateForm = regexp.MustCompile(`^(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?\s*(?:[（(]?\s*(?:星期|周)[一二三四五六日天]\s*[)）]?)?$`)

// parseDayText reads a date field strictly: an empty field, 2026年2月30日
// or text that is no date at all is an error that quotes what was typed,
// never a silent zero time.
func parseDayText(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return data.ParseDate(s)
	}
	m := dateForm.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, data.Errorf(data.EInvalid, lang.L("date.invalid"), data.Excerpt(s))
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	dd, _ := strconv.Atoi(m[3])
	if t := time.Date(y, time.Month(mo), dd, 0, 0, 0, 0, time.UTC); t.Month() != time.Month(mo) || t.Day() != dd {
		return time.Time{}, data.Errorf(data.EInvalid, lang.L("date.nosuchday"), data.Excerpt(s))
	}
	return data.ParseDate(fmt.Sprintf("%04d-%02d-%02d", y, mo, dd)) // the years it accepts
}

// workdays is the working calendar in force: the built-in years until the
// store's (with the years an administrator entered) has been read, which
// the first call starts off the UI goroutine.
func (env *Env) workdays() *rules.Calendar {
	if env.workCal != nil {
		return env.workCal
	}
	builtin, err := rules.NewCalendar(nil)
	if err != nil {
		panic(err) // the built-in table is compiled in and checked by its tests
	}
	if env.Documents == nil || env.workCalLoading {
		return builtin
	}
	env.workCalLoading = true
	load(env, func(ctx context.Context) (*rules.Calendar, error) {
		info, err := env.Documents.Calendar(ctx)
		if err != nil {
			return nil, err
		}
		var ys []rules.YearSchedule
		for _, y := range info.Entered {
			s, err := rules.ParseSchedule(y.Year, y.Schedule, y.Source)
			if err != nil {
				return nil, err
			}
			ys = append(ys, s)
		}
		return rules.NewCalendar(ys)
	}, func(c *rules.Calendar) { env.workCal, env.workCalLoading = c, false })
	if env.workCal != nil {
		return env.workCal // a synchronous Async (the tests') has read it already
	}
	return builtin
}

// forgetWorkdays drops the calendar read, after a year's schedule was
// entered, so that the next date field reads it again.
func (env *Env) forgetWorkdays() { env.workCal, env.workCalLoading = nil, false }

// nextWorkday is the first working day after today on the working
// calendar: the day a new meeting or deadline starts from.
func (env *Env) nextWorkday() time.Time {
	return env.workdays().NextWorkday(startOfDay(env.now())).Date
}

// workdayFrom is day itself when it is a working day, else the next one: a
// deadline a month ahead is not left on a Sunday or a holiday.
func (env *Env) workdayFrom(day time.Time) time.Time {
	cal := env.workdays()
	if work, _ := cal.Workday(day); work {
		return day
	}
	return cal.NextWorkday(day).Date
}
