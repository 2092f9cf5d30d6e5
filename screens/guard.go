package screens

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// actionGuard disables the actions of a toolbar that cannot apply and says
// why beside them, so a click never does nothing (打开 with no row chosen)
// and never refuses only after it is made.
type actionGuard struct {
	hint    *widget.Label
	actions []guarded
}

// guarded is one action and why it cannot apply now ("" when it can).
type guarded struct {
	button *widget.Button
	reason func() string
}

func newActionGuard() *actionGuard {
	// Upright, not italic: the CJK face has no italic, and asking for one
	// makes Fyne load and keep a second copy of the font (≈6% of peak RSS).
	h := widget.NewLabel("")
	h.Hide()
	return &actionGuard{hint: h}
}

// add guards b by reason.
func (g *actionGuard) add(b *widget.Button, reason func() string) {
	g.actions = append(g.actions, guarded{b, reason})
}

// update enables what applies, disables the rest and shows the first
// reason in the hint — but not 「请先在列表中选中一项」: the list's own line
// under its rows already says to choose one and how to open it.
func (g *actionGuard) update() {
	hint := ""
	for _, a := range g.actions {
		if r := a.reason(); r != "" {
			a.button.Disable()
			if hint == "" && r != lang.L("guard.pick") {
				hint = r
			}
		} else {
			a.button.Enable()
		}
	}
	g.hint.SetText(hint)
	if hint == "" {
		g.hint.Hide()
	} else {
		g.hint.Show()
	}
}

// needRow is the reason of an action on the chosen row of list.
func needRow[T any](list *recordList[T]) func() string {
	return func() string {
		if _, ok := list.current(); !ok {
			return lang.L("guard.pick")
		}
		return ""
	}
}

// emptyState is what an empty list shows in place of its rows: what to do
// first, and a button for each way to do it. The text is not wrapped: in a
// centred box a wrapping label is only as wide as the buttons under it,
// four characters a line. Its first sentence, what is missing, stands on a
// line of its own above what to do.
func emptyState(text string, actions ...*widget.Button) fyne.CanvasObject {
	if i := strings.Index(text, "。"); i >= 0 && i+len("。") < len(text) {
		text = text[:i+len("。")] + "\n" + text[i+len("。"):]
	}
	l := widget.NewLabel(text)
	l.Alignment = fyne.TextAlignCenter
	buttons := make([]fyne.CanvasObject, len(actions))
	for i, b := range actions {
		buttons[i] = b
	}
	return container.NewCenter(container.NewVBox(l, container.NewCenter(container.NewHBox(buttons...))))
}
