#!/bin/sh
# check.sh TARBALL BUILD_DATE — unpack the Linux package, install it the two
# ways its Makefile offers (a PREFIX, and DESTDIR staging), run the installed
# program's `huiwu version`, and uninstall: what an office's IT staff do.
# `make linux` runs it on every package it makes.
set -eu
tarball=$1
build_date=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir "$tmp/src"
tar -C "$tmp/src" -xJf "$tarball"

# 1. PREFIX: installed where it runs from.
prefix="$tmp/prefix"
make -s -C "$tmp/src" install PREFIX="$prefix"
bin="$prefix/bin/huiwu"
desktop=$(find "$prefix/share/applications" -name '*.desktop')
grep -qx "Exec=$bin" "$desktop" || { echo "check: $desktop does not start $bin" >&2; exit 1; }
icon=$(sed -n 's/^Icon=//p' "$desktop")
test -f "$prefix/share/icons/hicolor/512x512/apps/$icon.png" || { echo "check: icon $icon not installed" >&2; exit 1; }
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$desktop"; fi
# LANG as on an office desktop: under LANG=C Fyne logs that it cannot
# parse the locale, which is noise here.
out=$(LANG=zh_CN.UTF-8 LC_ALL= "$bin" --data "$tmp/data" version)
echo "$out" | grep -q "（构建 .*，$build_date）" || { echo "check: installed huiwu version says:" >&2; echo "$out" >&2; exit 1; }
make -s -C "$tmp/src" uninstall PREFIX="$prefix"
left=$(find "$prefix" -type f)
test -z "$left" || { echo "check: uninstall left $left" >&2; exit 1; }

# 2. DESTDIR: staged for a package builder, the menu entry names PREFIX.
make -s -C "$tmp/src" install DESTDIR="$tmp/stage" PREFIX=/opt/huiwu
test -x "$tmp/stage/opt/huiwu/bin/huiwu"
grep -qx "Exec=/opt/huiwu/bin/huiwu" "$tmp/stage/opt/huiwu/share/applications/"*.desktop
make -s -C "$tmp/src" uninstall DESTDIR="$tmp/stage" PREFIX=/opt/huiwu
test -z "$(find "$tmp/stage" -type f)"

echo "linux package: $tarball installs, runs and uninstalls — $(echo "$out" | head -1)"
