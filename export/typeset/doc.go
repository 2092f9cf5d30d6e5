// Package typeset draws 公文 pages to GB/T 9704-2012 over the fpdf library.
//
// fpdf alone cannot set Chinese official documents: its MultiCell drops a
// character at each automatic break, breaks before ， and 。, cannot encode
// characters above U+FFFF, and silently skips fonts it cannot read. This
// package measures and places every character itself: it checks each font
// (ParseFace), picks a face per character (a role's face, then the fallback),
// breaks lines with UAX #14 plus the 避头尾 rules (BreakLines), holds the
// 22 × 28 grid, draws characters above U+FFFF as outline paths with their
// text kept in an /ActualText span, and adds the furniture: masthead, page
// numbers, 版记 and the 纪要 head. Every placed line is recorded (Layout) so
// tests check geometry without parsing the PDF.
//
// All lengths are in millimetres and font sizes in points unless a name
// says otherwise.
package typeset

// Page and type area (GB/T 9704 §5).
const (
	PageW      = 210.0
	PageH      = 297.0
	MarginTop  = 37.0
	MarginLeft = 28.0
	AreaW      = 156.0 // 版心 width: right margin 26 mm
	AreaH      = 225.0 // 版心 height: bottom margin 35 mm
	AreaBottom = MarginTop + AreaH
	AreaRight  = MarginLeft + AreaW

	LinesPerPage = 22
	CharsPerLine = 28
	LinePitch    = AreaH / LinesPerPage // 10.23 mm
	CharPitch    = AreaW / CharsPerLine // 5.571 mm
)

// Sizes in points of the 号 scale.
const (
	Chuhao   = 42.0 // 初号
	Xiaochu  = 36.0 // 小初
	Yihao    = 26.0 // 一号
	Xiaoyi   = 24.0 // 小一
	Erhao    = 22.0 // 二号
	Xiaoer   = 18.0 // 小二
	Sanhao   = 16.0 // 三号
	Xiaosan  = 15.0 // 小三
	Sihao    = 14.0 // 四号
	Xiaosi   = 12.0 // 小四
	Wuhao    = 10.5 // 五号
	ptPerMM  = 72 / 25.4
	mmPerPt  = 25.4 / 72
	emAscent = 0.88 // share of the ideographic em box above the baseline
)

// PtToMM converts a size in points to millimetres.
func PtToMM(pt float64) float64 { return pt * mmPerPt }

// RGB is a colour with 0–255 components.
type RGB struct{ R, G, B int }

// Red is the default ink of mastheads and red rules: offices print pure red
// (practice) rather than the standard's Y80 M80.
var Red = RGB{255, 0, 0}
