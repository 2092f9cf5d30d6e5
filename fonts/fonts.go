// Package fonts carries the bundled typefaces, embedded in the binary so that
// the program renders Chinese the same way on a machine without CJK fonts.
// prepare.sh fetches them; the licence of each face sits beside it.
//
// Every PDF face is a TrueType-outline font (sfnt version 0x00010000) with a
// format 4 cmap, because that is all the PDF library can embed. The window's
// faces are the exception: CFF outlines, which its text library reads
// lazily (see NotoSansSCUI). The office's
// own faces (仿宋_GB2312, 方正小标宋简体 …) are proprietary and never bundled;
// a user setting may point at licensed copies instead.
package fonts

import _ "embed"

// NotoSansSCRegular is the PDF 黑体: Noto Sans SC Regular, a TrueType face
// covering all of CJK Unified Ideographs (OFL-1.1).
//
//go:embed NotoSansSC-Regular.ttf
var NotoSansSCRegular []byte

// NotoSansSCUI and NotoSansSCUIBold are the window's faces: Noto Sans CJK
// SC Regular and Bold (OFL-1.1), CFF outlines cut down by prepare.py to the
// characters of NotoSansSCRegular. Fyne parses the theme's face once per
// text style, and its text library decodes every glyph of a TrueType face on
// each parse (about 25 MB and 60 ms for Noto Sans SC) but only indexes a CFF
// face's charstrings (about 8 MB and 1 ms), decoding a glyph when drawn.
//
//go:embed NotoSansSC-UI.otf
var NotoSansSCUI []byte

//go:embed NotoSansSC-UI-Bold.otf
var NotoSansSCUIBold []byte

// FandolFangRegular is the PDF 仿宋 body face: FandolFang Regular converted
// from CFF to TrueType outlines (GPL-3 with the font exception, see
// GPL-FandolFang.txt). It covers GB 2312 only; rarer name characters fall
// back to NotoSerifSCRegular.
//
//go:embed FandolFang-Regular.ttf
var FandolFangRegular []byte

// NotoSerifSCBlack is the 小标宋-like title face: Noto Serif SC Black cut
// down to GB 2312 and 公文 punctuation (OFL-1.1, no reserved font name).
//
//go:embed NotoSerifSC-Black-GB2312.ttf
var NotoSerifSCBlack []byte

// HuiwuKaiRegular is the PDF 楷体: a subset of LXGW WenKai Regular renamed
// "Huiwu Kai" as the OFL requires of a modified face with reserved names.
// It keeps every character above U+FFFF of the original, so it is also the
// outline source for characters such as U+20BB7 that the fallback lacks.
//
//go:embed HuiwuKai-Regular.ttf
var HuiwuKaiRegular []byte

// NotoSerifSCRegular is the complete fallback face (宋): Noto Serif SC
// Regular, all of CJK Unified Ideographs and Ext-A plus the 通用规范汉字表
// characters above U+FFFF (OFL-1.1). It also sets the page numbers.
//
//go:embed NotoSerifSC-Regular.ttf
var NotoSerifSCRegular []byte
