package screens

import (
	"context"
	"fmt"
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// recordList is the list half of a roster screen: search-as-you-type over
// records held in memory (a roster is hundreds of rows), a virtual list of
// the matches, and 新建 / 编辑 / 删除 buttons. The screen supplies what is
// specific to its records.
type recordList[T any] struct {
	env      *Env
	all      []T
	shown    []T
	selected int
	columns  int
	cells    func(T) []string               // one string per column
	match    func(T, string) bool           // does the record match the query
	name     func(T) string                 // how a confirmation names the record
	onNew    func()                         // opens an empty form
	onEdit   func(T)                        // opens the form on a record; nil: no 编辑
	remove   func(context.Context, T) error // deletes a record; nil: a register kept whole, no 删除
	reload   func()                         // reads the records again after a delete
	unit     string                         // counting word: 人, 个单位 …
	extra    []fyne.CanvasObject            // more buttons for the bar, e.g. 导入
	lead     []fyne.CanvasObject            // filters before the search field, e.g. 来文单位
	// changed is told when the chosen row changes (an actionGuard's update);
	// empty is shown in place of the rows while there are no records.
	changed func()
	empty   fyne.CanvasObject
	// narrowed, when set, tells that the screen's own filters (a status, a
	// unit) narrow the records: an empty result is then no empty register,
	// and the empty offer stays hidden.
	narrowed func() bool

	// onOpen is what 打开, a double-click and Enter do with a record;
	// onEdit when nil.
	onOpen func(T)
	// id names a record, so that a saved one is selected again (selectID).
	id func(T) int64
	// anchor marks the first record of "now" (today's meeting, the next
	// one): a load scrolls it to the top, the past above and the coming
	// below. Nil leaves the list at its top.
	anchor func(T) bool
	// weights are the columns' relative widths (equal when nil).
	weights []float32
	// more, when set, makes the list the head of a larger set of total
	// records (setPage): 显示更多 under the rows asks for the next page
	// (all false); a search, which looks at every record, and a saved
	// record beyond the head ask for the whole set (all true). A decade's
	// list reads what its window shows, not the years.
	more    func(all bool)
	total   int
	wantAll bool // the whole set is asked for and not yet here
	moreBtn *widget.Button
	// late marks a row past its day in red (nil: none is).
	late func(T) bool

	search    *keyEntry
	list      *openList
	count     *widget.Label
	detail    *widget.Label // the selected row in full: a cut cell is read here
	edit      *widget.Button
	del       *widget.Button
	needsRow  []*widget.Button // enabled only while a row is selected
	pendingID int64            // select this record when the records next arrive
	rowHeight float32
	view      fyne.CanvasObject
}

func (r *recordList[T]) build(placeholder string, headers []string) fyne.CanvasObject {
	r.selected = -1
	r.search = newKeyEntry(r.env)
	r.search.SetPlaceHolder(placeholder)
	r.search.OnChanged = func(string) { r.filter() }
	r.search.OnSubmitted = func(string) { r.openFromSearch() }
	r.count = widget.NewLabel("")
	r.detail = widget.NewLabel(lang.L("list.detail.hint"))
	r.detail.Wrapping = fyne.TextWrapWord
	r.detail.Importance = widget.LowImportance
	r.list = newOpenList(
		func() int { return len(r.shown) },
		func() fyne.CanvasObject {
			row := make([]fyne.CanvasObject, r.columns)
			for i := range row {
				l := widget.NewLabel("")
				l.Truncation = fyne.TextTruncateEllipsis
				row[i] = l
			}
			return newListRow(r.list, container.New(columns{r.weights}, row...), r.list.Select)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*listRow)
			row.id = id
			cells := r.cells(r.shown[id])
			mark := widget.MediumImportance
			if r.late != nil && r.late(r.shown[id]) {
				mark = widget.DangerImportance
			}
			for i, c := range row.content.(*fyne.Container).Objects {
				l := c.(*widget.Label)
				l.Importance = mark
				l.SetText(cells[i])
			}
		})
	r.list.onOpen = r.openSelected
	r.list.move = r.move
	r.list.OnSelected = func(id widget.ListItemID) { r.selected = id; r.showSelected(); r.tell() }
	r.list.OnUnselected = func(widget.ListItemID) { r.selected = -1; r.showSelected(); r.tell() }
	newBtn := widget.NewButtonWithIcon(lang.L("action.new"), theme.ContentAddIcon(), r.onNew)
	newBtn.Importance = widget.HighImportance
	buttons := []fyne.CanvasObject{r.count, newBtn}
	if r.onEdit != nil { // nil: a register whose records change only by their steps
		r.edit = r.rowButton(lang.L("action.edit"), theme.DocumentCreateIcon(), r.onEdit)
		buttons = append(buttons, r.edit)
	}
	if r.remove != nil {
		r.del = widget.NewButtonWithIcon(lang.L("action.delete"), theme.DeleteIcon(), r.confirmDelete)
		r.needsRow = append(r.needsRow, r.del)
		buttons = append(buttons, r.del)
	}
	r.showSelected()
	head := make([]fyne.CanvasObject, len(headers))
	for i, h := range headers {
		l := widget.NewLabelWithStyle(h, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		l.Truncation = fyne.TextTruncateEllipsis
		head[i] = l
	}
	buttons = append(buttons, r.extra...)
	var lead fyne.CanvasObject
	if len(r.lead) > 0 {
		lead = container.NewHBox(r.lead...)
	}
	bar := container.NewBorder(nil, nil, lead, container.NewHBox(buttons...), r.search)
	top := container.NewVBox(bar, container.New(columns{r.weights}, head...), widget.NewSeparator())
	bottom := container.NewVBox(widget.NewSeparator(), r.detail)
	if r.more != nil {
		r.moreBtn = widget.NewButtonWithIcon(lang.L("list.more"), theme.MoreVerticalIcon(), func() { r.more(false) })
		r.moreBtn.Hide()
		bottom = container.NewVBox(r.moreBtn, widget.NewSeparator(), r.detail)
	}
	var rows fyne.CanvasObject = r.list
	if r.empty != nil {
		r.empty.Hide()
		rows = container.NewStack(r.list, r.empty)
	}
	r.view = container.NewBorder(top, bottom, nil, nil, rows)
	return r.view
}

// tell passes a change of the chosen row to the screen's guard.
func (r *recordList[T]) tell() {
	if r.changed != nil {
		r.changed()
	}
}

// rowButton is a button that acts on the selected record and is disabled
// while none is (so 打开 never silently does nothing).
func (r *recordList[T]) rowButton(label string, icon fyne.Resource, act func(T)) *widget.Button {
	b := widget.NewButtonWithIcon(label, icon, func() {
		if t, ok := r.current(); ok {
			act(t)
		}
	})
	r.needsRow = append(r.needsRow, b)
	if r.list != nil {
		r.showSelected()
	}
	return b
}

// showSelected enables the row buttons and writes the detail line for the
// selection.
func (r *recordList[T]) showSelected() {
	t, ok := r.current()
	for _, b := range r.needsRow {
		if ok {
			b.Enable()
		} else {
			b.Disable()
		}
	}
	if !ok {
		r.detail.SetText(lang.L("list.detail.hint"))
		return
	}
	var parts []string
	for _, c := range r.cells(t) {
		if c = strings.TrimSpace(c); c != "" {
			parts = append(parts, c)
		}
	}
	r.detail.SetText(strings.Join(parts, "　"))
}

// open is what a double-click, Enter and 打开 do.
func (r *recordList[T]) open(t T) {
	if r.onOpen != nil {
		r.onOpen(t)
		return
	}
	r.onEdit(t)
}

func (r *recordList[T]) openSelected() {
	if t, ok := r.current(); ok {
		r.open(t)
	}
}

// openFromSearch is Enter in the search field: the selected row, or the
// only one left by the search.
func (r *recordList[T]) openFromSearch() {
	if _, ok := r.current(); !ok && len(r.shown) == 1 {
		r.list.Select(0)
	}
	r.openSelected()
}

// move selects the row delta away from the selection (the first row when
// none is selected).
func (r *recordList[T]) move(delta int) {
	if len(r.shown) == 0 {
		return
	}
	i := r.selected + delta
	if r.selected < 0 {
		i = 0
	}
	r.list.Select(min(max(i, 0), len(r.shown)-1))
}

// setPage replaces the records with the head of a set of total records
// (a list with more).
func (r *recordList[T]) setPage(head []T, total int) {
	r.total, r.wantAll = total, false
	r.setRecords(head)
}

// partial tells whether the list holds only the head of its set.
func (r *recordList[T]) partial() bool { return r.more != nil && r.total > len(r.all) }

// askAll asks for the whole set once until it arrives.
func (r *recordList[T]) askAll() {
	if !r.wantAll {
		r.wantAll = true
		r.more(true)
	}
}

// setRecords replaces the records (after a load or a save) and re-filters;
// then selects the record a save asked for, or scrolls to the anchor.
func (r *recordList[T]) setRecords(all []T) {
	r.all = all
	r.filter()
	if r.pendingID != 0 && r.id != nil {
		id := r.pendingID
		r.pendingID = 0
		i := r.indexOf(id)
		if i < 0 && r.partial() {
			r.pendingID = id // beyond the head: it comes with the whole set
			r.askAll()
			return
		}
		if i < 0 && r.search.Text != "" {
			r.search.SetText("") // a search that hides the saved record gives way
			i = r.indexOf(id)
		}
		if i >= 0 {
			r.list.Select(i) // scrolls it into view
			return
		}
	}
	r.scrollToAnchor()
}

// selectID asks for record id to be selected when the records next arrive
// (call it before the reload that follows a save).
func (r *recordList[T]) selectID(id int64) { r.pendingID = id }

func (r *recordList[T]) indexOf(id int64) int {
	for i, t := range r.shown {
		if r.id(t) == id {
			return i
		}
	}
	return -1
}

// scrollToAnchor puts the first anchor record at the top of the list.
func (r *recordList[T]) scrollToAnchor() {
	if r.anchor == nil {
		return
	}
	for i, t := range r.shown {
		if r.anchor(t) {
			if r.rowHeight == 0 {
				r.rowHeight = r.list.CreateItem().MinSize().Height
			}
			r.list.ScrollToOffset(float32(i) * (r.rowHeight + theme.Padding()))
			return
		}
	}
	r.list.ScrollToOffset(math.MaxFloat32) // all in the past: the latest is nearest now (nil-safe, unlike ScrollToBottom)
}

func (r *recordList[T]) filter() {
	q := strings.TrimSpace(r.search.Text)
	if q != "" && r.partial() {
		r.askAll() // a search finds in every record, as before paging
	}
	r.shown = r.shown[:0]
	for _, t := range r.all {
		if q == "" || r.match(t, q) {
			r.shown = append(r.shown, t)
		}
	}
	r.list.UnselectAll()
	r.list.Refresh()
	if r.empty != nil {
		if len(r.all) > 0 || (r.narrowed != nil && r.narrowed()) {
			r.empty.Hide()
		} else {
			r.empty.Show()
		}
	}
	r.tell()
	switch {
	case r.partial():
		r.count.SetText(fmt.Sprintf(lang.L("list.count.partial"), r.total, r.unit, len(r.all)))
	case q == "":
		r.count.SetText(fmt.Sprintf(lang.L("list.count"), len(r.all), r.unit))
	default:
		r.count.SetText(fmt.Sprintf(lang.L("list.count.filtered"), len(r.shown), len(r.all), r.unit))
	}
	if r.moreBtn != nil {
		if r.partial() && q == "" {
			r.moreBtn.Show()
		} else {
			r.moreBtn.Hide()
		}
	}
}

func (r *recordList[T]) current() (T, bool) {
	var zero T
	if r.selected < 0 || r.selected >= len(r.shown) {
		return zero, false
	}
	return r.shown[r.selected], true
}

func (r *recordList[T]) confirmDelete() {
	t, ok := r.current()
	if !ok {
		return
	}
	dialog.ShowConfirm(lang.L("action.delete"), fmt.Sprintf(lang.L("confirm.delete"), r.name(t)), func(yes bool) {
		if yes {
			r.delete(t, func(err error) {
				if err != nil {
					showError(r.env, err)
				}
			})
		}
	}, r.env.Window)
}

// delete removes t off the UI goroutine, calls done with the outcome and
// reads the records again (a refused delete may still mean the list is stale).
func (r *recordList[T]) delete(t T, done func(error)) {
	act(r.env, func(ctx context.Context) error { return r.remove(ctx, t) }, func(err error) {
		done(err)
		r.reload()
	})
}

// FocusSearch puts the cursor in the search field (Ctrl+F).
func (r *recordList[T]) FocusSearch() { r.env.Window.Canvas().Focus(r.search) }

// containsFold reports whether any field contains q, ignoring Latin case.
func containsFold(q string, fields ...string) bool {
	q = strings.ToLower(q)
	for _, f := range fields {
		if strings.Contains(strings.ToLower(f), q) {
			return true
		}
	}
	return false
}
