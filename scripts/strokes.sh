#!/bin/sh
# Regenerates rules/strokes/strokes.txt, the stroke order of each character
# as 按姓氏笔画 needs it, from the npm package cnchar-order (MIT, © theajack;
# its licence is kept as rules/strokes/LICENSE). Each line is a character
# followed by its strokes in writing order, each as the class the office
# rule compares: 1 横 (提 too), 2 竖 (竖钩 too), 3 撇, 4 点 (捺 too), 5 折
# (every other stroke with a turn or hook). 竖钩 goes with 竖 as the lists
# published 按姓氏笔画为序 have it (小 before 广, 孙 before 阴, 李 before 杨:
# see rules/strokes_test.go), though GB 13000.1 counts it among the 折笔.
# Needs npm and node; run from the repository root.
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent cnchar-order@3.2.6 >/dev/null && tar xzf cnchar-order-3.2.6.tgz)
cp "$tmp/package/LICENSE" rules/strokes/LICENSE
node - "$tmp/package/cnchar.order.min.js" > rules/strokes/strokes.txt <<'JS'
const src = require("fs").readFileSync(process.argv[2], "utf8");
const grab = (start, end) => { const i = src.indexOf(start); const s = src.slice(i + 12); return JSON.parse(s.slice(0, s.indexOf(end) + end.length - 2)); };
const order = grab("JSON.parse('{\"一\"", "}')");
const kinds = grab("JSON.parse('{\"a\":{\"shape", "}}')");
const cls = {};
for (const [k, v] of Object.entries(kinds)) {
  const n = v.name;
  cls[k] = n === "竖钩" ? "2" : v.type === "折笔" ? "5" : n === "横" || n === "提" ? "1" : n === "竖" ? "2" : n === "撇" ? "3" : "4";
}
const chars = Object.keys(order).sort((a, b) => a.codePointAt(0) - b.codePointAt(0));
for (const c of chars) process.stdout.write(c + [...order[c]].map(l => cls[l]).join("") + "\n");
JS
