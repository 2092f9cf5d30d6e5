package screens

import (
	"fmt"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/rules"
)

// dayPicker is the month sheet of a date field. It is the program's own
// rather than Fyne's widget.Calendar, whose heading is Go's
// Format("January 2006") — English whatever the language — and whose days
// know nothing of the working calendar: here the week starts on Monday as
// a Chinese calendar does, the heading reads 2026年1月, and the rest days
// (weekends, holidays, less the make-up working days) are shown plain
// beside the working days' buttons, so that a meeting is not put on a
// holiday by mistake.
type dayPicker struct {
	cal      *rules.Calendar
	day      time.Time // the day the sheet was opened on (highlighted)
	month    time.Time // first day of the month shown
	onPick   func(time.Time)
	heading  *widget.Label
	grid     *fyne.Container
	dayCells []*widget.Button // the 42 cells, Monday first; blank outside the month
}

func newDayPicker(cal *rules.Calendar, day time.Time, onPick func(time.Time)) *dayPicker {
	d := time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, time.UTC)
	return &dayPicker{cal: cal, day: d, month: time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC), onPick: onPick}
}

func (p *dayPicker) build() fyne.CanvasObject {
	p.heading = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	prev := widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { p.show(p.month.AddDate(0, -1, 0)) })
	next := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { p.show(p.month.AddDate(0, 1, 0)) })
	head := container.NewBorder(nil, nil, prev, next, p.heading)
	cells := make([]fyne.CanvasObject, 0, 49)
	for _, w := range []string{"一", "二", "三", "四", "五", "六", "日"} {
		cells = append(cells, widget.NewLabelWithStyle(w, fyne.TextAlignCenter, fyne.TextStyle{}))
	}
	p.dayCells = make([]*widget.Button, 42)
	for i := range p.dayCells {
		b := widget.NewButton("", nil)
		p.dayCells[i] = b
		cells = append(cells, b)
	}
	p.grid = container.NewGridWithColumns(7, cells...)
	legend := widget.NewLabel(lang.L("date.legend"))
	legend.Importance = widget.LowImportance
	p.show(p.month)
	return container.NewVBox(head, p.grid, legend)
}

// show fills the sheet with month m.
func (p *dayPicker) show(m time.Time) {
	p.month = m
	p.heading.SetText(fmt.Sprintf(lang.L("date.month"), m.Year(), int(m.Month())))
	lead := (int(m.Weekday()) + 6) % 7 // days of the previous month before the 1st, Monday first
	for i, b := range p.dayCells {
		day := m.AddDate(0, 0, i-lead)
		if day.Month() != m.Month() {
			// blank but in place: a grid closes up over hidden cells
			b.SetText("")
			b.OnTapped = nil
			b.Importance = widget.LowImportance
			b.Disable()
			continue
		}
		b.Enable()
		b.SetText(strconv.Itoa(day.Day()))
		b.OnTapped = func() { p.onPick(day) }
		work, _ := p.cal.Workday(day)
		switch {
		case day.Equal(p.day):
			b.Importance = widget.HighImportance
		case work:
			b.Importance = widget.MediumImportance
		default:
			b.Importance = widget.LowImportance
		}
		b.Refresh()
	}
}
