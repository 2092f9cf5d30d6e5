package screens

import (
	"context"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"huiwu/data/demo"
)

// The smallest screen an office still has is 1024×768; a taskbar and the
// window's title bar take some 48 pixels of its height.
var smallest = fyne.NewSize(1024, 720)

// sceneShell is the main window on a year of generated data, with the
// clock on the demo's last day, as `make screenshots` shows it.
func sceneShell(t *testing.T) (*Shell, fyne.Window) {
	t.Helper()
	// The program's own theme: its bundled CJK face is wider than the test
	// theme's, and the fit is measured as the window draws it.
	s := emptyStore(t)
	fyne.CurrentApp().Settings().SetTheme(Theme(Appearance{}))
	if err := s.LoadDecade(context.Background(), 1, 1, io.Discard); err != nil {
		t.Fatal(err)
	}
	env := storeEnv(t, s, smallest)
	env.Now = func() time.Time { return demo.Today.Add(9 * time.Hour) }
	shell := NewShell(env, "会务 0.1.0（构建 1，开发版本）")
	env.Window.SetContent(shell.Content())
	return shell, env.Window
}

// shown is what a scene puts in front: the window's content and any
// dialog over it.
func shown(w fyne.Window) []fyne.CanvasObject {
	out := []fyne.CanvasObject{w.Content()}
	return append(out, w.Canvas().Overlays().List()...)
}

// TestScenes builds every scene of `make screenshots` once on the demo
// data and checks each against the two things a secretary sees first:
// that it fits the screen and that it speaks Chinese.
func TestScenes(t *testing.T) {
	shell, w := sceneShell(t)
	for _, sc := range shell.Scenes() {
		sc.Show()
		fitsSmallestScreen(t, sc.Name, w)
		speaksChinese(t, sc.Name, w)
	}
}

// fitsSmallestScreen: the window's content and every dialog open over it
// have a minimum size within 1024×720, so nothing is pushed off a
// 1024×768 screen or cut.
func fitsSmallestScreen(t *testing.T, scene string, w fyne.Window) {
	t.Helper()
	width := func(s fyne.Size) float32 { return s.Width }
	height := func(s fyne.Size) float32 { return s.Height }
	for _, o := range shown(w) {
		min := o.MinSize()
		if min.Width > smallest.Width {
			t.Errorf("%s is %.0f wide (at most %.0f): %s", scene, min.Width, smallest.Width, widest(o, width))
		}
		if min.Height > smallest.Height {
			t.Errorf("%s is %.0f tall (at most %.0f): %s", scene, min.Height, smallest.Height, widest(o, height))
		}
	}
}

// widest follows the largest child (by dim of its minimum size) down the
// tree while it is at least half its parent, naming each step, so a failure
// says which part pushes the window out.
func widest(o fyne.CanvasObject, dim func(fyne.Size) float32) string {
	var steps []string
	for o != nil {
		steps = append(steps, fmt.Sprintf("%s %.0f", describe(o), dim(o.MinSize())))
		var next fyne.CanvasObject
		for _, c := range children(o) {
			if c.Visible() && (next == nil || dim(c.MinSize()) > dim(next.MinSize())) {
				next = c
			}
		}
		if next == nil || dim(next.MinSize()) < dim(o.MinSize())/2 {
			break
		}
		o = next
	}
	return strings.Join(steps, " › ")
}

// children are the objects o draws: a container's, or a widget's renderer's.
func children(o fyne.CanvasObject) []fyne.CanvasObject {
	switch v := o.(type) {
	case *fyne.Container:
		return v.Objects
	case fyne.Widget:
		return test.WidgetRenderer(v).Objects()
	}
	return nil
}

// describe names o by its type and the first text in it.
func describe(o fyne.CanvasObject) string {
	name := reflect.TypeOf(o).String()
	if txt := firstText(o, 6); txt != "" {
		name += "「" + txt + "」"
	}
	return name
}

func firstText(o fyne.CanvasObject, depth int) string {
	switch v := o.(type) {
	case *widget.Label:
		return v.Text
	case *widget.Button:
		return v.Text
	case *canvas.Text:
		return v.Text
	}
	if depth == 0 {
		return ""
	}
	for _, c := range children(o) {
		if t := firstText(c, depth-1); t != "" {
			return t
		}
	}
	return ""
}
