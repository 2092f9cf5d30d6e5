package screens

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"huiwu/fonts"
	"huiwu/rules"
)

// walk visits o and every object under it, widgets through their renderers
// as the test driver draws them.
func walk(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	visit(o)
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			walk(c, visit)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			walk(c, visit)
		}
	}
}

func findButton(t *testing.T, root fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	walk(root, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no button %q", text)
	}
	return found
}

func TestAboutShowsVersionDataAndAuditHead(t *testing.T) {
	r := newRig(t)
	r.shell.Show("settings")
	test.Tap(findButton(t, r.shell.stack, lang.L("about.open")))
	over := r.win.Canvas().Overlays().Top()
	if over == nil {
		t.Fatal("关于 did not open a dialog")
	}
	var labels []string
	walk(over, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			labels = append(labels, l.Text)
		}
	})
	shown := strings.Join(labels, "\n")
	st, err := r.store.Status(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"test", st.DataDir, st.DBPath, fmt.Sprint(st.SchemaVersion), st.Head.String()} {
		if !strings.Contains(shown, want) {
			t.Errorf("关于 does not show %q:\n%s", want, shown)
		}
	}

	test.Tap(findButton(t, over, lang.L("about.copy")))
	clip := fyne.CurrentApp().Clipboard().Content()
	if !strings.Contains(clip, lang.L("settings.audithead")+"："+st.Head.String()) || !strings.Contains(clip, st.DataDir) {
		t.Errorf("copied text:\n%s", clip)
	}
	test.Tap(findButton(t, over, lang.L("action.close")))
	if r.win.Canvas().Overlays().Top() != nil {
		t.Error("关闭 left the dialog open")
	}
}

// 关于 → 字体与数据许可 shows each bundled face's licence as the program
// carries it: the OFL for the window's faces first, the GPL for FandolFang on
// choice; then the stroke data's (按姓氏笔画), the LGPL for the Rime table.
func TestAboutShowsTheFontLicences(t *testing.T) {
	r := newRig(t)
	r.shell.Show("settings")
	test.Tap(findButton(t, r.shell.stack, lang.L("about.open")))
	test.Tap(findButton(t, r.win.Canvas().Overlays().Top(), lang.L("about.licences")))
	over := r.win.Canvas().Overlays().Top()
	var pick *widget.Select
	shown := func() string {
		var text string
		walk(over, func(o fyne.CanvasObject) {
			if l, ok := o.(*widget.Label); ok && len(l.Text) > len(text) {
				text = l.Text
			}
			if s, ok := o.(*widget.Select); ok {
				pick = s
			}
		})
		return text
	}
	if got := shown(); !strings.Contains(got, "SIL OPEN FONT LICENSE") || !strings.Contains(got, "Noto") {
		t.Fatalf("the first licence shown is not the window faces' OFL:\n%.300s", got)
	}
	if pick == nil || len(pick.Options) != len(fonts.Licences())+len(rules.StrokeDataLicences()) {
		t.Fatalf("the licence select offers %v", pick)
	}
	pick.SetSelected("FandolFang Regular")
	if got := shown(); !strings.Contains(got, "GNU GENERAL PUBLIC LICENSE") {
		t.Fatalf("FandolFang's licence is not the GPL:\n%.300s", got)
	}
	pick.SetSelected(pick.Options[len(pick.Options)-1])
	if got := shown(); !strings.Contains(got, "rime-stroke") || !strings.Contains(got, "GNU LESSER GENERAL PUBLIC LICENSE") {
		t.Fatalf("the Rime stroke table's licence is not the LGPL:\n%.300s", got)
	}
}

// 关于 shows the version and the data folder; the figures the IT office
// asks for (file, schema, audit head, platform) wait under a closed
// 「技术信息」 fold until it is opened.
func TestAboutFoldsTechnicalFigures(t *testing.T) {
	r := newRig(t)
	r.shell.Show("settings")
	test.Tap(findButton(t, r.shell.stack, lang.L("about.open")))
	over := r.win.Canvas().Overlays().Top()
	st, err := r.store.Status(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	visible := func() string {
		var texts []string
		walkShown(over, func(o fyne.CanvasObject) {
			if l, ok := o.(*widget.Label); ok {
				texts = append(texts, l.Text)
			}
		})
		return strings.Join(texts, "\n")
	}
	var fold *widget.Accordion
	walk(over, func(o fyne.CanvasObject) {
		if a, ok := o.(*widget.Accordion); ok {
			fold = a
		}
	})
	if fold == nil || len(fold.Items) != 1 || fold.Items[0].Title != "技术信息" || fold.Items[0].Open {
		t.Fatalf("关于 has no closed 技术信息 fold: %+v", fold)
	}
	shown := visible()
	for _, want := range []string{"test", st.DataDir} {
		if !strings.Contains(shown, want) {
			t.Errorf("关于 does not show %q", want)
		}
	}
	if strings.Contains(shown, st.Head.String()) || strings.Contains(shown, st.DBPath) {
		t.Errorf("the audit head or the file shows before 技术信息 is opened:\n%s", shown)
	}
	fold.Open(0)
	if shown := visible(); !strings.Contains(shown, st.Head.String()) || !strings.Contains(shown, st.DBPath) {
		t.Errorf("技术信息 opened does not show the audit head and the file:\n%s", shown)
	}
}
