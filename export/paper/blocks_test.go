package paper

import (
	"encoding/json"
	"io"
	"strings"
	"testing"

	"huiwu/export/typeset"
)

// render decodes a kind's example, lets change edit it, and renders it.
func render[P Paper](t *testing.T, kind string, p P, change func(P)) typeset.Layout {
	t.Helper()
	if err := json.Unmarshal(exampleJSON(t, kind), p); err != nil {
		t.Fatal(err)
	}
	change(p)
	lay, err := Render(p, io.Discard, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	return lay
}

// pages lists the page of every line starting with prefix, in order.
func pages(lay typeset.Layout, prefix string) []int {
	var out []int
	for _, l := range lay.Lines {
		if strings.HasPrefix(l.Text, prefix) {
			out = append(out, l.Page)
		}
	}
	return out
}

// TestBlocksStayTogether: the 签发 block of the 审签单, each unit's block of
// the 会签单 and the sign-in totals with the last row never break across
// pages; where a block moves, its first line opens the next page.
func TestBlocksStayTogether(t *testing.T) {
	t.Run("signoff_签发_block_moves_whole", func(t *testing.T) {
		lay := render(t, "signoff", &SignOffSheet{}, func(*SignOffSheet) {})
		head, sign := pages(lay, "（3）签发"), pages(lay, "签　　名")
		if len(head) != 1 || len(sign) != 3 || head[0] != 2 || sign[2] != 2 {
			t.Errorf("签发 heading on pages %v, signature lines on %v; want the block on page 2", head, sign)
		}
	})
	t.Run("countersign_unit_blocks_never_split", func(t *testing.T) {
		lay := render(t, "countersign", &CountersignSheet{}, func(s *CountersignSheet) {
			s.Units = append(s.Units, s.Units...) // eight units: several pages
		})
		heads, signs := pages(lay, "会签单位（"), pages(lay, "签　　名")
		if len(heads) != 8 || len(signs) != 8 || lay.Pages < 2 {
			t.Fatalf("%d unit heads, %d signature lines on %d pages", len(heads), len(signs), lay.Pages)
		}
		for i := range heads {
			if heads[i] != signs[i] {
				t.Errorf("unit %d starts on page %d and is signed on page %d", i+1, heads[i], signs[i])
			}
		}
	})
	t.Run("signin_totals_stay_with_the_last_row", func(t *testing.T) {
		for extra := range 22 { // every position of the last row on a page
			lay := render(t, "signin", &SignInSheet{}, func(s *SignInSheet) {
				s.Groups = s.Groups[:1]
				for range extra {
					s.Groups[0].Rows = append(s.Groups[0].Rows, s.Groups[0].Rows[0])
				}
			})
			n := len(pages(lay, "序号"))
			rec, total := pages(lay, "记录人"), pages(lay, "应到")
			rows := 7 + extra
			var last []int // the page of the last row's 序号 cell
			for _, l := range lay.Lines {
				if l.Style == "signin-cell" && l.Text == itoa(rows) {
					last = append(last, l.Page)
				}
			}
			if len(rec) != 1 || len(total) != 1 || len(last) != 1 || rec[0] != last[0] || total[0] != last[0] || n != lay.Pages {
				t.Errorf("%d rows: last row on %v, totals on %v, recorder on %v, %d header rows on %d pages",
					rows, last, total, rec, n, lay.Pages)
			}
		}
	})
}
