package data

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestDiffCharsMarksTheChangedCharacters(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       []DiffPart
	}{
		{"same", "会议同意", "会议同意", []DiffPart{{DiffSame, "会议同意"}}},
		{
			"one character changed", "会议同意方案", "会议原则同意方案",
			[]DiffPart{{DiffSame, "会议"}, {DiffInserted, "原则"}, {DiffSame, "同意方案"}},
		},
		{
			"a figure corrected", "投资1.36亿元", "投资1.63亿元",
			[]DiffPart{{DiffSame, "投资1."}, {DiffDeleted, "3"}, {DiffSame, "6"}, {DiffInserted, "3"}, {DiffSame, "亿元"}},
		},
		{"from nothing", "", "新", []DiffPart{{DiffInserted, "新"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := DiffChars(tt.a, tt.b)
			if len(got) != len(tt.want) {
				t.Fatalf("got %+v", got)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("got %+v", got)
				}
			}
		})
	}
}

// Whatever the texts, the parts rebuild both and the edit is minimal enough
// that equal runs are not reported as changes.
func TestDiffCharsRebuildsBothTexts(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("会议同意要求市局一、。\\n")
	text := func() string {
		n := r.IntN(40)
		b := make([]rune, n)
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		return string(b)
	}
	for range 2000 {
		a, b := text(), text()
		var old, neu strings.Builder
		for _, p := range DiffChars(a, b) {
			if p.Op != DiffInserted {
				old.WriteString(p.Text)
			}
			if p.Op != DiffDeleted {
				neu.WriteString(p.Text)
			}
		}
		if old.String() != a || neu.String() != b {
			t.Fatalf("%q → %q rebuilt as %q → %q", a, b, old.String(), neu.String())
		}
	}
}
