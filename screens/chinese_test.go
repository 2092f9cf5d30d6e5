package screens

import (
	"errors"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"huiwu/translation"
)

// notWords are the Latin-only texts a Chinese screen may show, because they
// are not words a translation could change:
//   - numbers, dates, times and sizes (2026-11-05, 09:00, 0.2 MB);
//   - codes: a 文号's letters, a version (0.1.0, v0.1.0, devel), an audit
//     head or commit (hex), a platform (linux/amd64);
//   - file and folder names (anything with a dot-extension or a slash);
//   - the names of formats a secretary picks or is told of (PDF, Excel,
//     xlsx, zstd), which are written in Latin letters in Chinese too.
var notWords = []*regexp.Regexp{
	regexp.MustCompile(`^[\d\s.,:;%/()（）+×·—–-]*(KB|MB|GB|B)?$`),
	regexp.MustCompile(`^v?\d+(\.\d+)*([-+][\w.]+)?$`),
	regexp.MustCompile(`^[0-9a-f]{6,}(:[0-9a-f]+)?$`),
	regexp.MustCompile(`^\d+:[0-9a-f]{6,}$`),
	regexp.MustCompile(`[/\\]|\.[A-Za-z0-9]{2,4}$`),
	regexp.MustCompile(`^(PDF|Excel|xlsx|zstd|devel|Ctrl\+\w|Esc|Enter)$`),
}

// latinOnly reports whether text is shown in Latin letters with no Chinese
// and is not one of notWords: an English word left in a Chinese program.
func latinOnly(text string) bool {
	text = strings.TrimSpace(text)
	letters, han := false, false
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Han, r):
			han = true
		case r < unicode.MaxASCII && unicode.IsLetter(r):
			letters = true
		}
	}
	if han || !letters {
		return false
	}
	for _, re := range notWords {
		if re.MatchString(text) {
			return false
		}
	}
	return true
}

// speaksChinese fails on any label, button, select, check, tab or entry
// placeholder in view that is Latin-only (latinOnly).
func speaksChinese(t *testing.T, scene string, w fyne.Window) {
	t.Helper()
	for _, root := range shown(w) {
		walkShown(root, func(o fyne.CanvasObject) {
			for _, text := range textsOf(o) {
				if latinOnly(text) {
					t.Errorf("%s shows 「%s」 in %s", scene, text, describe(o))
				}
			}
		})
	}
}

// walkShown calls f on o and on everything visible it draws.
func walkShown(o fyne.CanvasObject, f func(fyne.CanvasObject)) {
	if o == nil || !o.Visible() {
		return
	}
	f(o)
	for _, c := range children(o) {
		walkShown(c, f)
	}
}

// textsOf is what o writes itself (not through its children).
func textsOf(o fyne.CanvasObject) []string {
	switch v := o.(type) {
	case *widget.Label:
		return []string{v.Text}
	case *widget.Button:
		return []string{v.Text}
	case *widget.Select:
		return append([]string{v.Selected, v.PlaceHolder}, v.Options...)
	case *widget.Check:
		return []string{v.Text}
	case *widget.RadioGroup:
		return v.Options
	case *widget.Entry:
		return []string{v.PlaceHolder}
	case *keyEntry:
		return []string{v.PlaceHolder}
	case *widget.Hyperlink:
		return []string{v.Text}
	case *canvas.Text:
		return []string{v.Text}
	case *container.AppTabs:
		var out []string
		for _, it := range v.Items {
			out = append(out, it.Text)
		}
		return out
	}
	return nil
}

// latinOnly tells an English word from the Latin a Chinese screen keeps.
func TestLatinOnly(t *testing.T) {
	for text, want := range map[string]bool{
		"OK": true, "Save File": true, "(Select one)": true, "countersigns 14": true, "No": true,
		"2026-11-05": false, "09:00—11:30": false, "0.2 MB": false, "14": false, "0.1.0": false,
		"2047:a6424921e0e4": false, "/tmp/demo/huiwu.db": false, "纪要.pdf": false, "linux/amd64": false,
		"PDF": false, "共 3 人": false, "导出（Excel）": false, "": false,
	} {
		if got := latinOnly(text); got != want {
			t.Errorf("latinOnly(%q) = %v, want %v", text, got, want)
		}
	}
}

// Fyne's own dialogs (a question, a message, an error) carry no English
// button: the program's Chinese file holds Fyne's keys (Yes, No, OK).
func TestFyneDialogsSpeakChinese(t *testing.T) {
	test.NewTempApp(t)
	if err := translation.Load(); err != nil {
		t.Fatal(err)
	}
	w := test.NewWindow(nil)
	w.Resize(smallest)
	t.Cleanup(w.Close)
	for name, d := range map[string]dialog.Dialog{
		"confirm":     dialog.NewConfirm("载入演示数据", "是否载入演示数据？", func(bool) {}, w),
		"information": dialog.NewInformation("已保存", "已保存。", w),
		"error":       dialog.NewError(errors.New("无法保存"), w),
	} {
		d.Show()
		speaksChinese(t, name, w)
		var buttons []string
		walkShown(w.Canvas().Overlays().Top(), func(o fyne.CanvasObject) {
			if b, ok := o.(*widget.Button); ok {
				buttons = append(buttons, b.Text)
			}
		})
		if len(buttons) == 0 {
			t.Errorf("%s: no buttons found", name)
		}
		d.Hide()
	}
}
