package screens

import (
	"context"
	"fmt"
	"slices"
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

// The 公文 screen's tabs: 收文 (the register of incoming documents), and
// the registers a secretary keeps beside it — 发文登记 (五十, 五十一),
// 建议提案 (三十) and 规范性文件备案 (十九). They sit here rather than in the
// rail, which stays short.
const (
	tabIncoming = iota
	tabIssued
	tabProposals
	tabFilings
)

// withRegisters puts the incoming documents' view (incoming) in the first
// tab and the other registers after it; with no register services (a
// partial Env) it is incoming alone.
func (s *documentsScreen) withRegisters(incoming fyne.CanvasObject) fyne.CanvasObject {
	if s.env.Proposals == nil || s.env.Issued == nil || s.env.Filings == nil || s.env.FollowUp == nil {
		return incoming
	}
	s.issued, s.proposals, s.filings = newIssuedScreen(s.env), newProposalsScreen(s.env), newFilingsScreen(s.env)
	s.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("documents.tab.incoming"), incoming),
		container.NewTabItem(lang.L("documents.tab.issued"), s.issued.build()),
		container.NewTabItem(lang.L("documents.tab.proposals"), s.proposals.build()),
		container.NewTabItem(lang.L("documents.tab.filings"), s.filings.build()),
	)
	// Each register reads again when its tab is chosen: a save elsewhere
	// (a setting, the desk) may have changed what it shows.
	s.tabs.OnSelected = func(*container.TabItem) {
		switch s.tabs.SelectedIndex() {
		case tabIssued:
			s.issued.reload()
		case tabProposals:
			s.proposals.reload()
		case tabFilings:
			s.filings.reload()
		}
	}
	return s.tabs
}

// showTab brings tab i of the 公文 screen to the front, if it has tabs.
func (s *documentsScreen) showTab(i int) {
	if s.tabs != nil && s.tabs.SelectedIndex() != i {
		s.tabs.SelectIndex(i)
	}
}

// openRegister shows the register a desk line of kind belongs to, with
// record id selected (三十's proposals, 十九's filings), turned to year
// when it is not 0: a proposal of last year still owing its answer is in
// last year's register.
func (s *documentsScreen) openRegister(kind data.DeskKind, id int64, year int) {
	if s.tabs == nil {
		return
	}
	var tab int
	switch kind {
	case data.DeskProposal:
		s.proposals.list.selectID(id)
		turnTo(s.proposals.yearSel, &s.proposals.year, year)
		tab = tabProposals
	case data.DeskFiling:
		s.filings.list.selectID(id)
		turnTo(s.filings.yearSel, &s.filings.year, year)
		tab = tabFilings
	default:
		return
	}
	if s.tabs.SelectedIndex() == tab {
		s.tabs.OnSelected(s.tabs.Items[tab]) // in front already: read again to select it
		return
	}
	s.showTab(tab)
}

// turnTo sets a register's year to year (0 leaves it), offering it in sel
// if sel does not; the caller reads the register again.
func turnTo(sel *widget.Select, current *int, year int) {
	if year == 0 || year == *current {
		return
	}
	*current = year
	v := strconv.Itoa(year)
	if !slices.Contains(sel.Options, v) {
		// In the select's order, newest first.
		at := len(sel.Options)
		for i, o := range sel.Options {
			if y, err := strconv.Atoi(o); err == nil && y < year {
				at = i
				break
			}
		}
		sel.Options = slices.Insert(sel.Options, at, v)
	}
	setQuietly(sel, v)
}

// registerYear is a year select for a register kept by the year (no 全部:
// a register is read one year at a time).
func registerYear(year, this int, set func(int)) *widget.Select {
	sel := yearSelect(year, this, set)
	sel.Options = sel.Options[1:]
	return sel
}

// unitSelect is a select entry of the units' names (typed in part or
// picked) and the id of the name chosen, 0 for none.
func unitSelect(units []data.Unit, id int64) (*widget.SelectEntry, func() int64) {
	names, ids := []string{}, map[string]int64{}
	for _, u := range units {
		names = append(names, u.Name)
		ids[u.Name] = u.ID
	}
	e := widget.NewSelectEntry(names)
	for _, u := range units {
		if u.ID == id {
			e.SetText(u.Name)
		}
	}
	return e, func() int64 { return ids[strings.TrimSpace(e.Text)] }
}

// textEntry is a key entry holding v.
func textEntry(env *Env, v string) *keyEntry {
	e := newKeyEntry(env)
	e.SetText(v)
	return e
}

// numberOf reads a whole number typed in e, or names the field in problems.
func numberOf(e *keyEntry, field string, problems *[]data.Problem) int {
	n, err := strconv.Atoi(strings.TrimSpace(e.Text))
	if err != nil {
		*problems = append(*problems, data.Problem{Field: field, Message: lang.L("error.number")})
	}
	return n
}

// registerKeys are Ctrl+F and Ctrl+N of the register in front, nil while
// 收文 is.
func (s *documentsScreen) registerKeys() (search, create func()) {
	if s.tabs == nil {
		return nil, nil
	}
	switch s.tabs.SelectedIndex() {
	case tabIssued:
		return s.issued.list.FocusSearch, s.issued.list.onNew
	case tabProposals:
		return s.proposals.list.FocusSearch, s.proposals.list.onNew
	case tabFilings:
		return s.filings.list.FocusSearch, s.filings.list.onNew
	}
	return nil, nil
}

// dayText is a day in a register's column: 2026年9月20日, the weekday
// left to the detail line's room (the forms keep dateText).
func dayText(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return fmt.Sprintf("%d年%d月%d日", t.Year(), t.Month(), t.Day())
}

// yearDay is a day in a register kept by the year: 3月10日 within the
// register's year (the select above the list says which), the whole day
// outside it, so that the column stays narrow enough to read at 1024
// pixels.
func yearDay(t time.Time, year int) string {
	if !t.IsZero() && t.Year() == year {
		return fmt.Sprintf("%d月%d日", t.Month(), t.Day())
	}
	return dayText(t)
}

// emptyRegister gives list the empty state text (a translation key) with
// the button that makes its first record.
func emptyRegister[T any](list *recordList[T], text, newLabel string) {
	first := widget.NewButtonWithIcon(lang.L(newLabel), theme.ContentAddIcon(), list.onNew)
	first.Importance = widget.HighImportance
	list.empty = emptyState(lang.L(text), first)
}

// writeRecord runs a register's write off the UI goroutine, tells done,
// and on success reads the register again with what was written selected.
func writeRecord[T any](list *recordList[T], done func(error), w func(context.Context) (T, error)) {
	var saved T
	act(list.env, func(ctx context.Context) (err error) {
		saved, err = w(ctx)
		return err
	}, func(err error) {
		done(err)
		if err == nil {
			list.selectID(list.id(saved))
			list.reload()
		}
	})
}
