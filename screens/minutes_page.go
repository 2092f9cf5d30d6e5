package screens

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// minutesPage is one 纪要: its settings, the text in an editor, the
// attendance lists, the sign-off chain (四十六) with a step recorded at a
// time, and its versions.
type minutesPage struct {
	screen *minutesScreen
	env    *Env
	id     int64

	n        data.Minutes
	versions []data.MinutesVersion
	chain    []data.MinutesSign
	chainErr string
	units    []data.Unit

	title, info, lists *widget.Label
	steps              *fyne.Container
	signBtn, fixBtn    *widget.Button
	editor             *minutesEditor
	guard              *actionGuard // 印发纪要 and the next signature
}

func newMinutesPage(s *minutesScreen, id int64) *minutesPage {
	p := &minutesPage{screen: s, env: s.env, id: id}
	p.editor = newMinutesEditor(p)
	return p
}

func (p *minutesPage) build() fyne.CanvasObject {
	wrap := func() *widget.Label {
		l := widget.NewLabel("")
		l.Wrapping = fyne.TextWrapWord
		return l
	}
	p.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.title.SizeName = theme.SizeNameSubHeadingText
	p.info, p.lists = wrap(), wrap()
	back := widget.NewButtonWithIcon(lang.L("action.back"), theme.NavigateBackIcon(), p.screen.back)
	settings := widget.NewButtonWithIcon(lang.L("minutes.settings"), theme.SettingsIcon(), func() { p.askSettings() })
	versions := widget.NewButtonWithIcon(lang.L("minutes.versions"), theme.HistoryIcon(), func() { p.showVersions() })
	p.guard = newActionGuard()
	p.signBtn = widget.NewButtonWithIcon(lang.L("minutes.sign"), theme.ConfirmIcon(), func() { p.askSign() })
	p.signBtn.Importance = widget.HighImportance
	p.guard.add(p.signBtn, p.signReason)
	// The title takes what the buttons leave and is cut with 「…」: a long
	// meeting name pushed a 1024-pixel window wider.
	p.title.Truncation = fyne.TextTruncateEllipsis
	bar := container.NewBorder(nil, nil, back, container.NewHBox(append([]fyne.CanvasObject{settings, versions}, p.exportButtons()...)...), p.title)
	p.steps = container.NewVBox()
	p.fixBtn = widget.NewButtonWithIcon(lang.L("minutes.correct"), theme.DocumentCreateIcon(), func() { p.askCorrect() })
	heading := func(key string) fyne.CanvasObject {
		return widget.NewLabelWithStyle(lang.L(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	side := container.NewVBox(
		p.info, widget.NewSeparator(),
		container.NewHBox(heading("minutes.section.chain"), layoutSpacer(), p.signBtn, p.fixBtn), p.steps,
		widget.NewSeparator(), heading("minutes.section.lists"), p.lists,
	)
	split := container.NewHSplit(p.editor.build(), container.NewVScroll(side))
	split.Offset = 0.62
	p.reload()
	// The reason a button is disabled has a line of its own: the title
	// leaves the bar no room for it.
	return container.NewBorder(container.NewVBox(bar, p.guard.hint, widget.NewSeparator()), nil, nil, nil, split)
}

type minutesView struct {
	n        data.Minutes
	versions []data.MinutesVersion
	chain    []data.MinutesSign
	chainErr string
	lists    data.MinutesLists
	phrases  []string
	units    []data.Unit
	kept     data.MinutesDraftCopy
	hasKept  bool
}

// reload reads the 纪要 whole again. A chain the rules cannot settle (no
// mayor on the roster) is shown as its reason, not as a failure of the page.
func (p *minutesPage) reload() {
	load(p.env, func(ctx context.Context) (minutesView, error) {
		var v minutesView
		var err error
		if v.n, err = p.env.Minutes.MinutesOf(ctx, p.id); err != nil {
			return v, err
		}
		if v.versions, err = p.env.Minutes.MinutesVersions(ctx, p.id); err != nil {
			return v, err
		}
		if v.chain, err = p.env.Minutes.SignChain(ctx, p.id); err != nil {
			if data.ErrorCode(err) != data.EInvalid {
				return v, err
			}
			v.chainErr = data.ErrorMessage(err)
		}
		if v.lists, err = p.env.Minutes.MinutesLists(ctx, p.id); err != nil {
			return v, err
		}
		if v.phrases, err = p.env.Minutes.Phrases(ctx); err != nil {
			return v, err
		}
		if v.kept, v.hasKept, err = p.env.Minutes.MinutesAutosave(ctx, p.id); err != nil {
			return v, err
		}
		v.units, err = p.env.Roster.Units(ctx)
		return v, err
	}, p.show)
}

func (p *minutesPage) show(v minutesView) {
	p.n, p.versions, p.chain, p.chainErr, p.units = v.n, v.versions, v.chain, v.chainErr, v.units
	n := v.n
	p.title.SetText(n.IssueText() + "　" + n.MeetingTitle)
	info := fmt.Sprintf(lang.L("minutes.info"), data.MinutesStageName(n.Stage), orDash(n.Disclosure), orNone(n.Classification), len(v.versions))
	if n.ThreeMajor {
		info += "\n" + lang.L("minutes.threemajor")
	}
	if n.Disclosure == "" && !n.Locked() {
		info += "\n" + lang.L("minutes.needdisclosure")
	}
	if n.LeadUnitID != 0 {
		info += "\n" + lang.L("field.牵头单位") + "：" + unitName(p.units, n.LeadUnitID)
	}
	if n.Distribution != "" {
		info += "\n" + lang.L("field.分送") + "：" + n.Distribution
	}
	p.info.SetText(info)
	p.lists.SetText(listsText(v.lists))
	p.showChain()
	p.editor.show(v.versions, v.phrases, n.Locked(), v.kept, v.hasKept)
}

func (p *minutesPage) showChain() {
	p.steps.RemoveAll()
	if p.chainErr != "" {
		l := widget.NewLabel(p.chainErr)
		l.Importance = widget.DangerImportance
		l.Wrapping = fyne.TextWrapWord
		p.steps.Add(l)
	}
	next := -1
	for i, st := range p.chain {
		text := fmt.Sprintf(lang.L("minutes.step"), st.Step, st.Stage, st.Who, st.Note)
		if !st.Day.IsZero() {
			text += "\n" + fmt.Sprintf(lang.L("minutes.step.done"), dateText(st.Day), orDash(st.Opinion))
			if st.Scan != "" {
				text += "　" + lang.L("field.扫描件") + "：" + st.ScanName()
			}
		} else if next < 0 {
			next = i
		}
		l := widget.NewLabel(text)
		l.Wrapping = fyne.TextWrapWord
		if st.Day.IsZero() {
			l.Importance = widget.LowImportance
		}
		p.steps.Add(l)
	}
	if next >= 0 {
		p.signBtn.SetText(fmt.Sprintf(lang.L("minutes.sign.step"), p.chain[next].Stage))
	}
	p.guard.update()
	p.fixBtn.Hide()
	if p.n.Locked() {
		p.fixBtn.Show()
	}
}

func listsText(l data.MinutesLists) string {
	part := func(key string, names []string) string {
		if len(names) == 0 {
			return lang.L(key) + "：—"
		}
		return lang.L(key) + "：" + strings.Join(names, "、")
	}
	return part("minutes.present", l.Present) + "\n" + part("minutes.leave", l.Leave) + "\n" + part("minutes.attending", l.Attending)
}

func unitName(units []data.Unit, id int64) string {
	for _, u := range units {
		if u.ID == id {
			return u.Name
		}
	}
	return "—"
}

func orNone(s string) string {
	if s == "" {
		return lang.L("option.none")
	}
	return s
}

// signReason says why no step can be signed now: the data is read-only,
// the chain cannot be settled, or every step is signed.
func (p *minutesPage) signReason() string {
	switch {
	case p.env.ReadOnly:
		return lang.L("guard.readonly")
	case p.chainErr != "":
		return p.chainErr
	}
	for _, st := range p.chain {
		if st.Day.IsZero() {
			return ""
		}
	}
	return lang.L("guard.minutes.signed")
}
