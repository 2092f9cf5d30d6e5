package rules

import "huiwu/data"

// Clause numbers cited by the rules of issue 17 (items 9, 10, 12), kept
// apart from refusal.go's list so that parallel changes do not collide.
const (
	c27 data.Clause = 27
	c46 data.Clause = 46
	c51 data.Clause = 51
)
