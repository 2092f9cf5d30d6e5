package screens

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"huiwu/fonts"
)

// uiFont is the bundled CJK face, so the window renders Chinese the same on
// a machine without Chinese system fonts. It is the CFF copy of the PDF 黑体
// (fonts.NotoSansSCUI says why): Fyne parses it once per text style.
var uiFont = fyne.NewStaticResource("NotoSansSC-UI.otf", fonts.NotoSansSCUI)

// huiwuTheme is Fyne's default theme with the bundled face for every text
// style (bold and italic included: the face has no such variants, and a
// Latin-only bold would show boxes) and a government red as the primary.
type huiwuTheme struct{ fyne.Theme }

// Theme returns Huiwu's theme.
func Theme() fyne.Theme { return huiwuTheme{theme.DefaultTheme()} }

func (t huiwuTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Symbol {
		return t.Theme.Font(s)
	}
	return uiFont
}

func (t huiwuTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNamePrimary {
		return color.NRGBA{R: 0xc0, G: 0x1c, B: 0x28, A: 0xff}
	}
	return t.Theme.Color(n, v)
}
