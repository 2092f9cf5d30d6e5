package data

// DiffOp is what a part of a comparison is: the same in both texts, only in
// the older (deleted) or only in the newer (inserted).
type DiffOp int

// The comparison's operations.
const (
	DiffSame DiffOp = iota
	DiffDeleted
	DiffInserted
)

// DiffPart is a run of characters with one operation.
type DiffPart struct {
	Op   DiffOp
	Text string
}

// maxDiffWork bounds the comparison's effort (edit distance times length):
// two texts that differ beyond it are shown as one deletion and one
// insertion of their differing middle rather than freezing the screen.
const maxDiffWork = 20_000_000

// DiffChars compares two texts character by character (Myers' shortest edit
// script), so that a changed character of a 纪要 is marked, not its line.
func DiffChars(a, b string) []DiffPart {
	x, y := []rune(a), []rune(b)
	pre := 0
	for pre < len(x) && pre < len(y) && x[pre] == y[pre] {
		pre++
	}
	suf := 0
	for suf < len(x)-pre && suf < len(y)-pre && x[len(x)-1-suf] == y[len(y)-1-suf] {
		suf++
	}
	var out []DiffPart
	add := func(op DiffOp, r []rune) {
		if len(r) == 0 {
			return
		}
		if n := len(out); n > 0 && out[n-1].Op == op {
			out[n-1].Text += string(r)
			return
		}
		out = append(out, DiffPart{op, string(r)})
	}
	add(DiffSame, x[:pre])
	mx, my := x[pre:len(x)-suf], y[pre:len(y)-suf]
	for _, e := range myers(mx, my) {
		add(e.op, e.r)
	}
	add(DiffSame, x[len(x)-suf:])
	return out
}

type edit struct {
	op DiffOp
	r  []rune
}

// myers returns the edits from x to y, or a plain replace when the work
// would pass maxDiffWork.
func myers(x, y []rune) []edit {
	n, m := len(x), len(y)
	if n == 0 || m == 0 {
		return []edit{{DiffDeleted, x}, {DiffInserted, y}}
	}
	limit := n + m
	off := limit
	v := make([]int, 2*limit+2)
	var trace [][]int
	for d := 0; d <= limit; d++ {
		if d*(n+m) > maxDiffWork {
			return []edit{{DiffDeleted, x}, {DiffInserted, y}}
		}
		snap := make([]int, len(v))
		copy(snap, v)
		trace = append(trace, snap)
		for k := -d; k <= d; k += 2 {
			var i int
			if k == -d || (k != d && v[off+k-1] < v[off+k+1]) {
				i = v[off+k+1]
			} else {
				i = v[off+k-1] + 1
			}
			j := i - k
			for i < n && j < m && x[i] == y[j] {
				i, j = i+1, j+1
			}
			v[off+k] = i
			if i >= n && j >= m {
				return backtrack(x, y, trace, d, off)
			}
		}
	}
	return nil // unreachable: d = n+m always reaches the end
}

// backtrack walks the saved frontiers from the end back to the start and
// returns the edits in order. trace[d] is the frontier before round d.
func backtrack(x, y []rune, trace [][]int, d, off int) []edit {
	var rev []edit
	i, j := len(x), len(y)
	for ; d >= 0; d-- {
		v := trace[d]
		k := i - j
		pk := k - 1
		if k == -d || (k != d && v[off+k-1] < v[off+k+1]) {
			pk = k + 1
		}
		pi := v[off+pk]
		pj := pi - pk
		for i > pi && j > pj {
			rev = append(rev, edit{DiffSame, x[i-1 : i]})
			i, j = i-1, j-1
		}
		if d == 0 {
			break
		}
		if i == pi {
			rev = append(rev, edit{DiffInserted, y[pj:j]})
		} else {
			rev = append(rev, edit{DiffDeleted, x[pi:i]})
		}
		i, j = pi, pj
	}
	out := make([]edit, len(rev))
	for k, e := range rev {
		out[len(rev)-1-k] = e
	}
	return out
}
