package typeset

import (
	"math"
	"slices"
	"strings"
)

// phraseBreak reports whether a break before rune i of a title falls between
// phrases: before 关于, or after 的, 和, 与, 及, 暨 and list punctuation. Titles
// must not split a word (formats.md); without a dictionary these are the
// boundaries official titles are built from.
func phraseBreak(rs []rune, i int) bool {
	if i+1 < len(rs) && rs[i] == '关' && rs[i+1] == '于' {
		return true
	}
	return strings.ContainsRune("的和与及暨、，", rs[i-1])
}

// phraseWeight is how many characters of imbalance between the two lines a
// phrase boundary is worth.
const phraseWeight = 8

// twoLineTitle picks the break of a two-line title: the most even split,
// preferring a phrase boundary when one is within phraseWeight characters of
// even. It returns nil when no break lets both lines fit.
func twoLineTitle(p prepared, bp BreakParams, unit float64) []Line {
	n := len(p.runes)
	if n < 2 || slices.Contains(p.runes, '\n') {
		return nil
	}
	allowed := breakOpportunities(p.runes)
	width := func(s, e int) float64 {
		w := float64(e-s-1) * bp.Gap
		for _, x := range p.widths[s:e] {
			w += x
		}
		return w
	}
	best, bestScore := -1, math.Inf(1)
	for b := 1; b < n; b++ {
		if !allowed[b] {
			continue
		}
		w1, w2 := width(0, b), width(b, n)
		if w1 > bp.First+1e-6 || w2 > bp.Rest+1e-6 {
			continue
		}
		score := math.Abs(w1-w2) / unit
		if phraseBreak(p.runes, b) {
			score -= phraseWeight
		}
		if score < bestScore {
			best, bestScore = b, score
		}
	}
	if best < 0 {
		return nil
	}
	return []Line{
		{Start: 0, End: best, Gap: bp.Gap, Base: bp.Gap, Width: width(0, best)},
		{Start: best, End: n, Gap: bp.Gap, Base: bp.Gap, Width: width(best, n)},
	}
}
