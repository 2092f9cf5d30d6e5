package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
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
	Retry         func() error           // try to open the same folder again
	ChooseFolder  func(dir string) error // open another data folder instead
	Quit          func()
	Async         func(work func(), done func())
	// Unchanged is set only when the app compared the file before and after
	// the failed open (its identity, size and modification time; hashing the
	// whole file on every start cost more than the open) and found it the
	// same: the note says the program has not changed the file only then.
	Unchanged bool
}

// recoveryNote is what the secretary can do, by what went wrong.
func recoveryNote(problem error) string {
	switch data.ErrorCode(problem) {
	case data.EDamaged, data.ENotHuiwu:
		return lang.L("recovery.note")
	case data.ELocked:
		return lang.L("recovery.note.locked")
	case data.ETooNew:
		return lang.L("recovery.note.too_new")
	case data.EReadOnly:
		return lang.L("recovery.note.read_only")
	}
	return lang.L("recovery.note.other")
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
			// plain copies of earlier versions, compressed ones of this
			chooseOpen(r.Window, []string{".hwb", ".db", ".zst"}, func(path string) {
				run(func() error { return r.RestoreFile(path) })
			})
		}))
	}
	if r.Retry != nil {
		buttons = append(buttons, widget.NewButtonWithIcon(lang.L("recovery.retry"), theme.ViewRefreshIcon(), func() { run(r.Retry) }))
	}
	if r.ChooseFolder != nil {
		buttons = append(buttons, widget.NewButtonWithIcon(lang.L("recovery.folder"), theme.FolderIcon(), func() {
			chooseFolder(r.Window, func(dir string) {
				run(func() error { return r.ChooseFolder(dir) })
			})
		}))
	}
	buttons = append(buttons, widget.NewButton(lang.L("action.quit"), r.Quit))
	text := recoveryNote(r.Problem)
	if r.Unchanged {
		text = lang.L("recovery.unchanged") + text
	}
	note := widget.NewLabel(text)
	note.Wrapping = fyne.TextWrapWord
	box := container.NewVBox(title, msg, note, container.NewHBox(buttons...), status)
	return container.NewPadded(box)
}
