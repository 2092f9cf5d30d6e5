package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// Recovery is what the recovery screen can do when the data cannot be
// opened. The app fills in the actions; a nil action is not offered.
type Recovery struct {
	Window        fyne.Window
	Problem       error
	OpenReadOnly  func() error           // open the file without writing to it
	RestoreLatest func() (string, error) // restore the newest good backup; returns its path
	RestoreFile   func(path string) error
	Quit          func()
	Async         func(work func(), done func())
}

// RecoveryView is the whole window when the data cannot be opened: what is
// wrong in plain Chinese, and the ways out — never a write to the damaged
// file, never a crash.
func RecoveryView(r Recovery) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(lang.L("open.failed"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameSubHeadingText
	msg := widget.NewLabel(data.ErrorMessage(r.Problem))
	msg.Wrapping = fyne.TextWrapWord
	status := widget.NewLabel("")
	status.Wrapping = fyne.TextWrapWord
	status.Importance = widget.DangerImportance
	run := func(work func() error) {
		var err error
		r.Async(func() { err = work() }, func() {
			if err != nil {
				status.SetText(data.ErrorMessage(err))
			}
		})
	}
	var buttons []fyne.CanvasObject
	if r.OpenReadOnly != nil {
		buttons = append(buttons, widget.NewButtonWithIcon(lang.L("recovery.readonly"), theme.VisibilityIcon(), func() { run(r.OpenReadOnly) }))
	}
	if r.RestoreLatest != nil {
		b := widget.NewButtonWithIcon(lang.L("recovery.latest"), theme.HistoryIcon(), func() {
			run(func() error { _, err := r.RestoreLatest(); return err })
		})
		b.Importance = widget.HighImportance
		buttons = append(buttons, b)
	}
	if r.RestoreFile != nil {
		buttons = append(buttons, widget.NewButtonWithIcon(lang.L("recovery.pick"), theme.FolderOpenIcon(), func() {
			d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
				if err != nil || rc == nil {
					return
				}
				path := rc.URI().Path()
				rc.Close()
				run(func() error { return r.RestoreFile(path) })
			}, r.Window)
			d.SetFilter(storage.NewExtensionFileFilter([]string{".db", ".zst"})) // plain copies of earlier versions, compressed ones of this
			d.Show()
		}))
	}
	buttons = append(buttons, widget.NewButton(lang.L("action.quit"), r.Quit))
	note := widget.NewLabel(lang.L("recovery.note"))
	note.Wrapping = fyne.TextWrapWord
	box := container.NewVBox(title, msg, note, container.NewHBox(buttons...), status)
	return container.NewPadded(box)
}
