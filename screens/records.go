package screens

import (
	"context"
	"fmt"
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
	onEdit   func(T)                        // opens the form on a record
	remove   func(context.Context, T) error // deletes a record
	reload   func()                         // reads the records again after a delete
	unit     string                         // counting word: 人, 个单位 …
	extra    []fyne.CanvasObject            // more buttons for the bar, e.g. 导入
	// changed is told when the chosen row changes (an actionGuard's update);
	// empty is shown in place of the rows while there are no records.
	changed func()
	empty   fyne.CanvasObject

	search *keyEntry
	list   *widget.List
	count  *widget.Label
	edit   *widget.Button
	del    *widget.Button
	view   fyne.CanvasObject
}

func (r *recordList[T]) build(placeholder string, headers []string) fyne.CanvasObject {
	r.selected = -1
	r.search = newKeyEntry(r.env)
	r.search.SetPlaceHolder(placeholder)
	r.search.OnChanged = func(string) { r.filter() }
	r.count = widget.NewLabel("")
	r.list = widget.NewList(
		func() int { return len(r.shown) },
		func() fyne.CanvasObject {
			row := make([]fyne.CanvasObject, r.columns)
			for i := range row {
				l := widget.NewLabel("")
				l.Truncation = fyne.TextTruncateEllipsis
				row[i] = l
			}
			return container.NewGridWithColumns(r.columns, row...)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			cells := r.cells(r.shown[id])
			for i, c := range o.(*fyne.Container).Objects {
				c.(*widget.Label).SetText(cells[i])
			}
		})
	r.list.OnSelected = func(id widget.ListItemID) { r.selected = id; r.edit.Enable(); r.del.Enable(); r.tell() }
	r.list.OnUnselected = func(widget.ListItemID) { r.selected = -1; r.edit.Disable(); r.del.Disable(); r.tell() }
	newBtn := widget.NewButtonWithIcon(lang.L("action.new"), theme.ContentAddIcon(), r.onNew)
	newBtn.Importance = widget.HighImportance
	r.edit = widget.NewButtonWithIcon(lang.L("action.edit"), theme.DocumentCreateIcon(), func() {
		if t, ok := r.current(); ok {
			r.onEdit(t)
		}
	})
	r.del = widget.NewButtonWithIcon(lang.L("action.delete"), theme.DeleteIcon(), r.confirmDelete)
	r.edit.Disable()
	r.del.Disable()
	head := make([]fyne.CanvasObject, len(headers))
	for i, h := range headers {
		head[i] = widget.NewLabelWithStyle(h, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	buttons := append([]fyne.CanvasObject{r.count, newBtn, r.edit, r.del}, r.extra...)
	bar := container.NewBorder(nil, nil, nil, container.NewHBox(buttons...), r.search)
	top := container.NewVBox(bar, container.NewGridWithColumns(len(headers), head...), widget.NewSeparator())
	var rows fyne.CanvasObject = r.list
	if r.empty != nil {
		r.empty.Hide()
		rows = container.NewStack(r.list, r.empty)
	}
	r.view = container.NewBorder(top, nil, nil, nil, rows)
	return r.view
}

func (r *recordList[T]) tell() {
	if r.changed != nil {
		r.changed()
	}
}

// setRecords replaces the records (after a load or a save) and re-filters.
func (r *recordList[T]) setRecords(all []T) {
	r.all = all
	r.filter()
}

func (r *recordList[T]) filter() {
	q := strings.TrimSpace(r.search.Text)
	r.shown = r.shown[:0]
	for _, t := range r.all {
		if q == "" || r.match(t, q) {
			r.shown = append(r.shown, t)
		}
	}
	r.list.UnselectAll()
	r.list.Refresh()
	if r.empty != nil {
		if len(r.all) > 0 {
			r.empty.Hide()
		} else {
			r.empty.Show()
		}
	}
	r.tell()
	if q == "" {
		r.count.SetText(fmt.Sprintf(lang.L("list.count"), len(r.all), r.unit))
	} else {
		r.count.SetText(fmt.Sprintf(lang.L("list.count.filtered"), len(r.shown), len(r.all), r.unit))
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
