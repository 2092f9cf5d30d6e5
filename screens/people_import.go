package screens

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
	"huiwu/export/xlsximport"
)

// importButton starts a roster import from an .xlsx the office keeps.
func (s *peopleScreen) importButton() *widget.Button {
	return widget.NewButtonWithIcon(lang.L("import.button"), theme.UploadIcon(), s.chooseImport)
}

// chooseImport asks for the roster's workbook, then reads it.
func (s *peopleScreen) chooseImport() { chooseOpen(s.env.Window, []string{".xlsx"}, s.readImport) }

// readImport reads the sheet off the UI goroutine, then previews it.
func (s *peopleScreen) readImport(path string) {
	name := filepath.Base(path)
	var res xlsximport.Result
	var err error
	s.env.Async(func() {
		f, ferr := os.Open(path)
		if ferr != nil {
			err = data.Wrap(data.EInvalid, ferr, "无法打开「%s」：%v", name, ferr)
			return
		}
		defer f.Close()
		res, err = xlsximport.ReadRoster(f, xlsximport.DefaultLimits)
	}, func() {
		if err != nil {
			showError(s.env, err)
			return
		}
		s.previewImport(name, res)
	})
}

// previewImport shows what the sheet holds and every problem with its row;
// the import runs only when there is none, and the problems can be saved
// as a list to fix the sheet by.
func (s *peopleScreen) previewImport(name string, res xlsximport.Result) *dialog.CustomDialog {
	problems := make([]string, len(res.Problems))
	for i, p := range res.Problems {
		problems[i] = p.String()
	}
	summary := widget.NewLabel(fmt.Sprintf(lang.L("import.summary"), name, res.Sheet, len(res.Rows), len(res.Problems)))
	summary.Wrapping = fyne.TextWrapWord
	list := widget.NewList(func() int { return len(problems) }, func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(problems[i]) })
	var d *dialog.CustomDialog
	run := widget.NewButton(fmt.Sprintf(lang.L("import.run"), len(res.Rows)), func() {
		rows := make([]data.ImportRow, len(res.Rows))
		for i, r := range res.Rows {
			rows[i] = data.ImportRow{Line: r.Line, BatchPerson: r.Person}
		}
		var n int
		act(s.env, func(ctx context.Context) error {
			var err error
			n, err = s.env.Roster.ImportPeople(ctx, rows)
			return err
		}, func(err error) {
			if err != nil {
				showError(s.env, err)
				return
			}
			d.Hide()
			dialog.ShowInformation(lang.L("import.button"), fmt.Sprintf(lang.L("import.done"), n), s.env.Window)
			s.reload()
		})
	})
	run.Importance = widget.HighImportance
	if len(res.Problems) > 0 || len(res.Rows) == 0 {
		run.Disable()
	}
	save := widget.NewButton(lang.L("import.save"), func() { s.saveProblems(problems) })
	if len(problems) == 0 {
		save.Disable()
	}
	cancel := widget.NewButton(lang.L("action.cancel"), func() { d.Hide() })
	content := container.NewBorder(summary, nil, nil, nil, list)
	d = dialog.NewCustomWithoutButtons(lang.L("import.title"), content, s.env.Window)
	d.SetButtons([]fyne.CanvasObject{cancel, save, run})
	d.Resize(fyne.NewSize(760, 480))
	d.Show()
	return d
}

// saveProblems writes the problem list to a text file the user picks.
func (s *peopleScreen) saveProblems(problems []string) {
	saveAs(s.env, "名册导入问题清单.txt", func(_ context.Context, w io.Writer) error {
		_, err := io.WriteString(w, strings.Join(problems, "\r\n")+"\r\n")
		return err
	})
}
