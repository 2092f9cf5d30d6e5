package typeset

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Role names what a face is used for. The office's own licensed fonts are
// chosen per role, so a role is also the key of Options.FontPaths.
type Role string

// The face roles of a 公文.
const (
	Fangsong     Role = "fangsong"     // 仿宋: body text, the default
	Xiaobiaosong Role = "xiaobiaosong" // 小标宋: titles and the red marks
	Hei          Role = "hei"          // 黑体: level-1 headings, 密级, labels
	Kai          Role = "kai"          // 楷体: level-2 headings, 签发人 names
	Fallback     Role = "fallback"     // 宋, complete: any character the others lack
)

// Roles lists every role in the order fallback is tried after the wanted one.
var Roles = []Role{Fangsong, Xiaobiaosong, Hei, Kai, Fallback}

// ErrFontFormat is wrapped by every error about a font file that cannot be
// embedded, so callers can tell a bad setting from a bad document.
var ErrFontFormat = errors.New("字体文件不可用")

// requiredRunes must be in every face: the 发文字号 brackets, the page-number
// dash, digits and the full-width punctuation of body text. A face without
// them would silently print a different face's marks in the middle of a line.
const requiredRunes = "0123456789〔〕—，。、：；！？（）《》“”"

// Face is one parsed TrueType font: the bytes fpdf embeds, and an sfnt view
// used for coverage, advances and the outlines of characters above U+FFFF.
// A Face is safe for concurrent use; parse each file once and share it.
type Face struct {
	Role Role
	Name string // a human name for messages and the layout
	// Family is the name fpdf embeds the face under (the PDF's font name is
	// utf8 + Family): the role for a bundled face; for an office's own font
	// the role and the file's PostScript name (fangsong-FangSong_GB2312), so
	// that a viewer's font list shows which file set the paper.
	Family string

	data []byte
	sf   *sfnt.Font
	upm  float64

	mu    sync.Mutex
	buf   sfnt.Buffer
	cache map[rune]glyph
}

type glyph struct {
	id  sfnt.GlyphIndex
	adv float64 // advance in em
}

// ParseFace checks that data is a TrueType-outline font the PDF library can
// embed (magic bytes, a format 4 Unicode cmap, embedding allowed, the required
// glyphs) and parses it. Errors wrap ErrFontFormat and are fit for a user.
func ParseFace(role Role, name string, data []byte) (*Face, error) {
	if err := checkMagic(data); err != nil {
		return nil, fmt.Errorf("%w：%s：%v", ErrFontFormat, name, err)
	}
	if err := checkTables(data); err != nil {
		return nil, fmt.Errorf("%w：%s：%v", ErrFontFormat, name, err)
	}
	sf, err := sfnt.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%w：%s：无法解析（%v）", ErrFontFormat, name, err)
	}
	f := &Face{Role: role, Name: name, data: data, sf: sf, upm: float64(sf.UnitsPerEm()), cache: map[rune]glyph{}}
	var missing []rune
	for _, r := range requiredRunes {
		if !f.Has(r) {
			missing = append(missing, r)
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("%w：%s：缺少必需的字符 %q", ErrFontFormat, name, string(missing))
	}
	return f, nil
}

// checkMagic refuses collections and CFF outlines up front: fpdf would print a
// line to stdout and carry on without the font.
func checkMagic(data []byte) error {
	if len(data) < 12 {
		return errors.New("文件太短，不是字体文件")
	}
	switch string(data[:4]) {
	case "\x00\x01\x00\x00", "true":
		return nil
	case "ttcf":
		return errors.New("这是字体集（.ttc），PDF 只能嵌入单个 TrueType 字体（.ttf）；请先从中取出一个字体另存为 .ttf")
	case "OTTO":
		return errors.New("这是 CFF 轮廓的 OpenType 字体（.otf），PDF 只能嵌入 TrueType 轮廓的 .ttf 字体")
	case "wOFF", "wOF2":
		return errors.New("这是网页字体（.woff），请改用 TrueType 轮廓的 .ttf 字体")
	}
	return errors.New("不是 TrueType 字体文件")
}

// checkTables looks for what fpdf itself needs: a format 4 subtable in a
// Unicode cmap (it reads no other) and an OS/2 fsType that allows embedding.
func checkTables(data []byte) error {
	tables := map[string][]byte{}
	n := int(binary.BigEndian.Uint16(data[4:]))
	for i := range n {
		rec := 12 + 16*i
		if rec+16 > len(data) {
			return errors.New("表目录已损坏")
		}
		tag := string(data[rec : rec+4])
		off := int(binary.BigEndian.Uint32(data[rec+8:]))
		ln := int(binary.BigEndian.Uint32(data[rec+12:]))
		if off < 0 || ln < 0 || off+ln > len(data) {
			return fmt.Errorf("表 %s 超出文件范围", tag)
		}
		tables[tag] = data[off : off+ln]
	}
	for _, tag := range []string{"cmap", "glyf", "loca", "hmtx", "OS/2", "post", "name"} {
		if _, ok := tables[tag]; !ok {
			return fmt.Errorf("缺少 %s 表", tag)
		}
	}
	cmap := tables["cmap"]
	found := false
	for i := 0; len(cmap) >= 4 && i < int(binary.BigEndian.Uint16(cmap[2:])); i++ {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			break
		}
		pid, eid := binary.BigEndian.Uint16(cmap[rec:]), binary.BigEndian.Uint16(cmap[rec+2:])
		off := int(binary.BigEndian.Uint32(cmap[rec+4:]))
		if (pid == 3 && eid == 1 || pid == 0) && off+2 <= len(cmap) && binary.BigEndian.Uint16(cmap[off:]) == 4 {
			found = true
		}
	}
	if !found {
		return errors.New("没有格式 4 的 Unicode 字符映射表（cmap），PDF 库无法使用")
	}
	if os2 := tables["OS/2"]; len(os2) >= 10 {
		fs := binary.BigEndian.Uint16(os2[8:])
		if fs == 0x0002 || fs&0x0300 != 0 {
			return errors.New("字体许可禁止嵌入（OS/2 fsType）")
		}
	}
	return nil
}

func (f *Face) lookup(r rune) (glyph, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if g, ok := f.cache[r]; ok {
		return g, g.id != 0
	}
	var g glyph
	id, err := f.sf.GlyphIndex(&f.buf, r)
	if err == nil && id != 0 {
		adv, err := f.sf.GlyphAdvance(&f.buf, id, fixed.Int26_6(f.upm*64), font.HintingNone)
		if err == nil {
			// Rounded to 1/1000 em exactly as fpdf rounds its width table,
			// so positions computed here match what a viewer draws.
			g = glyph{id: id, adv: math.Round(float64(adv)/64/f.upm*1000) / 1000}
		}
	}
	f.cache[r] = g
	return g, g.id != 0
}

// family is the fpdf family name: Family, else the role.
func (f *Face) family() string {
	if f.Family != "" {
		return f.Family
	}
	return string(f.Role)
}

// Has reports whether the face's cmap maps r to a glyph.
func (f *Face) Has(r rune) bool {
	_, ok := f.lookup(r)
	return ok
}

// Advance is r's advance width in em (0 when the face lacks r).
func (f *Face) Advance(r rune) float64 {
	g, _ := f.lookup(r)
	return g.adv
}

// Outline returns r's outline in em units, y growing downwards from the
// baseline, for drawing characters fpdf cannot encode (above U+FFFF).
func (f *Face) Outline(r rune) ([]sfnt.Segment, error) {
	g, ok := f.lookup(r)
	if !ok {
		return nil, fmt.Errorf("%s 没有字符 %U", f.Name, r)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	segs, err := f.sf.LoadGlyph(&f.buf, g.id, fixed.Int26_6(f.upm*64), nil)
	if err != nil {
		return nil, fmt.Errorf("%s 的字符 %U 轮廓无法读取：%w", f.Name, r, err)
	}
	out := make([]sfnt.Segment, len(segs))
	copy(out, segs)
	return out, nil
}

// scale converts a LoadGlyph coordinate (font units × 64) to em.
func (f *Face) scale(v fixed.Int26_6) float64 { return float64(v) / 64 / f.upm }
