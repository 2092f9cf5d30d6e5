package screens

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// fileChooser is the program's own 打开 and 保存 dialog. Fyne's file
// dialog hard-codes its places (Home, Computer, Documents …) and its title
// in English; a secretary's program speaks Chinese throughout. It lists the
// folders of one place, and in 打开 the files of the wanted kinds, and
// hands back a path: nothing is created or opened until the caller writes
// or reads it.
type fileChooser struct {
	win     fyne.Window
	save    bool
	folder  bool     // 选择文件夹: the folder shown is the answer
	exts    []string // the kinds 打开 lists (".xlsx"); empty lists every file
	dir     string
	entries []os.DirEntry
	picked  string // the file chosen in 打开
	list    *widget.List
	where   *widget.Label
	name    *widget.Entry // the file name, in 保存
	ok      *widget.Button
	dlg     *dialog.CustomDialog
	done    func(path string)
}

// lastDir is the folder the last chooser ended in: the next opens there.
var lastDir struct {
	sync.Mutex
	path string
}

// chooseSave asks where to save a file named name; done gets the path.
// An existing file is replaced only once the secretary confirms.
func chooseSave(win fyne.Window, name string, done func(path string)) *fileChooser {
	c := newFileChooser(win, true, nil, done)
	c.name.SetText(name)
	c.show(lang.L("file.save.title"))
	return c
}

// chooseFolder asks for a folder; done gets its path.
func chooseFolder(win fyne.Window, done func(path string)) *fileChooser {
	c := newFileChooser(win, false, nil, done)
	c.folder = true
	c.ok.SetText(lang.L("file.folder.choose"))
	c.ok.Enable()
	c.enter(c.dir)
	c.show(lang.L("file.folder.title"))
	return c
}

// chooseOpen asks for a file of one of the kinds exts; done gets its path.
func chooseOpen(win fyne.Window, exts []string, done func(path string)) *fileChooser {
	c := newFileChooser(win, false, exts, done)
	c.show(lang.L("file.open.title"))
	return c
}

func newFileChooser(win fyne.Window, save bool, exts []string, done func(string)) *fileChooser {
	c := &fileChooser{win: win, save: save, exts: exts, done: done, where: widget.NewLabel(""), name: widget.NewEntry()}
	c.where.Truncation = fyne.TextTruncateEllipsis
	c.list = widget.NewList(func() int { return len(c.entries) },
		func() fyne.CanvasObject {
			return container.NewHBox(widget.NewIcon(theme.FolderIcon()), widget.NewLabel("template"))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			e := c.entries[i]
			icon := theme.FileIcon()
			if e.IsDir() {
				icon = theme.FolderIcon()
			}
			row.Objects[0].(*widget.Icon).SetResource(icon)
			row.Objects[1].(*widget.Label).SetText(e.Name())
		})
	c.list.OnSelected = func(i widget.ListItemID) { c.selected(i) }
	c.name.OnSubmitted = func(string) { c.confirm() }
	c.ok = widget.NewButton(lang.L("Save"), c.confirm)
	if !save {
		c.ok.SetText(lang.L("Open"))
		c.ok.Disable()
	}
	c.ok.Importance = widget.HighImportance
	lastDir.Lock()
	start := lastDir.path
	lastDir.Unlock()
	if start == "" {
		start, _ = os.UserHomeDir()
	}
	c.enter(start)
	return c
}

// places are the folders a secretary saves to most: home, desktop,
// documents and downloads (where they exist), with their Chinese names.
func (c *fileChooser) places() fyne.CanvasObject {
	home, _ := os.UserHomeDir()
	box := container.NewHBox(widget.NewButtonWithIcon(lang.L("file.up"), theme.NavigateBackIcon(), func() { c.enter(filepath.Dir(c.dir)) }))
	for _, p := range []struct{ key, dir string }{
		{"file.home", home},
		{"file.desktop", filepath.Join(home, "Desktop")},
		{"file.documents", filepath.Join(home, "Documents")},
		{"file.downloads", filepath.Join(home, "Downloads")},
	} {
		if fi, err := os.Stat(p.dir); err == nil && fi.IsDir() {
			dir := p.dir
			box.Add(widget.NewButtonWithIcon(lang.L(p.key), theme.FolderIcon(), func() { c.enter(dir) }))
		}
	}
	return box
}

// enter lists dir: its folders first, then (in 打开) its files of the
// wanted kinds, each by name; hidden ones are left out.
func (c *fileChooser) enter(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		if c.dlg != nil {
			dialog.ShowError(err, c.win)
		}
		if c.dir != "" {
			return
		}
		entries = nil // a start folder that cannot be read lists nothing
	}
	c.dir, c.picked = dir, ""
	c.entries = c.entries[:0]
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if e.IsDir() || (!c.save && !c.folder && c.wanted(e.Name())) {
			c.entries = append(c.entries, e)
		}
	}
	slices.SortStableFunc(c.entries, func(a, b os.DirEntry) int {
		if a.IsDir() != b.IsDir() {
			if a.IsDir() {
				return -1
			}
			return 1
		}
		return strings.Compare(a.Name(), b.Name())
	})
	c.where.SetText(dir)
	c.list.UnselectAll()
	c.list.Refresh()
	if !c.save && !c.folder {
		c.ok.Disable()
	}
}

func (c *fileChooser) wanted(name string) bool {
	if len(c.exts) == 0 {
		return true
	}
	return slices.Contains(c.exts, strings.ToLower(filepath.Ext(name)))
}

// selected enters a folder, or picks a file (打开).
func (c *fileChooser) selected(i widget.ListItemID) {
	e := c.entries[i]
	if e.IsDir() {
		c.enter(filepath.Join(c.dir, e.Name()))
		return
	}
	c.picked = filepath.Join(c.dir, e.Name())
	c.ok.Enable()
}

func (c *fileChooser) show(title string) {
	var bottom fyne.CanvasObject = c.where
	if c.save {
		bottom = container.NewBorder(nil, nil, widget.NewLabel(lang.L("file.name.label")), nil, c.name)
	}
	body := container.NewBorder(container.NewVBox(c.places(), c.where), bottom, nil, nil, c.list)
	cancel := widget.NewButton(lang.L("action.cancel"), func() { c.dlg.Hide() })
	c.dlg = dialog.NewCustomWithoutButtons(title, body, c.win)
	c.dlg.SetButtons([]fyne.CanvasObject{cancel, c.ok})
	// Fits a 1024×768 screen with room for the window's own frame.
	c.dlg.Resize(fyne.NewSize(680, 480))
	c.dlg.Show()
}

// confirm hands back the chosen path; in 保存 a name is required and an
// existing file is replaced only when the secretary says so.
func (c *fileChooser) confirm() {
	if c.folder {
		c.finish(c.dir, c.dir)
		return
	}
	if !c.save {
		if c.picked != "" {
			c.finish(c.picked, c.dir)
		}
		return
	}
	name := strings.TrimSpace(c.name.Text)
	if name == "" || strings.ContainsAny(name, `/\:*?"<>|`) {
		dialog.ShowInformation(lang.L("file.name.label"), lang.L("file.name.bad"), c.win)
		return
	}
	path := filepath.Join(c.dir, name)
	if _, err := os.Stat(path); err == nil {
		dialog.ShowConfirm(lang.L("file.replace.title"), name+lang.L("file.replace"), func(ok bool) {
			if ok {
				c.finish(path, c.dir)
			}
		}, c.win)
		return
	}
	c.finish(path, c.dir)
}

// finish hands path back; the next chooser opens in dir.
func (c *fileChooser) finish(path, dir string) {
	lastDir.Lock()
	lastDir.path = dir
	lastDir.Unlock()
	c.dlg.Hide()
	c.done(path)
}
