#!/usr/bin/env bash
# prepare.sh fetches the bundled faces from package registries and writes them
# here as plain TrueType files, so that go:embed can carry them in the binary.
# It is reproducible: every output is checked against the sha256 in SHA256SUMS.
# Run it from anywhere: fonts/prepare.sh
#
# Needs npm, apt-get (Debian bookworm lists), dpkg-deb and Debian's
# python3-fonttools (run through /usr/bin/python3: another python on PATH may
# lack fontTools). The PDF library embeds only TrueType outlines with a
# format 4 cmap, hence the conversion and subsetting in prepare.py.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
py=/usr/bin/python3

# npm_ttf PACKAGE@VERSION PATH-IN-PACKAGE OUT-NAME LICENCE-NAME copies one
# static TTF and its licence out of an npm tarball (the @expo-google-fonts
# packages ship Google's static TTFs).
npm_ttf() {
  local pkg=$1 inner=$2 out=$3 licence=$4
  (cd "$work" && npm pack --silent "$pkg" >/dev/null)
  local tgz
  tgz=$(ls "$work"/*.tgz | head -n 1)
  tar -xzf "$tgz" -C "$work" "package/$inner" package/LICENSE_FONT
  cp "$work/package/$inner" "$here/$out"
  cp "$work/package/LICENSE_FONT" "$here/$licence"
  rm -rf "${work:?}"/*
}

# deb_extract PACKAGE=VERSION DIR unpacks one Debian package into DIR.
deb_extract() {
  local pkg=$1 dir=$2
  mkdir -p "$dir"
  (cd "$dir" && apt-get download "$pkg" >/dev/null && dpkg-deb -x ./*.deb .)
}

# The PDF 黑体 (and the source of the UI face below): Noto Sans SC, full CJK coverage, OFL-1.1.
npm_ttf @expo-google-fonts/noto-sans-sc@0.4.3 400Regular/NotoSansSC_400Regular.ttf NotoSansSC-Regular.ttf OFL-NotoSansSC.txt
# The window's faces, regular and bold: Noto Sans CJK SC from Debian (OFL-1.1;
# the reserved name "Source" is not used), CFF outlines cut down to the
# characters of the PDF 黑体 above. prepare.py says why CFF.
deb_extract fonts-noto-cjk=1:20220127+repack1-1 "$work/cjk"
cjk="$work/cjk/usr/share/fonts/opentype/noto"
$py "$here/prepare.py" uiface "$cjk/NotoSansCJK-Regular.ttc" "Noto Sans CJK SC" "$here/NotoSansSC-Regular.ttf" "$here/NotoSansSC-UI.otf"
$py "$here/prepare.py" uiface "$cjk/NotoSansCJK-Bold.ttc" "Noto Sans CJK SC Bold" "$here/NotoSansSC-Regular.ttf" "$here/NotoSansSC-UI-Bold.otf"
cp "$work/cjk/usr/share/doc/fonts-noto-cjk/copyright" "$here/OFL-NotoSansCJK.txt"
rm -rf "${work:?}"/*

# Fallback face (宋, complete: every CJK Unified and Ext-A ideograph and the
# 通用规范汉字表 characters above U+FFFF): Noto Serif SC Regular, OFL-1.1,
# no reserved font name. Also the page-number face.
npm_ttf @expo-google-fonts/noto-serif-sc@0.4.3 400Regular/NotoSerifSC_400Regular.ttf NotoSerifSC-Regular.ttf OFL-NotoSerifSC.txt

# 小标宋-like title face: Noto Serif SC Black, cut down to GB 2312 and the
# punctuation a 公文 uses (rarer characters fall back to the Regular face).
(cd "$work" && npm pack --silent @expo-google-fonts/noto-serif-sc@0.4.3 >/dev/null)
tar -xzf "$work"/*.tgz -C "$work" package/900Black/NotoSerifSC_900Black.ttf
$py "$here/prepare.py" subset "$work/package/900Black/NotoSerifSC_900Black.ttf" \
  "$here/NotoSerifSC-Black-GB2312.ttf" gb2312
rm -rf "${work:?}"/*

# 仿宋 body face: FandolFang Regular from TeX Live (GPL-3 with the font
# exception), a CID-keyed CFF font: converted to TrueType quadratic outlines.
deb_extract texlive-lang-chinese=2022.20230122-1 "$work/tl"
fandol="$work/tl/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol"
$py "$here/prepare.py" otf2ttf "$fandol/FandolFang-Regular.otf" "$here/FandolFang-Regular.ttf"
{
  cat "$work/tl/usr/share/doc/texlive-doc/fonts/fandol/README"
  echo
  zcat "$work/tl/usr/share/doc/texlive-doc/fonts/fandol/COPYING.gz"
} >"$here/GPL-FandolFang.txt"
rm -rf "${work:?}"/*

# 楷体 face, also the source of outlines for characters above U+FFFF that the
# fallback lacks (such as U+20BB7): LXGW WenKai Regular (OFL-1.1), cut down to
# GB 2312 plus every supplementary-plane character it has. "霞鹜" and "LXGW"
# are reserved font names, so the subset is renamed "Huiwu Kai".
deb_extract fonts-lxgw-wenkai=1.250+repack-1 "$work/lx"
$py "$here/prepare.py" subset "$work/lx/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf" \
  "$here/HuiwuKai-Regular.ttf" gb2312+supp "Huiwu Kai"
cp "$work/lx/usr/share/doc/fonts-lxgw-wenkai/copyright" "$here/OFL-HuiwuKai.txt"

cd "$here" && sha256sum -c SHA256SUMS
