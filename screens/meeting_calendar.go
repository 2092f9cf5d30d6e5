package screens

import (
	"context"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// calendarView shows the meetings by month or by week, with the list's
// kind and status filters; a meeting opens its page.
type calendarView struct {
	screen   *meetingsScreen
	env      *Env
	week     bool      // week view, else month
	anchor   time.Time // a day in the period shown
	meetings []data.Meeting
	title    *widget.Label
	mode     *widget.Select
	grid     *fyne.Container
	view     fyne.CanvasObject
}

func newCalendarView(s *meetingsScreen, day time.Time) *calendarView {
	return &calendarView{screen: s, env: s.env, anchor: time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, time.UTC)}
}

func (c *calendarView) build() fyne.CanvasObject {
	c.title = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	c.mode = newSelect([]string{lang.L("meetingcal.month"), lang.L("meetingcal.week")}, func(v string) {
		c.week = v == lang.L("meetingcal.week")
		c.reload()
	})
	back := widget.NewButtonWithIcon(lang.L("action.back"), theme.NavigateBackIcon(), c.screen.back)
	prev := widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { c.step(-1) })
	next := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { c.step(1) })
	today := widget.NewButton(lang.L("meetingcal.today"), func() { c.anchor = dayOf(time.Now()); c.reload() })
	c.grid = container.NewGridWithColumns(7)
	c.mode.SetSelected(lang.L("meetingcal.month"))
	bar := container.NewBorder(nil, nil, container.NewHBox(back, c.mode, today), container.NewHBox(prev, next), c.title)
	// The weekday names sit above the scrolled grid: in the grid they would
	// take a whole day's height.
	days := container.NewGridWithColumns(7)
	for i := 1; i <= 7; i++ {
		days.Add(widget.NewLabelWithStyle(lang.L(fmt.Sprintf("meetingcal.wd%d", i)), fyne.TextAlignCenter, fyne.TextStyle{Bold: true}))
	}
	c.view = container.NewBorder(container.NewVBox(bar, days), nil, nil, nil, container.NewVScroll(c.grid))
	return c.view
}

func dayOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// period is the first and last day shown: whole weeks, Monday first.
func (c *calendarView) period() (time.Time, time.Time) {
	from := c.anchor
	if !c.week {
		from = time.Date(from.Year(), from.Month(), 1, 0, 0, 0, 0, time.UTC)
	}
	for from.Weekday() != time.Monday {
		from = from.AddDate(0, 0, -1)
	}
	if c.week {
		return from, from.AddDate(0, 0, 6)
	}
	last := time.Date(c.anchor.Year(), c.anchor.Month()+1, 0, 0, 0, 0, 0, time.UTC)
	to := last
	for to.Weekday() != time.Sunday {
		to = to.AddDate(0, 0, 1)
	}
	return from, to
}

func (c *calendarView) step(by int) {
	if c.week {
		c.anchor = c.anchor.AddDate(0, 0, 7*by)
	} else {
		c.anchor = time.Date(c.anchor.Year(), c.anchor.Month()+time.Month(by), 1, 0, 0, 0, 0, time.UTC)
	}
	c.reload()
}

// reload reads the period's meetings with the list's kind and status filters.
func (c *calendarView) reload() {
	if c.grid == nil {
		return
	}
	from, to := c.period()
	f := data.MeetingFilter{Kind: c.screen.filter.Kind, Status: c.screen.filter.Status, From: from, To: to}
	load(c.env, func(ctx context.Context) ([]data.Meeting, error) { return c.env.Meetings.Meetings(ctx, f) }, func(ms []data.Meeting) {
		c.meetings = ms
		c.draw(from, to)
	})
}

func (c *calendarView) draw(from, to time.Time) {
	if c.week {
		c.title.SetText(fmt.Sprintf(lang.L("meetingcal.weektitle"), fmt.Sprintf("%d年%d月%d日", from.Year(), int(from.Month()), from.Day()), fmt.Sprintf("%d月%d日", int(to.Month()), to.Day())))
	} else {
		c.title.SetText(fmt.Sprintf(lang.L("meetingcal.monthtitle"), c.anchor.Year(), int(c.anchor.Month())))
	}
	c.grid.Objects = nil
	byDay := map[time.Time][]data.Meeting{}
	for _, m := range c.meetings {
		byDay[m.Day()] = append(byDay[m.Day()], m)
	}
	limit := 3
	if c.week {
		limit = 12
	}
	for d := from; !d.After(to); d = d.AddDate(0, 0, 1) {
		c.grid.Add(c.cell(d, byDay[d], limit))
	}
	c.grid.Refresh()
}

// cell is one day: its number (dimmed outside the month) and its meetings.
func (c *calendarView) cell(d time.Time, ms []data.Meeting, limit int) fyne.CanvasObject {
	num := widget.NewLabel(fmt.Sprint(d.Day()))
	if !c.week && d.Month() != c.anchor.Month() {
		num.Importance = widget.LowImportance
	}
	if d.Equal(dayOf(time.Now())) {
		num.TextStyle = fyne.TextStyle{Bold: true}
		num.Importance = widget.HighImportance
	}
	box := container.NewVBox(num)
	for i, m := range ms {
		if i == limit {
			box.Add(widget.NewLabel(fmt.Sprintf(lang.L("meetingcal.more"), len(ms)-limit)))
			break
		}
		id := m.ID
		// A flat button under a truncating label: the whole line is the tap
		// target and a long title ends in … instead of widening the week.
		tap := widget.NewButton("", func() { c.screen.open(id) })
		tap.Importance = widget.LowImportance
		text := widget.NewLabel(m.Start.Format("15:04") + " " + m.Title)
		text.Truncation = fyne.TextTruncateEllipsis
		if m.Status == data.StatusCancelled {
			tap.Disable()
			text.Importance = widget.LowImportance
			text.SetText(m.Start.Format("15:04") + " " + lang.L("meetingstatus.cancelled") + " " + m.Title)
		}
		box.Add(container.NewStack(tap, text))
	}
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	height := float32(112)
	if c.week {
		height = 420
	}
	bg.SetMinSize(fyne.NewSize(60, height))
	return container.NewStack(bg, box)
}

// showCalendar swaps the list for the calendar, on the first day of the
// year filtered or today.
func (s *meetingsScreen) showCalendar() {
	day := time.Now()
	if s.filter.Year != 0 && s.filter.Year != day.Year() {
		day = time.Date(s.filter.Year, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	s.calendar = newCalendarView(s, day)
	s.stack.Objects = []fyne.CanvasObject{s.calendar.build()}
	s.stack.Refresh()
}
