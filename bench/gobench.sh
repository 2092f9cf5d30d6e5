#!/bin/sh
# gobench.sh COUNT DATA PATTERN OUT PKG...
#
# Runs the Go benchmarks matching PATTERN in each PKG on the data folder DATA,
# COUNT rounds, each round every package once, and writes their output to
# OUT; bench/run takes each benchmark's median. Rounds, not `go test -count`,
# which runs one benchmark COUNT times before the next: a slow minute then
# fell on a paper and not on the bare library it is held to. The test
# binaries are built once (GO and TAGS from the Makefile) and run in their
# package's folder, as go test runs them.
set -e
count=$1 data=$2 pattern=$3 out=$4
shift 4
root=$(pwd)
mkdir -p build/benchbin
for p in "$@"; do
	"$GO" test -c -tags "$TAGS" -o "build/benchbin/$(echo "$p" | tr / _).test" "./$p"
done
: >"$out"
round=0
while [ "$round" -lt "$count" ]; do
	for p in "$@"; do
		(cd "$p" && HUIWU_BENCH_DATA="$data" "$root/build/benchbin/$(echo "$p" | tr / _).test" \
			-test.run '^$' -test.bench "$pattern" -test.count 1) >>"$out"
	done
	round=$((round + 1))
done
