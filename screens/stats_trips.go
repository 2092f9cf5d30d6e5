package screens

import (
	"context"
	"fmt"
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

// tripsTab is the 外出请假 register of the statistics' period (六十一, first
// sentence): leaders and the main heads of towns and departments asking
// the 市长 before leaving town, with no meeting involved. It registers a
// trip, records each approver's decision in turn and the 销假 on return,
// and tallies the period's trips for the 请销假 通报.
type tripsTab struct {
	env     *Env
	trips   []data.LeaveRequest
	sel     int
	list    *widget.List
	tally   *widget.Label
	detail  *widget.Label
	approve *widget.Button
	reject  *widget.Button
	back    *widget.Button
	from    time.Time
	to      time.Time
	pending int64 // a trip the desk asked to show, selected once read
}

func (t *tripsTab) build() fyne.CanvasObject {
	t.sel = -1
	t.list = widget.NewList(func() int { return len(t.trips) }, func() fyne.CanvasObject { return weightedRow([]float32{1.5, 0.8, 2.1, 2.6, 3}) },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			l := t.trips[id]
			setRow(o, l.PersonName+" "+l.Post, l.Destination, spanText(l.From, l.To), l.Reason, t.state(l))
		})
	t.list.OnSelected = func(id widget.ListItemID) { t.sel = id; t.showDetail() }
	t.tally = widget.NewLabel("")
	t.detail = widget.NewLabel("")
	t.detail.Wrapping = fyne.TextWrapWord
	add := widget.NewButtonWithIcon(lang.L("trip.new"), theme.ContentAddIcon(), func() { t.openForm() })
	add.Importance = widget.HighImportance
	t.approve = widget.NewButtonWithIcon(lang.L("leave.approve"), theme.ConfirmIcon(), func() { t.decide(true) })
	t.reject = widget.NewButtonWithIcon(lang.L("leave.reject"), theme.CancelIcon(), func() { t.decide(false) })
	t.back = widget.NewButtonWithIcon(lang.L("trip.return"), theme.MailReplyIcon(), func() { t.askReturn() })
	bar := container.NewHBox(add, t.approve, t.reject, t.back, t.tally)
	split := container.NewVSplit(t.list, container.NewVScroll(t.detail))
	split.Offset = 0.6
	t.showDetail()
	return container.NewBorder(bar, nil, nil, nil, split)
}

// reload reads the trips of the period from–to.
func (t *tripsTab) reload(from, to time.Time) {
	t.from, t.to = from, to
	load(t.env, func(ctx context.Context) ([]data.LeaveRequest, error) { return t.env.Meetings.Trips(ctx, from, to) }, t.show)
}

func (t *tripsTab) show(ls []data.LeaveRequest) {
	// As the 外出请假 sheet lists them: people in protocol order, each
	// person's trips together (六十一).
	t.trips, t.sel = rules.TripsInOrder(ls), -1
	n := rules.TripStats(ls, t.env.now())
	t.tally.SetText(fmt.Sprintf(lang.L("trip.tally"), n.Asked, n.Approved, n.Pending, n.Rejected, n.NotAhead, n.Unreturned))
	t.list.UnselectAll()
	t.list.Refresh()
	for i, l := range t.trips {
		if l.ID == t.pending {
			t.list.Select(i)
		}
	}
	t.pending = 0
	t.showDetail()
}

// state is a trip's status with its next approver, or its 销假.
func (t *tripsTab) state(l data.LeaveRequest) string {
	s := lang.L("leavestatus." + string(l.Status))
	if i, open := rules.NextStep(l.Steps); open {
		s += "（" + fmt.Sprintf(lang.L("leave.waiting"), l.Steps[i].ApproverName) + "）"
	}
	needs, _, late := rules.TripNeeds(l, t.env.now())
	switch {
	case !l.ReturnedOn.IsZero():
		s += "，" + fmt.Sprintf(lang.L("trip.returned"), dayText(l.ReturnedOn))
	case len(needs) > 0 && l.Status != data.LeavePending:
		s += "，" + strings.Join(needs, "；")
	}
	if late {
		s = "⚠ " + s
	}
	return s
}

func (t *tripsTab) current() (data.LeaveRequest, bool) {
	if t.sel < 0 || t.sel >= len(t.trips) {
		return data.LeaveRequest{}, false
	}
	return t.trips[t.sel], true
}

func (t *tripsTab) showDetail() {
	l, ok := t.current()
	_, open := rules.NextStep(l.Steps)
	for _, b := range []*widget.Button{t.approve, t.reject} {
		b.Disable()
		if ok && open {
			b.Enable()
		}
	}
	t.back.Disable()
	if ok && rules.MayReturn(l, l.To) == nil {
		t.back.Enable()
	}
	if !ok {
		t.detail.SetText("")
		return
	}
	note := ""
	if rules.TripLate(l) {
		note = lang.L("trip.notahead")
	}
	t.detail.SetText(routeText(l, note))
}

// openForm registers a trip: who, where to, the days away and why. Only
// those the clause makes ask are offered; the store checks again.
func (t *tripsTab) openForm() *formDialog {
	who := newSelect(nil, nil)
	ids := map[string]int64{}
	load(t.env, func(ctx context.Context) ([]string, error) {
		people, err := t.env.Roster.People(ctx)
		if err != nil {
			return nil, err
		}
		units, err := t.env.Roster.Units(ctx)
		if err != nil {
			return nil, err
		}
		kinds := map[int64]data.UnitKind{}
		for _, u := range units {
			kinds[u.ID] = u.Kind
		}
		var names []string
		for _, p := range people {
			if p.Active && rules.TripAsker(p, kinds[p.UnitID]) {
				label := p.Name + " — " + p.UnitName + " " + p.Post
				names = append(names, label)
				ids[label] = p.ID
			}
		}
		return names, nil
	}, func(names []string) { who.SetOptions(names) })
	where, reason := newKeyEntry(t.env), newKeyEntry(t.env)
	from, to := newDateEntry(t.env, time.Time{}), newDateEntry(t.env, time.Time{})
	f := newFormDialog(t.env, lang.L("trip.new"), []formField{
		field("请假人", who, lang.L("hint.trip.who")),
		field("去向", where, ""),
		field("离开日期", from, lang.L("hint.date")),
		field("返回日期", to, lang.L("hint.date")),
		field("事由", reason, ""),
	}, func(done func(error)) {
		var problems []data.Problem
		l := data.LeaveRequest{PersonID: ids[who.Selected], Reason: reason.Text, Trip: data.Trip{Destination: where.Text}}
		l.From, l.To = parseDay(from, "离开日期", &problems), parseDay(to, "返回日期", &problems)
		if len(problems) > 0 {
			done(notSaved(problems))
			return
		}
		t.write(done, func(ctx context.Context) error { _, err := t.env.Meetings.RequestTrip(ctx, l); return err })
	})
	f.show()
	return f
}

// decide records the next approver's decision, as on a meeting's leave.
func (t *tripsTab) decide(approve bool) *formDialog {
	l, ok := t.current()
	i, open := rules.NextStep(l.Steps)
	if !ok || !open {
		return nil
	}
	opinion := newKeyEntry(t.env)
	title := fmt.Sprintf(lang.L("leave.decide"), l.Steps[i].ApproverName, l.PersonName)
	f := newFormDialog(t.env, title, []formField{field("审批意见", opinion, "")}, func(done func(error)) {
		t.write(done, func(ctx context.Context) error {
			_, err := t.env.Meetings.DecideLeave(ctx, l.ID, approve, opinion.Text)
			return err
		})
	})
	f.show()
	return f
}

// askReturn records the 销假 with the day back (today by default).
func (t *tripsTab) askReturn() *formDialog {
	l, ok := t.current()
	if !ok {
		return nil
	}
	day := newDateEntry(t.env, t.env.now())
	f := newFormDialog(t.env, lang.L("trip.return"), []formField{field("返回日期", day, lang.L("hint.date"))}, func(done func(error)) {
		var problems []data.Problem
		on := parseDay(day, "返回日期", &problems)
		if len(problems) > 0 {
			done(notSaved(problems))
			return
		}
		t.write(done, func(ctx context.Context) error { _, err := t.env.Meetings.ReturnTrip(ctx, l.ID, on); return err })
	})
	f.show()
	return f
}

func (t *tripsTab) write(done func(error), write func(context.Context) error) {
	act(t.env, write, func(err error) {
		done(err)
		if err == nil {
			t.reload(t.from, t.to)
		}
	})
}

// open shows trip id from the desk: the trips tab, over a period that holds
// it (the trip's own days when the period in the fields does not).
func (s *statsScreen) open(id int64) {
	if s.tabs == nil {
		return
	}
	s.tabs.SelectIndex(len(s.tabs.Items) - 1)
	s.trips.pending = id
	load(s.env, func(ctx context.Context) ([]data.LeaveRequest, error) {
		return s.env.Meetings.Trips(ctx, s.trips.from, s.trips.to)
	},
		func(ls []data.LeaveRequest) {
			for _, l := range ls {
				if l.ID == id {
					s.trips.show(ls)
					return
				}
			}
			// Not in the period shown: show the trips of today's year.
			s.setPeriod(yearOf(s.env.now()))
		})
}
