package screens

import (
	"context"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/data"
)

// minutesEditor edits a 纪要's text: paragraphs one a line, a heading level
// set on the line under the cursor (stored as leading #, so the text stays
// plain and every character compares between versions), phrases (常用语)
// inserted at the cursor, and a save that makes a new version.
type minutesEditor struct {
	page   *minutesPage
	entry  *widget.Entry
	level  *widget.Select
	phrase *widget.Select
	add    *widget.Button
	save   *widget.Button
	state  *widget.Label
	view   *container.Scroll
	signed *widget.Label // the text of a signed 纪要, legible where a disabled entry is grey

	base   int    // the version the text in the editor started from
	saved  string // that version's text
	locked bool
	shown  bool        // the first show has happened (a kept copy is offered once)
	timer  *time.Timer // the pending autosave
	note   string      // a message for the state line: a restored copy, a failed autosave
}

// autosaveDelay is how long typing must pause before the text is kept.
var autosaveDelay = 2 * time.Second

func newMinutesEditor(p *minutesPage) *minutesEditor { return &minutesEditor{page: p} }

// levelKeys are the heading choices, index = level.
var levelKeys = []string{"minutes.level.0", "minutes.level.1", "minutes.level.2", "minutes.level.3", "minutes.level.4"}

func (e *minutesEditor) build() fyne.CanvasObject {
	e.entry = widget.NewMultiLineEntry()
	e.entry.Wrapping = fyne.TextWrapWord
	e.entry.SetMinRowsVisible(16)
	e.entry.OnChanged = func(string) {
		e.showState()
		e.schedule()
	}
	levels := make([]string, len(levelKeys))
	for i, k := range levelKeys {
		levels[i] = lang.L(k)
	}
	e.level = newSelect(levels, func(v string) {
		for i, l := range levels {
			if l == v {
				e.setLevel(i)
			}
		}
	})
	e.level.PlaceHolder = lang.L("minutes.level")
	e.phrase = newSelect(nil, func(v string) {
		if v != "" {
			e.insert(v)
			e.phrase.ClearSelected()
		}
	})
	e.phrase.PlaceHolder = lang.L("minutes.phrase")
	e.add = widget.NewButtonWithIcon(lang.L("minutes.phrase.add"), theme.ContentAddIcon(), func() { e.askPhrase() })
	e.save = widget.NewButtonWithIcon(lang.L("action.save"), theme.DocumentSaveIcon(), e.saveText)
	e.save.Importance = widget.HighImportance
	e.state = widget.NewLabel("")
	// The save state gives way (cut with 「…」) before the page outgrows a
	// 1024-pixel window: the editor and the sign-off column share it.
	e.state.Truncation = fyne.TextTruncateEllipsis
	e.state.Alignment = fyne.TextAlignTrailing
	bar := container.NewBorder(nil, nil, container.NewHBox(e.level, e.phrase, e.add), e.save, e.state)
	e.signed = widget.NewLabel("")
	e.signed.Wrapping = fyne.TextWrapWord
	e.view = container.NewVScroll(e.signed)
	e.view.Hide()
	return container.NewBorder(bar, nil, nil, nil, container.NewStack(e.entry, e.view))
}

// show puts the newest version in the editor, unless the secretary has
// unsaved changes there: those are kept, still based on the version she
// opened, so a save over someone else's is refused rather than lost.
func (e *minutesEditor) show(vs []data.MinutesVersion, phrases []string, locked bool, kept data.MinutesDraftCopy, hasKept bool) {
	e.locked = locked
	e.phrase.Options = phrases
	e.phrase.Refresh()
	if e.entry.Text == e.saved && len(vs) > 0 {
		last := vs[len(vs)-1]
		e.base, e.saved = last.N, last.Body
		e.entry.SetText(last.Body)
		if hasKept && !e.shown && !locked {
			// What was typed before a crash or a closed window comes back,
			// still based on the version it was typed over.
			e.base = kept.BasedOn
			e.entry.SetText(kept.Body)
			e.note = fmt.Sprintf(lang.L("minutes.state.kept"), kept.SavedAt.Local().Format("2006-01-02 15:04"))
		}
	}
	e.shown = true
	for _, w := range []fyne.Disableable{e.entry, e.level, e.phrase, e.add, e.save} {
		if locked || e.page.env.ReadOnly {
			w.Disable()
		} else {
			w.Enable()
		}
	}
	e.entry.Show()
	e.view.Hide()
	if locked {
		e.signed.SetText(e.entry.Text)
		e.entry.Hide()
		e.view.Show()
	}
	e.showState()
}

func (e *minutesEditor) showState() {
	switch {
	case e.note != "" && e.entry.Text != e.saved:
		e.state.SetText(e.note)
	case e.locked:
		e.state.SetText(fmt.Sprintf(lang.L("minutes.state.locked"), e.base))
	case e.entry.Text != e.saved:
		e.state.SetText(fmt.Sprintf(lang.L("minutes.state.dirty"), e.base))
	default:
		e.state.SetText(fmt.Sprintf(lang.L("minutes.state.saved"), e.base))
	}
}

// setLevel makes the line under the cursor a heading of level (0: a
// paragraph).
func (e *minutesEditor) setLevel(level int) {
	lines := strings.Split(e.entry.Text, "\n")
	row := e.entry.CursorRow
	if row < 0 || row >= len(lines) {
		return
	}
	text := strings.TrimLeft(lines[row], "#")
	if text != lines[row] {
		text = strings.TrimPrefix(text, " ")
	}
	lines[row] = data.HeadingPrefix(level) + text
	e.entry.SetText(strings.Join(lines, "\n"))
	e.entry.CursorRow = row
	e.entry.Refresh()
	e.level.ClearSelected()
}

// insert puts s at the cursor.
func (e *minutesEditor) insert(s string) {
	lines := strings.Split(e.entry.Text, "\n")
	row, col := e.entry.CursorRow, e.entry.CursorColumn
	if row < 0 || row >= len(lines) {
		row = len(lines) - 1
	}
	line := []rune(lines[row])
	if col < 0 || col > len(line) {
		col = len(line)
	}
	lines[row] = string(line[:col]) + s + string(line[col:])
	e.entry.SetText(strings.Join(lines, "\n"))
	e.entry.CursorRow, e.entry.CursorColumn = row, col+len([]rune(s))
	e.entry.Refresh()
}

func (e *minutesEditor) saveText() {
	text, p := e.entry.Text, e.page
	var v data.MinutesVersion
	act(p.env, func(ctx context.Context) (err error) {
		v, err = p.env.Minutes.SaveMinutesText(ctx, p.id, text, e.base)
		return err
	}, func(err error) {
		if err != nil {
			showError(p.env, err)
			return
		}
		e.base, e.saved, e.note = v.N, v.Body, ""
		e.entry.SetText(v.Body)
		p.reload()
	})
}

// schedule keeps the text once typing pauses for autosaveDelay.
func (e *minutesEditor) schedule() {
	if e.locked || e.page.env.ReadOnly || e.entry.Text == e.saved {
		return
	}
	e.stop()
	e.timer = time.AfterFunc(autosaveDelay, func() { fyne.Do(e.autosave) })
}

// stop drops a pending autosave (the page is left; what was typed was kept
// at the last pause).
func (e *minutesEditor) stop() {
	if e.timer != nil {
		e.timer.Stop()
	}
}

// autosave keeps the editor's text as it stands. A failure does not
// interrupt the typing: it shows on the state line.
func (e *minutesEditor) autosave() {
	text, base, p := e.entry.Text, e.base, e.page
	if e.locked || text == e.saved {
		return
	}
	act(p.env, func(ctx context.Context) error { return p.env.Minutes.AutosaveMinutes(ctx, p.id, text, base) }, func(err error) {
		if err != nil {
			e.note = lang.L("minutes.state.autosave.failed") + data.ErrorMessage(err)
		} else {
			e.note = fmt.Sprintf(lang.L("minutes.state.autosaved"), base)
		}
		e.showState()
	})
}

func (e *minutesEditor) askPhrase() *formDialog {
	text := newKeyEntry(e.page.env)
	f := newFormDialog(e.page.env, lang.L("minutes.phrase.add"), []formField{field("常用语", text, lang.L("hint.phrase"))}, func(done func(error)) {
		act(e.page.env, func(ctx context.Context) error { return e.page.env.Minutes.AddPhrase(ctx, text.Text) }, func(err error) {
			done(err)
			if err == nil {
				e.page.reload()
			}
		})
	})
	f.show()
	return f
}
