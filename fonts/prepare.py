"""prepare.py converts and subsets the bundled faces for prepare.sh.

Run by prepare.sh with Debian's /usr/bin/python3 (python3-fonttools): the
typesetter's PDF library embeds only TrueType outlines read through a cmap
format 4 table, so CFF faces are converted and large faces are cut down here,
once, instead of at run time. Timestamps are kept from the source files so that
the output bytes are the same on every run (SHA256SUMS checks that).

Usage:
  prepare.py otf2ttf IN.otf OUT.ttf
  prepare.py uiface IN.ttc FACE-NAME REF.ttf OUT.otf
  prepare.py subset IN.ttf OUT.ttf SET [FAMILY]
SET is "gb2312" (GB 2312 hanzi and symbols) or "gb2312+supp" (the same plus
every code point above U+FFFF the face has). FAMILY, when given, replaces the
family names: required by the OFL when a face with reserved names is subset.
"""
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable


def otf2ttf(src, dst):
    font = TTFont(src, recalcTimestamp=False)
    if font.sfntVersion != "OTTO" or "CFF " not in font:
        sys.exit(f"{src}: not a CFF OpenType font")
    order = font.getGlyphOrder()
    gset = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(gset)
        # max_err 1 unit of a 1000-unit em is far below what print shows;
        # reverse_direction turns PostScript winding into TrueType winding.
        gset[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, g in glyphs.items():
        adv, _ = hmtx.metrics[name]
        hmtx.metrics[name] = (adv, g.xMin if hasattr(g, "xMin") else 0)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones",):
        setattr(maxp, field, 1)
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                  "maxComponentElements"):
        setattr(maxp, field, 0)
    post = font["post"]
    post.formatType = 3.0  # no glyph names: CID names carry nothing and cost bytes
    post.extraNames = []
    post.mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(dst)


def uiface(ttc, family, ref, dst):
    """Cuts the window's face out of a Noto Sans CJK collection.

    The window's text library (go-text, under Fyne) decodes every glyph of a
    TrueType glyf table into memory each time it opens a face, and Fyne opens
    the theme's face once per text style: the full TrueType Noto Sans SC cost
    about 25 MB and 60 ms a style. A CFF face is only indexed (its charstrings
    are read when a glyph is drawn), and Adobe's subroutinized charstrings are
    half the size of converted ones. The face named family is taken from the
    collection and cut down to exactly the characters of ref (the PDF 黑体, so
    screen and paper cover the same text), without hints (the window does not
    use them), vertical metrics or other regions' glyph variants.
    """
    from fontTools.ttLib import TTCollection
    names = [f["name"].getDebugName(4) for f in TTCollection(ttc).fonts]
    if names.count(family) != 1:
        sys.exit(f"{ttc}: no single face named {family} in {names}")
    font = TTFont(ttc, fontNumber=names.index(family), recalcTimestamp=False)
    # Variation sequences would pull in every region's glyph forms.
    font["cmap"].tables = [t for t in font["cmap"].tables if t.format != 14]
    opts = subset.Options()
    opts.layout_features = ["kern", "palt", "halt"]
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.notdef_outline = True
    opts.glyph_names = False
    opts.hinting = False
    opts.recalc_timestamp = False
    opts.drop_tables += ["VORG", "vmtx", "vhea", "BASE"]
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=sorted(TTFont(ref).getBestCmap()))
    sub.subset(font)
    font.save(dst)


def gb2312_chars():
    chars = set(range(0x20, 0x7F))
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes([hi, lo]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    # Punctuation a 公文 uses that GB 2312 lacks or that editors produce:
    # 〔〕 for 发文字号, 〈〉, the ideographic space, middle dots and dashes.
    chars.update(range(0x2000, 0x206F))
    chars.update(range(0x3000, 0x3040))
    chars.update(range(0xFF00, 0xFFF0))
    chars.update([0xA0, 0xA9, 0xAE, 0xB0, 0xB1, 0xB7, 0xD7, 0xF7, 0x2116, 0x2103, 0x2460, 0x2461])
    chars.update(range(0x2460, 0x2474))  # circled numbers ①–⑳
    return chars


def do_subset(src, dst, which, family=None):
    font = TTFont(src, recalcTimestamp=False)
    chars = gb2312_chars()
    if which == "gb2312+supp":
        chars.update(c for c in font.getBestCmap() if c > 0xFFFF)
    elif which != "gb2312":
        sys.exit(f"unknown set {which}")
    opts = subset.Options()
    opts.layout_features = ["*"]
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.notdef_outline = True
    opts.glyph_names = False
    opts.recalc_timestamp = False
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=sorted(chars))
    sub.subset(font)
    if family:
        rename(font, family)
    font.save(dst)


def rename(font, family):
    ps = family.replace(" ", "") + "-Regular"
    table = font["name"]
    keep = []
    for rec in table.names:
        if rec.nameID in (1, 16):
            rec.string = family
        elif rec.nameID in (2, 17):
            rec.string = "Regular"
        elif rec.nameID in (3,):
            rec.string = ps + ";subset"
        elif rec.nameID == 4:
            rec.string = family
        elif rec.nameID == 6:
            rec.string = ps
        keep.append(rec)
    table.names = keep


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "otf2ttf":
        otf2ttf(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 6 and sys.argv[1] == "uiface":
        uiface(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5])
    elif len(sys.argv) >= 5 and sys.argv[1] == "subset":
        do_subset(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5] if len(sys.argv) > 5 else None)
    else:
        sys.exit(__doc__)
