package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// The window-wide shortcuts: Ctrl+F focuses the current screen's search,
// Ctrl+N starts a new record on it.
var (
	shortcutFind = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutNew  = &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault}
)

// keyEntry is an Entry that hands Escape to onEscape (a form's cancel) and
// offers shortcuts to the window's handler first, since a focused Entry
// otherwise swallows every shortcut it does not know.
type keyEntry struct {
	widget.Entry
	onEscape   func()
	onShortcut func(fyne.Shortcut) bool
	onKey      func(*fyne.KeyEvent) bool // other keys first offered here (a picker's Up/Down)
}

func newKeyEntry(env *Env) *keyEntry {
	e := &keyEntry{onShortcut: env.Shortcut}
	e.ExtendBaseWidget(e)
	return e
}

func (e *keyEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	if e.onKey != nil && e.onKey(k) {
		return
	}
	e.Entry.TypedKey(k)
}

func (e *keyEntry) TypedShortcut(s fyne.Shortcut) {
	if e.onShortcut != nil && e.onShortcut(s) {
		return
	}
	e.Entry.TypedShortcut(s)
}

// keyEntryOf is the keyEntry that o is or is made of (a dateEntry), so that
// a form hooks Enter and Escape on every kind of text field; nil for any
// other widget.
func keyEntryOf(o fyne.CanvasObject) *keyEntry {
	switch e := o.(type) {
	case *keyEntry:
		return e
	case *dateEntry:
		return &e.keyEntry
	}
	return nil
}
