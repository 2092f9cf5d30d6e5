package screens

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// backupScreen is 备份与恢复: the backups with their counts and audit heads,
// a backup now, a check of one, and a restore that checks first and keeps
// the replaced file.
type backupScreen struct {
	env      *Env
	backups  []data.BackupInfo
	selected int
	list     *widget.List
	status   *widget.Label
	total    *widget.Label // how many backups and the disk they take
	policy   []*keyEntry   // the retention policy's numbers
	verify   *widget.Button
	restore  *widget.Button
}

func newBackupScreen(env *Env) *backupScreen { return &backupScreen{env: env, selected: -1} }

func (s *backupScreen) build() fyne.CanvasObject {
	s.status = widget.NewLabel("")
	s.status.Wrapping = fyne.TextWrapWord
	s.total = widget.NewLabel("")
	s.list = widget.NewList(
		func() int { return len(s.backups) },
		func() fyne.CanvasObject {
			cells := make([]fyne.CanvasObject, 4)
			for i := range cells {
				l := widget.NewLabel("")
				l.Truncation = fyne.TextTruncateEllipsis
				cells[i] = l
			}
			return container.NewGridWithColumns(4, cells...)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			b := s.backups[id]
			row := o.(*fyne.Container).Objects
			row[0].(*widget.Label).SetText(b.Taken.Local().Format("2006-01-02 15:04:05"))
			row[1].(*widget.Label).SetText(lang.L("backup.label." + labelKey(b.Label)))
			size := fmt.Sprintf("%.1f MB", float64(b.Size)/(1<<20))
			if b.Shared {
				size = fmt.Sprintf(lang.L("backup.shared"), float64(b.Plain)/(1<<20), float64(b.Size)/(1<<20))
			}
			row[2].(*widget.Label).SetText(size + " · " + countsText(b.Counts))
			row[3].(*widget.Label).SetText(b.Head.String())
		})
	s.list.OnSelected = func(id widget.ListItemID) { s.selected = id; s.verify.Enable(); s.restore.Enable() }
	now := widget.NewButtonWithIcon(lang.L("backup.now"), theme.DocumentSaveIcon(), s.backupNow)
	now.Importance = widget.HighImportance
	s.verify = widget.NewButtonWithIcon(lang.L("backup.verify"), theme.ConfirmIcon(), s.verifySelected)
	s.restore = widget.NewButtonWithIcon(lang.L("backup.restore"), theme.HistoryIcon(), s.confirmRestore)
	s.verify.Disable()
	s.restore.Disable()
	head := []fyne.CanvasObject{}
	for _, k := range []string{"backup.col.taken", "backup.col.label", "backup.col.size", "backup.col.head"} {
		head = append(head, widget.NewLabelWithStyle(lang.L(k), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	}
	note := widget.NewLabel(lang.L("backup.note"))
	note.Wrapping = fyne.TextWrapWord
	top := container.NewVBox(note, s.settingsRow(), container.NewHBox(now, s.verify, s.restore, s.total), s.status, container.NewGridWithColumns(4, head...), widget.NewSeparator())
	s.reload()
	return container.NewBorder(top, nil, nil, nil, s.list)
}

// retentionFields are the policy's numbers in the order of data.Retention.
var retentionFields = []string{"全部保留天数", "每日一份天数", "每周一份周数", "每月一份月数", "升级前副本保留月数"}

// settingsRow edits where backups go and the age policy that prunes the
// automatic ones.
func (s *backupScreen) settingsRow() fyne.CanvasObject {
	dir := newKeyEntry(s.env)
	keep := make([]*keyEntry, len(retentionFields))
	for i := range keep {
		keep[i] = newKeyEntry(s.env)
	}
	s.policy = keep
	load(s.env, func(ctx context.Context) ([]string, error) {
		d, k, err := s.env.Backup.BackupSettings(ctx)
		return append([]string{d}, strings.Split(k.String(), ",")...), err
	}, func(v []string) {
		dir.SetText(v[0])
		for i, e := range keep {
			e.SetText(v[i+1])
		}
	})
	save := widget.NewButton(lang.L("action.save"), func() {
		n := make([]int, len(keep))
		for i, e := range keep {
			var err error
			if n[i], err = strconv.Atoi(strings.TrimSpace(e.Text)); err != nil {
				n[i] = -1 // refused below with the field named
			}
		}
		policy := data.Retention{AllDays: n[0], DailyDays: n[1], WeeklyWeeks: n[2], MonthlyMonths: n[3], PreMigrateMonths: n[4]}
		act(s.env, func(ctx context.Context) error { return s.env.Backup.SetBackupSettings(ctx, dir.Text, policy) }, func(err error) {
			if err != nil {
				showError(s.env, err)
				return
			}
			s.status.SetText(lang.L("backup.settings.saved"))
			s.reload()
		})
	})
	dir.OnSubmitted = func(string) { save.OnTapped() }
	row := []fyne.CanvasObject{}
	for i, e := range keep {
		e.OnSubmitted = dir.OnSubmitted
		row = append(row, widget.NewLabel(lang.L("field."+retentionFields[i])), e)
	}
	return widget.NewForm(
		widget.NewFormItem(lang.L("field.备份文件夹"), container.NewBorder(nil, nil, nil, save, dir)),
		// Two numbers to a line: five in one pushed the window to 1664.
		widget.NewFormItem("", container.NewGridWithColumns(4, row...)),
	)
}

func (s *backupScreen) reload() {
	type listing struct {
		backups []data.BackupInfo
		disk    int64
	}
	read := func(ctx context.Context) (listing, error) {
		bs, err := s.env.Backup.Backups(ctx)
		if err != nil {
			return listing{}, err
		}
		disk, err := s.env.Backup.BackupDisk(ctx)
		return listing{bs, disk}, err
	}
	load(s.env, read, func(l listing) {
		bs := l.backups
		s.backups, s.selected = bs, -1
		var plain int64
		for _, b := range bs {
			plain += b.Plain
		}
		s.total.SetText(fmt.Sprintf(lang.L("backup.total"), len(bs), float64(l.disk)/(1<<20), float64(plain)/(1<<20)))
		s.list.UnselectAll()
		s.list.Refresh()
		s.verify.Disable()
		s.restore.Disable()
	})
}

func (s *backupScreen) backupNow() {
	var info data.BackupInfo
	var err error
	wait := dialog.NewCustomWithoutButtons(lang.L("backup.now"), widget.NewProgressBarInfinite(), s.env.Window)
	wait.Show()
	s.env.Async(func() { info, err = s.env.Backup.BackupNow(context.Background()) }, func() {
		wait.Hide()
		if err != nil {
			showError(s.env, err)
			return
		}
		s.status.SetText(fmt.Sprintf(lang.L("backup.done"), info.Path, info.Head))
		s.reload()
	})
}

func (s *backupScreen) verifySelected() {
	if s.selected < 0 {
		return
	}
	b := s.backups[s.selected]
	act(s.env, func(ctx context.Context) error { return s.env.Backup.VerifyBackup(ctx, b.Path) }, func(err error) {
		if err != nil {
			showError(s.env, err)
			return
		}
		s.status.SetText(fmt.Sprintf(lang.L("backup.verified"), b.Path))
	})
}

func (s *backupScreen) confirmRestore() {
	if s.selected < 0 {
		return
	}
	b := s.backups[s.selected]
	msg := fmt.Sprintf(lang.L("backup.restore.ask"), b.Taken.Local().Format("2006-01-02 15:04"), b.Head)
	dialog.ShowConfirm(lang.L("backup.restore"), msg, func(yes bool) {
		if !yes {
			return
		}
		wait := dialog.NewCustomWithoutButtons(lang.L("backup.restore"), widget.NewProgressBarInfinite(), s.env.Window)
		wait.Show()
		act(s.env, func(ctx context.Context) error { return s.env.Backup.Restore(ctx, b.Path) }, func(err error) {
			wait.Hide()
			if err != nil {
				showError(s.env, err)
				return
			}
			dialog.ShowInformation(lang.L("backup.restore"), lang.L("backup.restored"), s.env.Window)
			if s.env.Reload != nil {
				s.env.Reload()
			}
		})
	}, s.env.Window)
}

// labelKey maps a backup's label to its translation key; pre-migrate-vN
// labels share one.
func labelKey(l string) string {
	if strings.HasPrefix(l, "pre-migrate") {
		return "premigrate"
	}
	return l
}

// countedTables are the records a backup's summary names, in the office's
// order and words; the tables behind them (participants, versions, the
// audit log …) are not a secretary's business.
var countedTables = []string{"units", "people", "meetings", "topics", "minutes", "tasks", "documents"}

// countsText summarises a backup's row counts in Chinese: 单位 12，人员 85 ….
func countsText(c map[string]int64) string {
	parts := []string{}
	for _, k := range countedTables {
		if n, ok := c[k]; ok && n > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", lang.L("count."+k), n))
		}
	}
	return strings.Join(parts, "，")
}

// settingsTabs puts 关于与数据 and 备份与恢复 side by side under 设置.
func settingsTabs(settings *settingsScreen, backup *backupScreen) fyne.CanvasObject {
	return container.NewAppTabs(
		container.NewTabItem(lang.L("settings.about"), settings.build()),
		container.NewTabItem(lang.L("backup.title"), backup.build()),
	)
}
