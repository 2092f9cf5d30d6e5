package data

import "testing"

func TestClauseForms(t *testing.T) {
	for _, tc := range []struct {
		c       Clause
		numeral string
		cited   string
	}{
		{6, "六", "第六条"},
		{10, "十", "第十条"},
		{17, "十七", "第十七条"},
		{20, "二十", "第二十条"},
		{41, "四十一", "第四十一条"},
		{48, "四十八", "第四十八条"},
		{61, "六十一", "第六十一条"},
	} {
		if got := tc.c.Numeral(); got != tc.numeral {
			t.Errorf("Clause(%d).Numeral() = %q, want %q", int(tc.c), got, tc.numeral)
		}
		if got := tc.c.String(); got != tc.cited {
			t.Errorf("Clause(%d).String() = %q, want %q", int(tc.c), got, tc.cited)
		}
		for _, form := range []string{tc.numeral, tc.cited, "（" + tc.numeral + "）", " " + tc.numeral + " "} {
			if got, err := ParseClause(form); err != nil || got != tc.c {
				t.Errorf("ParseClause(%q) = %d, %v; want %d", form, got, err, tc.c)
			}
		}
	}
	for _, bad := range []string{"", "第条", "一百", "四十八款", "0", "120"} {
		if _, err := ParseClause(bad); ErrorCode(err) != EInvalid {
			t.Errorf("ParseClause(%q) error %v, want invalid", bad, err)
		}
	}
}
