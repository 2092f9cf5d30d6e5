#!/bin/sh
# Regenerates rules/strokes/strokes.txt, the stroke order of each character
# as 按姓氏笔画 needs it. Each line is a character followed by its strokes in
# writing order, each as the class the office rule compares: 1 横 (提 too),
# 2 竖 (竖钩 too), 3 撇, 4 点 (捺 too), 5 折 (every other stroke with a turn
# or hook). 竖钩 goes with 竖 as the lists published 按姓氏笔画为序 have it
# (小 before 广, 孙 before 阴, 李 before 杨: see rules/strokes_test.go),
# though GB 13000.1 counts it among the 折笔.
#
# Two sources, each with its licence kept in rules/strokes/ (README.md there
# says which characters come from which):
#   - the npm package cnchar-order 3.2.6 (MIT, © theajack;
#     LICENSE-cnchar-order): every character it has, 6,939 (GB 2312 and the
#     name characters it adds), exactly as it gives them;
#   - the Debian package rime-data-stroke 0.0~git20230204.c8bc405-1, the
#     五笔画 table of the Rime input method (LGPL-3; LICENSE-rime-stroke,
#     which also holds the LGPL's and the GPL's texts): every other character
#     of the CJK Unified Ideographs block (U+4E00–U+9FFF: GB 18030's two-byte
#     range and the block's later additions) and of the 通用规范汉字表 (2013)
#     that it has. Its codes h s p n z are 横 竖 撇 点 折 and already count
#     竖钩 as 竖 and 提 as 横. Where it gives a character more than one
#     sequence (its main table, from Taiwan's CNS 11643, counts 竖钩 as 折
#     and writes some components in Taiwan's order; the mainland table
#     follows it), the one taken is the last whose length is the character's
#     stroke count in Unihan (kTotalStrokes, the mainland count first), or the
#     last of all when none is.
# Unihan comes from the Debian package unicode-data 15.0.0-1 (Unicode
# licence; LICENSE-unicode): kTotalStrokes to choose among Rime's sequences,
# kTGH to know the 通用规范汉字表's characters outside the block. No Unihan
# value is copied into strokes.txt.
#
# Needs npm, node, apt-get (after apt-get update), dpkg-deb and bzcat; run
# from the repository root.
set -eu
out=rules/strokes
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent cnchar-order@3.2.6 >/dev/null && tar xzf cnchar-order-3.2.6.tgz)
# apt-get download fetches into the working folder; as root it warns that
# the folder is not the _apt user's, which does no harm.
(cd "$tmp" && apt-get download -qq 'rime-data-stroke=0.0~git20230204.c8bc405-1' 'unicode-data=15.0.0-1' 2>/dev/null)
dpkg-deb -x "$tmp"/rime-data-stroke_*.deb "$tmp/rime"
dpkg-deb -x "$tmp"/unicode-data_*.deb "$tmp/ucd"

cp "$tmp/package/LICENSE" "$out/LICENSE-cnchar-order"
{
	cat "$tmp/rime/usr/share/doc/rime-data-stroke/copyright"
	printf '\n\n========== GNU LESSER GENERAL PUBLIC LICENSE, version 3 ==========\n\n'
	cat /usr/share/common-licenses/LGPL-3
	printf '\n\n========== GNU GENERAL PUBLIC LICENSE, version 3 (which the LGPL supplements) ==========\n\n'
	cat /usr/share/common-licenses/GPL-3
} >"$out/LICENSE-rime-stroke"
cp "$tmp/ucd/usr/share/doc/unicode-data/copyright" "$out/LICENSE-unicode"

bzcat "$tmp"/ucd/usr/share/unicode/Unihan_*.txt.bz2 | grep -P '\t(kTotalStrokes|kTGH)\t' >"$tmp/unihan.txt"

node - "$tmp/package/cnchar.order.min.js" "$tmp/rime/usr/share/rime-data/stroke.dict.yaml" "$tmp/unihan.txt" >"$out/strokes.txt" <<'JS'
const fs = require("fs");
const [cncharJs, rimeDict, unihan] = process.argv.slice(2);

// cnchar-order: its stroke letters, each classed by the name its table gives.
const src = fs.readFileSync(cncharJs, "utf8");
const grab = (start, end) => { const i = src.indexOf(start); const s = src.slice(i + 12); return JSON.parse(s.slice(0, s.indexOf(end) + end.length - 2)); };
const order = grab("JSON.parse('{\"一\"", "}')");
const kinds = grab("JSON.parse('{\"a\":{\"shape", "}}')");
const cls = {};
for (const [k, v] of Object.entries(kinds)) {
  const n = v.name;
  cls[k] = n === "竖钩" ? "2" : v.type === "折笔" ? "5" : n === "横" || n === "提" ? "1" : n === "竖" ? "2" : n === "撇" ? "3" : "4";
}
const strokes = new Map();
for (const c of Object.keys(order)) strokes.set(c, [...order[c]].map(l => cls[l]).join(""));

// Unihan: the mainland stroke count and the 通用规范汉字表's characters.
const count = new Map(), tgh = new Set();
for (const line of fs.readFileSync(unihan, "utf8").split("\n")) {
  const [u, field, value] = line.split("\t");
  if (!value) continue;
  const c = String.fromCodePoint(parseInt(u.slice(2), 16));
  if (field === "kTotalStrokes") count.set(c, Number(value.split(" ")[0]));
  else tgh.add(c);
}

// Rime: every sequence of each single character, in the table's order.
const rime = new Map();
let body = false;
for (const line of fs.readFileSync(rimeDict, "utf8").split("\n")) {
  if (line === "...") { body = true; continue; }
  if (!body || line === "" || line.startsWith("#")) continue;
  const [c, code] = line.split("\t");
  if ([...c].length !== 1 || !/^[hspnz]+$/.test(code)) continue;
  if (!rime.has(c)) rime.set(c, []);
  rime.get(c).push(code.replace(/[hspnz]/g, s => "12345"["hspnz".indexOf(s)]));
}
const inBlock = c => { const p = c.codePointAt(0); return p >= 0x4e00 && p <= 0x9fff; };
for (const [c, codes] of rime) {
  if (strokes.has(c) || !(inBlock(c) || tgh.has(c))) continue;
  const fit = codes.filter(s => s.length === count.get(c));
  strokes.set(c, (fit.length ? fit : codes).at(-1));
}

const chars = [...strokes.keys()].sort((a, b) => a.codePointAt(0) - b.codePointAt(0));
for (const c of chars) process.stdout.write(c + strokes.get(c) + "\n");
JS
