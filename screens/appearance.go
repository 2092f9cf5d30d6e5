package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// The colour schemes a secretary may choose; "" follows the system.
const (
	VariantSystem = ""
	VariantLight  = "light"
	VariantDark   = "dark"
)

// textSizes are the text sizes offered, by their Chinese names' keys: older
// staff read the lists more easily a step or two larger.
var textSizes = []struct {
	key   string
	scale float32
}{{"appearance.size.normal", 1}, {"appearance.size.large", 1.15}, {"appearance.size.larger", 1.3}}

// Appearance is the window's look: its colour scheme and text size. It
// belongs to the computer, not to the data, so it is kept in the program's
// preferences rather than in the database.
type Appearance struct {
	Variant string
	Size    int // index into textSizes
}

func (a Appearance) scale() float32 {
	if a.Size < 0 || a.Size >= len(textSizes) {
		return 1
	}
	return textSizes[a.Size].scale
}

// LoadAppearance reads the look kept in p.
func LoadAppearance(p fyne.Preferences) Appearance {
	return Appearance{Variant: p.StringWithFallback("appearance.variant", VariantSystem), Size: p.IntWithFallback("appearance.size", 0)}
}

func (a Appearance) save(p fyne.Preferences) {
	p.SetString("appearance.variant", a.Variant)
	p.SetInt("appearance.size", a.Size)
}

// appearanceTab is 设置 › 外观: the colour scheme (浅色, 深色 or as the
// system has it) and the text size, applied at once and kept.
func appearanceTab(app fyne.App) fyne.CanvasObject {
	look := LoadAppearance(app.Preferences())
	variants := []struct{ key, value string }{
		{"appearance.light", VariantLight}, {"appearance.dark", VariantDark}, {"appearance.system", VariantSystem},
	}
	var names []string
	for _, v := range variants {
		names = append(names, lang.L(v.key))
	}
	apply := func() {
		look.save(app.Preferences())
		app.Settings().SetTheme(Theme(look))
	}
	scheme := widget.NewRadioGroup(names, nil)
	for _, v := range variants {
		if v.value == look.Variant {
			scheme.SetSelected(lang.L(v.key))
		}
	}
	scheme.Horizontal = true
	scheme.Required = true
	scheme.OnChanged = func(name string) {
		for _, v := range variants {
			if lang.L(v.key) == name {
				look.Variant = v.value
			}
		}
		apply()
	}
	var sizes []string
	for _, s := range textSizes {
		sizes = append(sizes, lang.L(s.key))
	}
	size := widget.NewRadioGroup(sizes, nil)
	size.Horizontal = true
	size.Required = true
	size.SetSelected(sizes[min(max(look.Size, 0), len(sizes)-1)])
	size.OnChanged = func(name string) {
		for i, s := range sizes {
			if s == name {
				look.Size = i
			}
		}
		apply()
	}
	return container.NewVBox(widget.NewForm(
		widget.NewFormItem(lang.L("appearance.scheme"), scheme),
		widget.NewFormItem(lang.L("appearance.size"), size),
	))
}

// withAppearanceTab adds 外观 to 设置's tabs.
func withAppearanceTab(tabs fyne.CanvasObject) fyne.CanvasObject {
	at, ok := tabs.(*container.AppTabs)
	if !ok {
		return tabs
	}
	at.Append(container.NewTabItem(lang.L("appearance.title"), appearanceTab(fyne.CurrentApp())))
	return at
}
