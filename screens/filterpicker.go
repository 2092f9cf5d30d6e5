package screens

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// pickItem is one choice of a filterPicker.
type pickItem struct {
	ID    int64
	Label string // the line shown
	Keys  string // more text a search matches (a date as 2026-01-05 …)
	Note  string // shown after the label, dimmed in meaning: 已有纪要 …
	Off   bool   // not choosable (its Note says why): listed only to a search, after the rest
}

// filterPicker chooses one of many records (ten years of meetings, a
// hundred units): a search field that narrows the list as the secretary
// types, the list in the order given (newest first, as the caller sorts
// it), and a line saying what is chosen. Up/Down in the field move the
// choice, so the hands need not leave the keyboard.
type filterPicker struct {
	env    *Env
	all    []pickItem
	shown  []pickItem
	chosen int // index into shown, -1 for none
	// choosable counts the shown items that may be chosen; onOffer all such.
	choosable, onOffer int
	search             *keyEntry
	list               *widget.List
	status             *widget.Label
	view               fyne.CanvasObject
	// onPick, when set, is called with an item the secretary clicks or
	// takes with Enter (a choiceField closes its picker on it); moving
	// with Up/Down only marks a line.
	onPick func(pickItem)
	moving bool
}

// newFilterPicker shows rows lines of items at a time.
func newFilterPicker(env *Env, items []pickItem, placeholder string, rows int) *filterPicker {
	p := &filterPicker{env: env, all: items, chosen: -1}
	for _, it := range items {
		if !it.Off {
			p.onOffer++
		}
	}
	p.search = newKeyEntry(env)
	p.search.SetPlaceHolder(placeholder)
	p.search.OnChanged = func(string) { p.filter() }
	p.search.onKey = p.key
	p.list = widget.NewList(
		func() int { return len(p.shown) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			it := p.shown[id]
			l := o.(*widget.Label)
			l.SetText(strings.TrimSpace(it.Label + "　" + it.Note))
			l.Importance = widget.MediumImportance
			if it.Off {
				l.Importance = widget.LowImportance
			}
			l.Refresh()
		})
	p.list.OnSelected = func(id widget.ListItemID) {
		p.chosen = id
		p.showChosen()
		if it, ok := p.selected(); ok && p.onPick != nil && !p.moving {
			p.onPick(it)
		}
	}
	p.search.OnSubmitted = func(string) {
		if it, ok := p.selected(); ok && p.onPick != nil {
			p.onPick(it)
		}
	}
	p.list.OnUnselected = func(widget.ListItemID) { p.chosen = -1; p.showChosen() }
	p.status = widget.NewLabel("")
	p.status.Wrapping = fyne.TextWrapWord
	rowH := p.list.CreateItem().MinSize().Height
	box := container.NewGridWrap(fyne.NewSize(560, float32(rows)*(rowH+4)), p.list)
	p.view = container.NewBorder(p.search, p.status, nil, nil, box)
	p.filter()
	return p
}

// key gives the search field Up and Down to move the choice.
func (p *filterPicker) key(k *fyne.KeyEvent) bool {
	p.moving = true
	defer func() { p.moving = false }()
	switch k.Name {
	case fyne.KeyDown:
		p.list.Select(min(p.chosen+1, len(p.shown)-1))
	case fyne.KeyUp:
		p.list.Select(max(p.chosen-1, 0))
	default:
		return false
	}
	return true
}

// filter lists the choosable items the search matches and, only when the
// secretary searches, the matching items that cannot be chosen after them:
// the one she looks for is then found, with the reason it is not on offer,
// without ten years of them burying the few that are.
func (p *filterPicker) filter() {
	q := strings.TrimSpace(p.search.Text)
	p.shown = p.shown[:0]
	var off []pickItem
	p.choosable = 0
	for _, it := range p.all {
		switch {
		case q != "" && !containsFold(q, it.Label, it.Keys, it.Note):
		case !it.Off:
			p.shown = append(p.shown, it)
			p.choosable++
		case q != "":
			off = append(off, it)
		}
	}
	p.shown = append(p.shown, off...)
	p.list.UnselectAll()
	p.chosen = -1
	p.list.Refresh()
	p.list.ScrollToOffset(0) // nil-safe before the list is shown, unlike ScrollToTop
	if p.choosable == 1 {
		p.moving = true // found, not yet taken: Enter or a click takes it
		p.list.Select(0)
		p.moving = false
	}
	p.showChosen()
}

// showChosen says what is chosen, or how many are left to choose from.
func (p *filterPicker) showChosen() {
	if it, ok := p.selected(); ok {
		p.status.SetText(fmt.Sprintf(lang.L("picker.chosen"), it.Label))
		return
	}
	p.status.SetText(fmt.Sprintf(lang.L("picker.count"), p.choosable, p.onOffer))
}

// selected is the chosen item; an Off item is never chosen.
func (p *filterPicker) selected() (pickItem, bool) {
	if p.chosen < 0 || p.chosen >= len(p.shown) || p.shown[p.chosen].Off {
		return pickItem{}, false
	}
	return p.shown[p.chosen], true
}

// choiceField is a form field choosing one of many (a hundred units): it
// shows the choice, and a tap opens a filterPicker under it; a click or
// Enter on a line chooses it and closes the picker.
type choiceField struct {
	widget.Button
	env    *Env
	items  []pickItem
	id     int64  // the choice, 0 for none
	none   string // how no choice reads: （请选择） or （无）
	popup  *widget.PopUp
	picker *filterPicker // the picker last opened
	// onChange, when set, is told the id the secretary picks (a list's
	// filter reloads on it).
	onChange func(id int64)
}

func newChoiceField(env *Env, items []pickItem, id int64, none string) *choiceField {
	c := &choiceField{env: env, items: items, none: none}
	c.ExtendBaseWidget(c)
	c.Alignment = widget.ButtonAlignLeading
	c.OnTapped = c.open
	c.choose(id)
	return c
}

// choose shows item id (0 or an unknown id: none) as the choice.
func (c *choiceField) choose(id int64) {
	c.id = 0
	c.SetText(c.none)
	for _, it := range c.items {
		if it.ID == id && id != 0 {
			c.id = id
			c.SetText(it.Label)
		}
	}
}

func (c *choiceField) open() {
	c.picker = newFilterPicker(c.env, c.items, lang.L("picker.search"), 8)
	c.picker.onPick = func(it pickItem) {
		c.choose(it.ID)
		c.popup.Hide()
		if c.onChange != nil {
			c.onChange(c.id)
		}
	}
	c.picker.search.onEscape = func() { c.popup.Hide() }
	c.popup = widget.NewPopUp(c.picker.view, c.env.Window.Canvas())
	showBelow(c.popup, c)
	c.env.Window.Canvas().Focus(c.picker.search)
}

// unitChoices are the units as a choiceField offers them, found also by
// their short names and kinds.
func unitChoices(units []data.Unit) []pickItem {
	items := make([]pickItem, len(units))
	for i, u := range units {
		items[i] = pickItem{ID: u.ID, Label: u.Name, Keys: u.ShortName + " " + kindLabel(u.Kind)}
	}
	return items
}
