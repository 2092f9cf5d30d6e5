package screens

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func hasButton(root fyne.CanvasObject, text string) bool {
	found := false
	walk(root, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			found = true
		}
	})
	return found
}

// rendered joins the text of every label under root.
func rendered(root fyne.CanvasObject) string {
	var sb strings.Builder
	walk(root, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			sb.WriteString(l.Text)
			sb.WriteString("\n")
		}
	})
	return sb.String()
}

// confirmTopDialog taps the confirming button of the dialog on top of w.
func confirmTopDialog(t *testing.T, w fyne.Window) {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog open")
	}
	var yes *widget.Button
	walk(top, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Importance == widget.HighImportance {
			yes = b
		}
	})
	if yes == nil {
		t.Fatal("the dialog has no confirming button")
	}
	test.Tap(yes)
}
