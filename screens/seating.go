package screens

import (
	"context"
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/rules"
)

// seatingTab shows the seating chart by 以左为尊 as seen from the hall (or
// the door), and lets the secretary move a member up or down the order of
// precedence by hand; the order is saved with the meeting.
type seatingTab struct {
	page    *meetingPage
	layout  *widget.Select
	perSide *keyEntry
	chart   *fyne.Container
	order   *widget.List
	members []data.Participant
	sel     int
	keep    int // the row to select again after a save reloads the page
}

func (t *seatingTab) build() fyne.CanvasObject {
	t.sel = -1
	t.layout = newSelect([]string{lang.L("seating.rostrum"), lang.L("seating.longtable")}, func(string) { t.draw() })
	t.perSide = newKeyEntry(t.page.env)
	t.perSide.SetPlaceHolder(lang.L("seating.perside.auto"))
	t.perSide.OnChanged = func(string) { t.draw() }
	t.chart = container.NewVBox()
	t.order = widget.NewList(func() int { return len(t.members) },
		func() fyne.CanvasObject { return rowOf(3) },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			p := t.members[id]
			name := p.Name
			if sub, ok := rules.Occupant(p); ok {
				name = fmt.Sprintf(lang.L("seating.for"), sub, p.Name) // 钱代会（代 王建国）
			}
			setRow(o, strconv.Itoa(id+1), name, p.Post)
		})
	t.order.OnSelected = func(id widget.ListItemID) { t.sel = id }
	up := widget.NewButtonWithIcon(lang.L("seating.up"), theme.MoveUpIcon(), func() { t.move(-1) })
	down := widget.NewButtonWithIcon(lang.L("seating.down"), theme.MoveDownIcon(), func() { t.move(1) })
	reset := widget.NewButtonWithIcon(lang.L("seating.reset"), theme.ViewRefreshIcon(), func() { t.save(nil) })
	bar := container.NewHBox(widget.NewLabel(lang.L("seating.layout")), t.layout, widget.NewLabel(lang.L("seating.perside")), sized(t.perSide, 90))
	side := container.NewBorder(container.NewHBox(up, down, reset), nil, nil, nil, t.order)
	split := container.NewHSplit(container.NewVScroll(t.chart), side)
	split.Offset = 0.72
	return container.NewBorder(bar, paperBar(t.page.env, t.page.current, t.page.seatingPapers()...), nil, nil, split)
}

// currentLayout is the chosen layout, the kind's default until one is
// chosen (or the tab is shown: the papers of the 导出 menu are drawn by it).
func (t *seatingTab) currentLayout() rules.Layout {
	if t.layout == nil {
		return rules.DefaultLayout(t.page.meeting.Kind)
	}
	switch t.layout.Selected {
	case lang.L("seating.rostrum"):
		return rules.Rostrum
	case lang.L("seating.longtable"):
		return rules.LongTable
	}
	return rules.DefaultLayout(t.page.meeting.Kind)
}

func (t *seatingTab) refresh() {
	t.members = t.members[:0]
	for _, p := range t.page.parts {
		if p.Role == data.AttendMember {
			t.members = append(t.members, p)
		}
	}
	t.members = rules.Precedence(t.members)
	if t.layout.Selected == "" {
		if rules.DefaultLayout(t.page.meeting.Kind) == rules.Rostrum {
			t.layout.SetSelected(lang.L("seating.rostrum"))
		} else {
			t.layout.SetSelected(lang.L("seating.longtable"))
		}
	}
	t.sel = -1
	t.order.UnselectAll()
	t.order.Refresh()
	if t.keep > 0 {
		t.order.Select(t.keep - 1)
		t.keep = 0
	}
	t.draw()
}

// seats arranges the meeting by the current settings.
func (t *seatingTab) seats() []rules.Seat {
	return rules.SeatingFor(t.currentLayout(), t.page.parts, t.perSideCount())
}

// perSideCount is the seats a side the secretary typed; 0, automatic, when
// blank or bad or the tab not yet shown.
func (t *seatingTab) perSideCount() int {
	if t.perSide == nil {
		return 0
	}
	n, _ := strconv.Atoi(t.perSide.Text)
	return n
}

// draw lays the chart out row by row, each seat a box, left to right as
// the hall sees it.
func (t *seatingTab) draw() {
	if t.chart == nil || t.page.parts == nil {
		return
	}
	t.chart.Objects = nil
	seats := t.seats()
	var rows []rules.Row
	byRow := map[rules.Row][]rules.Seat{}
	for _, s := range seats {
		if byRow[s.Row] == nil {
			rows = append(rows, s.Row)
		}
		byRow[s.Row] = append(byRow[s.Row], s)
	}
	for _, r := range rows {
		title := widget.NewLabelWithStyle(fmt.Sprintf(lang.L("seating.row"), string(r), len(byRow[r])), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		boxes := container.NewGridWrap(fyne.NewSize(96, 72))
		for _, s := range byRow[r] {
			boxes.Add(seatBox(s))
		}
		t.chart.Add(title)
		t.chart.Add(boxes)
	}
	t.chart.Add(widget.NewLabel(lang.L("seating.note")))
	t.chart.Refresh()
}

func seatBox(s rules.Seat) fyne.CanvasObject {
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	bg.StrokeColor = theme.Color(theme.ColorNamePrimary)
	bg.StrokeWidth = 1
	if s.Rank == 1 {
		bg.StrokeWidth = 3
	}
	name := widget.NewLabelWithStyle(s.Name, fyne.TextAlignCenter, fyne.TextStyle{Bold: s.Rank <= 3})
	// Plain, not italic: every text style the window uses costs one more
	// parse of the bundled CJK face (see fonts.NotoSansSCUI).
	under := strconv.Itoa(s.Rank)
	if s.For != "" {
		// 代会: the substitute sits here; whose seat it is shows in the
		// order beside the chart (a longer line would not fit the box).
		under += " " + lang.L("attendstatus.substitute")
	}
	rank := widget.NewLabelWithStyle(under, fyne.TextAlignCenter, fyne.TextStyle{})
	rank.SizeName = theme.SizeNameCaptionText
	return container.NewStack(bg, container.NewVBox(name, rank))
}

// move shifts the selected member one place in the precedence and saves it.
func (t *seatingTab) move(by int) {
	i, j := t.sel, t.sel+by
	if i < 0 || j < 0 || j >= len(t.members) {
		return
	}
	order := make([]int64, len(t.members))
	for k, p := range t.members {
		order[k] = p.PersonID
	}
	order[i], order[j] = order[j], order[i]
	t.keep = j + 1
	t.save(order)
}

// save stores the order (nil: back to protocol order).
func (t *seatingTab) save(order []int64) {
	id := t.page.id
	act(t.page.env, func(ctx context.Context) error { return t.page.env.Meetings.SetSeating(ctx, id, order) }, func(err error) {
		if err != nil {
			showError(t.page.env, err)
			return
		}
		t.page.reload()
	})
}
