package screens

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// openSigns lists every countersign still awaiting a reply, the units past
// their deadline first (四十八), each with its document; choosing one opens
// the document.
func (s *documentsScreen) openSigns() {
	load(s.env, s.env.Documents.Countersigns, func(all []data.Countersign) {
		titles := map[int64]string{}
		for _, d := range s.list.all {
			titles[d.ID] = d.Title
		}
		open := pendingSigns(all)
		var d *dialog.CustomDialog
		rows := container.NewVBox()
		if len(open) == 0 {
			rows.Add(widget.NewLabel(lang.L("signs.none")))
		}
		for _, c := range open {
			state := lang.L("countersign.waiting")
			if c.Overdue {
				state = lang.L("countersign.overdue")
			}
			due := dateText(c.Deadline())
			if c.DueUnverified && c.ExtendedTo.IsZero() {
				due += " ⚠"
			}
			b := widget.NewButton(fmt.Sprintf(lang.L("signs.row"), c.UnitName, due, state, titles[c.DocID]), func() {
				d.Hide()
				s.open(c.DocID)
			})
			b.Alignment = widget.ButtonAlignLeading
			if c.Overdue {
				b.Importance = widget.DangerImportance
			}
			rows.Add(b)
		}
		d = dialog.NewCustom(lang.L("signs.title"), lang.L("action.close"), container.NewVScroll(rows), s.env.Window)
		s.signsDlg = d
		d.Resize(fyne.NewSize(900, 520))
		d.Show()
	})
}

// pendingSigns are the countersigns awaiting a reply: those past their
// deadline first, then by deadline.
func pendingSigns(all []data.Countersign) []data.Countersign {
	var open []data.Countersign
	for _, c := range all {
		if c.Reply == data.ReplyNone {
			open = append(open, c)
		}
	}
	slices.SortStableFunc(open, func(a, b data.Countersign) int {
		if a.Overdue != b.Overdue {
			if a.Overdue {
				return -1
			}
			return 1
		}
		return a.Deadline().Compare(b.Deadline())
	})
	return open
}

// closeSigns hides the 会签情况 dialog if it is open.
func (s *documentsScreen) closeSigns() {
	if s.signsDlg != nil {
		s.signsDlg.Hide()
		s.signsDlg = nil
	}
}
