package screens

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// calendarScreen is the 工作日历 tab of 设置: which years the working-day
// calendar covers (countersign deadlines, 四十八, are counted on it), the
// schedules an administrator entered, and the form to enter next year's
// from the State Council's November notice and local adjustments.
type calendarScreen struct {
	env     *Env
	info    data.CalendarInfo
	covered *widget.Label
	entered *widget.Label
}

// withCalendarTab adds the 工作日历 tab to the settings tabs.
func withCalendarTab(env *Env, tabs fyne.CanvasObject) fyne.CanvasObject {
	at, ok := tabs.(*container.AppTabs)
	if !ok || env.Documents == nil {
		return tabs
	}
	c := &calendarScreen{env: env}
	at.Append(container.NewTabItem(lang.L("calendar.title"), c.build()))
	return at
}

func (c *calendarScreen) build() fyne.CanvasObject {
	c.covered = widget.NewLabel("…")
	c.covered.Wrapping = fyne.TextWrapWord
	c.entered = widget.NewLabel("")
	c.entered.Wrapping = fyne.TextWrapWord
	note := widget.NewLabel(lang.L("calendar.note"))
	note.Wrapping = fyne.TextWrapWord
	enter := widget.NewButtonWithIcon(lang.L("calendar.enter"), theme.DocumentCreateIcon(), func() { c.openForm(0) })
	enter.Importance = widget.HighImportance
	c.reload()
	return container.NewVBox(c.covered, note, c.entered, container.NewHBox(enter))
}

func (c *calendarScreen) reload() {
	load(c.env, c.env.Documents.Calendar, func(info data.CalendarInfo) {
		c.info = info
		c.covered.SetText(fmt.Sprintf(lang.L("calendar.covered"), info.Covered))
		var lines []string
		for _, y := range info.Entered {
			lines = append(lines, fmt.Sprintf(lang.L("calendar.entered"), y.Year, y.Source, y.EnteredBy, y.EnteredAt))
		}
		c.entered.SetText(strings.Join(lines, "\n"))
	})
}

// nextYear is the first year after the covered ones: the one to enter.
func (c *calendarScreen) nextYear() int {
	y := time.Now().Year() + 1
	for _, e := range c.info.Entered {
		if e.Year >= y {
			y = e.Year + 1
		}
	}
	return y
}

// openForm enters year's schedule (0: the next year not yet entered), the
// text prefilled when that year was entered before.
func (c *calendarScreen) openForm(year int) *formDialog {
	if year == 0 {
		year = c.nextYear()
	}
	yearEntry := newKeyEntry(c.env)
	yearEntry.SetText(strconv.Itoa(year))
	source := newKeyEntry(c.env)
	text := widget.NewMultiLineEntry()
	text.SetMinRowsVisible(9)
	text.SetPlaceHolder(lang.L("calendar.placeholder"))
	for _, e := range c.info.Entered {
		if e.Year == year {
			source.SetText(e.Source)
			text.SetText(e.Schedule)
		}
	}
	f := newFormDialog(c.env, lang.L("calendar.enter"), []formField{
		field("年份", yearEntry, ""),
		field("依据", source, lang.L("hint.calendar.source")),
		field("节假日安排", text, lang.L("hint.calendar.schedule")),
	}, func(done func(error)) {
		y, err := strconv.Atoi(strings.TrimSpace(yearEntry.Text))
		if err != nil {
			done(notSaved([]data.Problem{{Field: "年份", Message: lang.L("error.number")}}))
			return
		}
		schedule, src := text.Text, source.Text
		act(c.env, func(ctx context.Context) error { return c.env.Documents.SaveCalendarYear(ctx, y, schedule, src) }, func(err error) {
			done(err)
			if err == nil {
				c.env.forgetWorkdays() // the date fields' sheets read the fuller calendar
				c.reload()
			}
		})
	})
	f.show()
	return f
}
