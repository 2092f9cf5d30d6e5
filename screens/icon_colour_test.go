package screens

import (
	"bytes"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// The desk's 打开 icon is the themed icon's SVG in the theme's colour, read
// once per colour: the same bytes as theme.NavigateNextIcon() gives in the
// light scheme and in the dark, and a name of its own for each, so that the
// drawn icon Fyne keeps by name is never the other scheme's.
func TestColouredIconFollowsTheScheme(t *testing.T) {
	app := test.NewTempApp(t)
	icon := newColouredIcon(theme.NavigateNextIcon)
	look := func(variant string) (string, []byte) {
		app.Settings().SetTheme(Theme(Appearance{Variant: variant}))
		want := theme.NavigateNextIcon().Content()
		if got := icon.Content(); !bytes.Equal(got, want) {
			t.Fatalf("%s: the icon is not the themed icon's SVG:\n%s\nwant\n%s", variant, got, want)
		}
		return icon.Name(), icon.Content()
	}
	lightName, light := look(VariantLight)
	darkName, dark := look(VariantDark)
	if bytes.Equal(light, dark) {
		t.Fatal("light and dark give the same SVG")
	}
	// The default theme's foreground: #565656 in light, #f3f3f3 in dark.
	if lightName != "foreground_arrow-forward-565656565656ffff.svg" || darkName != "foreground_arrow-forward-f3f3f3f3f3f3ffff.svg" {
		t.Errorf("names %q and %q", lightName, darkName)
	}
	if again, _ := look(VariantLight); again != lightName {
		t.Errorf("light again is %q, first %q", again, lightName)
	}
}
