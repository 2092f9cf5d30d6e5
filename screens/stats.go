package screens

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/rules"
)

// statsScreen tallies attendance and leave over a period — per unit, per
// person, and each absence without approved leave — for the 通报 the office
// publishes with the 纪委监委 (六十一), and exports it to Excel.
type statsScreen struct {
	env      *Env
	from, to *dateEntry // the period, in the office's form; a day picked on the sheet runs it
	summary  *widget.Label
	cadence  *widget.Label
	stats    rules.Stats
	period   [2]time.Time
	units    *widget.List
	people   *widget.List
	absences *widget.List
	trips    *tripsTab // 外出请假 (六十一)
	tabs     *container.AppTabs
	lean     *widget.List
}

func newStatsScreen(env *Env) *statsScreen {
	return &statsScreen{env: env, trips: &tripsTab{env: env}}
}

func (s *statsScreen) build() fyne.CanvasObject {
	from, to := yearOf(s.env.now())
	s.from, s.to = newDateEntry(s.env, from), newDateEntry(s.env, to)
	for _, d := range []*dateEntry{s.from, s.to} {
		d.OnSubmitted = func(string) { s.run() }
		d.onPick = func(time.Time) { s.run() }
	}
	run := widget.NewButtonWithIcon(lang.L("stats.run"), theme.ViewRefreshIcon(), s.run)
	run.Importance = widget.HighImportance
	exp := widget.NewButtonWithIcon(lang.L("export.stats.xlsx"), theme.DownloadIcon(), func() {
		from, to, err := s.periodOf()
		if err != nil { // refused before the save dialog, naming the field
			showError(s.env, err)
			return
		}
		saveAs(s.env, fmt.Sprintf("出勤统计 %s至%s.xlsx", from.Format(data.DateLayout), to.Format(data.DateLayout)), s.write)
	})
	s.summary = widget.NewLabel("")
	s.cadence = widget.NewLabel("")
	tally := func(t rules.Tally) []string {
		return []string{strconv.Itoa(t.Due), strconv.Itoa(t.Attended), strconv.Itoa(t.Late), strconv.Itoa(t.Leave), strconv.Itoa(t.Unexcused), strconv.Itoa(t.Substitute)}
	}
	// The name columns take the room the six counts do not need, so that
	// a unit's whole name (and the no-unit line) reads at 1024 pixels.
	unitCols := []float32{3.2, 1, 1, 1, 1, 1, 1}
	personCols := []float32{1.3, 3, 1, 1, 1, 1, 1, 1}
	s.units = widget.NewList(func() int { return len(s.stats.Units) }, func() fyne.CanvasObject { return weightedRow(unitCols) },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			u := s.stats.Units[id]
			setRow(o, append([]string{u.Label()}, tally(u.Tally)...)...)
		})
	s.people = widget.NewList(func() int { return len(s.stats.People) }, func() fyne.CanvasObject { return weightedRow(personCols) },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			p := s.stats.People[id]
			setRow(o, append([]string{p.Name, p.UnitName}, tally(p.Tally)...)...)
		})
	s.lean = widget.NewList(func() int { return len(s.stats.Lean) }, func() fyne.CanvasObject { return rowOf(5) },
		func(id widget.ListItemID, o fyne.CanvasObject) { setRow(o, leanRow(s.stats.Lean[id])...) })
	s.absences = widget.NewList(func() int { return len(s.stats.Absences) }, func() fyne.CanvasObject { return rowOf(4) },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			a := s.stats.Absences[id]
			setRow(o, dateText(a.Meeting.Start), a.Meeting.Title, a.Name+" "+a.UnitName, a.Why)
		})
	heads := []string{lang.L("stats.due"), lang.L("attendstatus.present"), lang.L("attendstatus.late"), lang.L("attendstatus.leave"), lang.L("stats.unexcused"), lang.L("attendstatus.substitute")}
	header := func(cols []float32, first ...string) fyne.CanvasObject {
		return weightedHeader(cols, append(first, heads...)...)
	}
	s.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("stats.by.unit"), container.NewBorder(header(unitCols, lang.L("field.单位")), nil, nil, nil, s.units)),
		container.NewTabItem(lang.L("stats.by.person"), container.NewBorder(header(personCols, lang.L("field.姓名"), lang.L("field.单位")), nil, nil, nil, s.people)),
		container.NewTabItem(lang.L("stats.absences"), s.absences),
		container.NewTabItem(lang.L("stats.lean"), container.NewBorder(plainHeader(lang.L("stats.lean.period"), lang.L("stats.lean.held"),
			lang.L("stats.lean.minutes"), lang.L("stats.lean.heads"), lang.L("stats.lean.avg")), nil, nil, nil, s.lean)),
		container.NewTabItem(lang.L("stats.trips"), s.trips.build()),
	)
	quarter := widget.NewButton(lang.L("stats.quarter"), func() {
		s.setPeriod(lastQuarter(s.env.now()))
	})
	// The dates are written out (2026年12月31日（星期四）): the export goes
	// beside the summary, and the summary has no line of its own beside
	// the buttons, where it pushed a 1024-pixel window to 1188.
	bar := container.NewHBox(widget.NewLabel(lang.L("field.开始日期")), sized(s.from, dateWidth), widget.NewLabel(lang.L("field.结束日期")), sized(s.to, dateWidth), quarter, run)
	s.run()
	return container.NewBorder(container.NewVBox(bar, container.NewBorder(nil, nil, nil, exp, s.summary), s.cadence), nil, nil, nil, s.tabs)
}

// run reads the period's meetings and tallies them.
func (s *statsScreen) run() {
	from, to, err := s.periodOf()
	if err != nil {
		showError(s.env, err)
		return
	}
	s.trips.reload(from, to)
	load(s.env, func(ctx context.Context) ([]data.MeetingRecord, error) { return s.env.Meetings.Records(ctx, from, to) },
		func(rs []data.MeetingRecord) {
			s.stats, s.period = rules.AttendanceStats(rs), [2]time.Time{from, to}
			s.summary.SetText(fmt.Sprintf(lang.L("stats.summary"), s.stats.Meetings, len(s.stats.Absences)))
			s.cadence.SetText(cadenceText(rs, from, to))
			s.units.Refresh()
			s.people.Refresh()
			s.absences.Refresh()
			s.lean.Refresh()
		})
}

// dateWidth holds a date field's longest day, 2026年12月31日（星期四）, with
// its calendar button.
const dateWidth = 250

// setPeriod shows the period from–to in the fields and tallies it.
func (s *statsScreen) setPeriod(from, to time.Time) {
	s.from.SetDay(from)
	s.to.SetDay(to)
	s.run()
}

// yearOf is the calendar year of day, 1 January to 31 December.
func yearOf(day time.Time) (time.Time, time.Time) {
	return time.Date(day.Year(), 1, 1, 0, 0, 0, 0, time.UTC), time.Date(day.Year(), 12, 31, 0, 0, 0, 0, time.UTC)
}

func (s *statsScreen) periodOf() (time.Time, time.Time, error) {
	from, err := s.from.Day()
	if err != nil {
		return from, from, &data.Error{Code: data.EInvalid, Message: lang.L("stats.badperiod"), Problems: []data.Problem{{Field: "开始日期", Message: data.ErrorMessage(err)}}}
	}
	to, err := s.to.Day()
	if err != nil {
		return from, to, &data.Error{Code: data.EInvalid, Message: lang.L("stats.badperiod"), Problems: []data.Problem{{Field: "结束日期", Message: data.ErrorMessage(err)}}}
	}
	if to.Before(from) { // said here, once, before the trips and the meetings are read
		return from, to, &data.Error{Code: data.EInvalid, Message: lang.L("stats.badperiod"), Problems: []data.Problem{{Field: "结束日期", Message: lang.L("stats.endbeforestart")}}}
	}
	return from, to, nil
}

// write exports the statistics of the period in the fields.
func (s *statsScreen) write(ctx context.Context, w io.Writer) error {
	from, to, err := s.periodOf()
	if err != nil {
		return err
	}
	book, err := s.env.sources().AttendanceStats(ctx, from, to)
	if err != nil {
		return err
	}
	return book(w)
}

// lastQuarter is the quarter the statistics are usually published for: the
// one before the current quarter.
func lastQuarter(now time.Time) (time.Time, time.Time) {
	q := (int(now.Month()) - 1) / 3
	start := time.Date(now.Year(), time.Month(q*3+1), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -3, 0)
	return start, start.AddDate(0, 3, -1)
}

// cadenceText compares the meetings held of each kind with a cadence to
// what the cadence expects over the period (四十 to 四十二).
func cadenceText(rs []data.MeetingRecord, from, to time.Time) string {
	held := map[data.MeetingKind]int{}
	for _, r := range rs {
		if r.Meeting.Status == data.StatusHeld || r.Meeting.Status == data.StatusArchived {
			held[r.Meeting.Kind]++
		}
	}
	var parts []string
	for _, k := range data.MeetingKinds {
		if due := rules.CadenceDue(k, from, to); due > 0 {
			parts = append(parts, fmt.Sprintf(lang.L("stats.cadence.kind"), kindLabel2(k), held[k], due))
		}
	}
	return lang.L("stats.cadence") + strings.Join(parts, "　")
}

// plainHeader is a row of bold column heads.
func plainHeader(heads ...string) fyne.CanvasObject {
	return container.NewGridWithColumns(len(heads), headCells(heads)...)
}

// weightedHeader is plainHeader over columns of the given weights, lined up
// with weightedRow's cells.
func weightedHeader(weights []float32, heads ...string) fyne.CanvasObject {
	return container.New(columns{weights}, headCells(heads)...)
}

// headCells are a header's bold labels.
func headCells(heads []string) []fyne.CanvasObject {
	cells := make([]fyne.CanvasObject, len(heads))
	for i, h := range heads {
		cells[i] = widget.NewLabelWithStyle(h, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	return cells
}

// leanRow shows one period's lean-meeting figures (四十五): planned against
// actual, over the meetings whose actual figures were recorded.
func leanRow(l rules.LeanLine) []string {
	return []string{
		l.Label,
		fmt.Sprintf(lang.L("stats.lean.heldof"), l.Held, l.Recorded),
		fmt.Sprintf("%d / %d", l.PlannedMinutes, l.ActualMinutes),
		fmt.Sprintf("%d / %d", l.PlannedHeads, l.ActualHeads),
		fmt.Sprintf(lang.L("stats.lean.avgof"), l.AvgPlannedMinutes(), l.AvgActualMinutes(), l.AvgPlannedHeads(), l.AvgActualHeads()),
	}
}
