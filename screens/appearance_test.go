package screens

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"huiwu/translation"
)

// 设置 › 外观: choosing 深色 and 特大 applies at once, is kept in the
// preferences, and a new start reads it back.
func TestAppearanceAppliesAndIsKept(t *testing.T) {
	app := test.NewTempApp(t)
	if err := translation.Load(); err != nil {
		t.Fatal(err)
	}
	app.Settings().SetTheme(Theme(LoadAppearance(app.Preferences())))
	normal := app.Settings().Theme().Size(theme.SizeNameText)
	tab := appearanceTab(app).(*fyne.Container)
	form := tab.Objects[0].(*widget.Form)
	form.Items[0].Widget.(*widget.RadioGroup).SetSelected("深色")
	form.Items[1].Widget.(*widget.RadioGroup).SetSelected("特大")

	look := LoadAppearance(app.Preferences())
	if look.Variant != VariantDark || look.Size != 2 {
		t.Fatalf("kept %+v, want dark and the third size", look)
	}
	th := app.Settings().Theme()
	if got, want := th.Size(theme.SizeNameText), normal*1.3; got != want {
		t.Errorf("text size %v, want %v", got, want)
	}
	dark := theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantDark)
	if got := th.Color(theme.ColorNameBackground, theme.VariantLight); got != dark {
		t.Errorf("background %v under 深色 though the system is light, want %v", got, dark)
	}
	if got := Theme(Appearance{Variant: VariantSystem}).Color(theme.ColorNameBackground, theme.VariantLight); got != theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantLight) {
		t.Errorf("跟随系统 does not follow the system: %v", got)
	}
}

// 外观 is a tab of 设置.
func TestAppearanceIsATabOfSettings(t *testing.T) {
	test.NewTempApp(t)
	if err := translation.Load(); err != nil {
		t.Fatal(err)
	}
	tabs := withAppearanceTab(container.NewAppTabs(container.NewTabItem("关于", widget.NewLabel("")))).(*container.AppTabs)
	if n := len(tabs.Items); n != 2 || tabs.Items[1].Text != "外观" {
		t.Fatalf("tabs %d, last %q", n, tabs.Items[n-1].Text)
	}
}
