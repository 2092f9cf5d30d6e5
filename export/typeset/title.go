package typeset

import (
	_ "embed"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/go-ego/gse"
)

// zhWords is the segmenter's word list (words/prepare.sh): a subset of
// gse's own dictionary, as the whole one takes seconds and 220 MB to load.
//
//go:embed words/zh.txt
var zhWords string

var (
	segOnce sync.Once
	seg     gse.Segmenter
	segErr  error
)

// wordGlue cuts a title into words with gse and returns glue[i] for every
// rune i inside a word (nil if the segmenter cannot be loaded or does not
// give the text back whole, in which case the title breaks as body text).
// The word list is loaded on the first call only: a window that never sets
// a wrapping title never pays for it.
func wordGlue(rs []rune) []bool {
	segOnce.Do(func() {
		seg.SkipLog = true
		segErr = seg.LoadDictStr(zhWords)
	})
	if segErr != nil {
		return nil
	}
	glue := make([]bool, len(rs)+1)
	pos := 0
	for _, w := range seg.Cut(string(rs), true) {
		n := utf8.RuneCountInString(w)
		for i := pos + 1; i < pos+n && i < len(rs); i++ {
			glue[i] = true
		}
		pos += n
	}
	if pos != len(rs) {
		return nil
	}
	return glue
}

// phraseBreak reports whether a break before rune i of a title falls between
// phrases, which a reader prefers among the breaks between words: before
// 关于, or after 的, 和, 与, 及, 暨 and list punctuation.
func phraseBreak(rs []rune, i int) bool {
	if i+1 < len(rs) && rs[i] == '关' && rs[i+1] == '于' {
		return true
	}
	return strings.ContainsRune("的和与及暨、，", rs[i-1])
}

// phraseWeight is how many characters of imbalance between the two lines a
// phrase boundary is worth.
const phraseWeight = 8

// twoLineTitle picks the break of a two-line title among the breaks between
// words: the most even split, preferring a phrase boundary when one is
// within phraseWeight characters of even. It returns nil when no break lets
// both lines fit.
func twoLineTitle(p prepared, bp BreakParams, unit float64) []Line {
	n := len(p.runes)
	if n < 2 || slices.Contains(p.runes, '\n') {
		return nil
	}
	allowed := opportunities(p.runes, bp.Glue)
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
