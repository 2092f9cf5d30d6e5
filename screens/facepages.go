package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"huiwu/fonts"
)

// ReleaseFacePages has Fyne parse the window's two faces, if it has not yet,
// and then hands their embedded bytes' pages back to the system. Fyne's text
// library copies every table it needs out of the bytes when it parses a face
// (fonts.NotoSansSCUI), so after the parse the bytes are not read again
// unless the theme changes (设置 › 外观), which parses them afresh. Until
// then the 13.4 MB of the two faces, read once, stayed in the program's
// resident memory: a tenth of what visiting every screen of the decade's
// data peaked at over a bare Fyne window. The window runs it on a goroutine
// of its own as it starts, and measures no text until it has returned.
func ReleaseFacePages() {
	size := theme.TextSize()
	fyne.MeasureText("会务", size, fyne.TextStyle{})
	fyne.MeasureText("会务", size, fyne.TextStyle{Bold: true})
	for _, b := range [][]byte{fonts.NotoSansSCUI, fonts.NotoSansSCUIBold} {
		releasePages(b)
	}
}
