package screens

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"huiwu/fonts"
)

// uiFont and uiBold are the bundled CJK faces, so the window renders Chinese
// the same on a machine without Chinese system fonts. They are CFF faces
// (fonts.NotoSansSCUI says why): Fyne parses a face once per text style.
var (
	uiFont = fyne.NewStaticResource("NotoSansSC-UI.otf", fonts.NotoSansSCUI)
	uiBold = fyne.NewStaticResource("NotoSansSC-UI-Bold.otf", fonts.NotoSansSCUIBold)
)

// huiwuTheme is Fyne's default theme with the bundled faces for every text
// style (the bold face for bold; the regular one for italic and monospace,
// which a Latin-only face would draw as boxes) and a government red as the
// primary.
type huiwuTheme struct {
	fyne.Theme
	look Appearance
}

// Theme returns Huiwu's theme as the secretary set it under 设置 › 外观.
func Theme(look Appearance) fyne.Theme { return huiwuTheme{theme.DefaultTheme(), look} }

func (t huiwuTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Symbol {
		return t.Theme.Font(s)
	}
	if s.Bold {
		return uiBold
	}
	return uiFont
}

func (t huiwuTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNamePrimary {
		return color.NRGBA{R: 0xc0, G: 0x1c, B: 0x28, A: 0xff}
	}
	switch t.look.Variant {
	case VariantLight:
		v = theme.VariantLight
	case VariantDark:
		v = theme.VariantDark
	}
	return t.Theme.Color(n, v)
}

// Size enlarges the text, and what is measured by it, by the text size set.
func (t huiwuTheme) Size(n fyne.ThemeSizeName) float32 {
	size := t.Theme.Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText, theme.SizeNameCaptionText, theme.SizeNameInlineIcon:
		return size * t.look.scale()
	}
	return size
}
