package data

import (
	"fmt"
	"strings"
)

// Clause is a clause of the government's work rules (《溧阳市人民政府工作
// 规则》) by its number: Clause(48) is 第四十八条. A clause is written one way
// everywhere the program prints it (String), and read back from any of the
// forms older records and settings carry (ParseClause).
type Clause int

var numerals = []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}

// Numeral is the clause's number in Chinese numerals, 四十八 for 48: the
// form the database keeps in overrides and audit details.
func (c Clause) Numeral() string {
	n := int(c)
	switch {
	case n <= 0 || n >= 100:
		return fmt.Sprint(n)
	case n < 10:
		return numerals[n]
	case n < 20:
		return "十" + numerals[n%10]
	}
	return numerals[n/10] + "十" + numerals[n%10]
}

// String is the clause as papers and messages cite it: 第四十八条.
func (c Clause) String() string { return "第" + c.Numeral() + "条" }

// MarshalText keeps a clause in audit details and JSON as its numeral.
func (c Clause) MarshalText() ([]byte, error) { return []byte(c.Numeral()), nil }

// UnmarshalText reads any form ParseClause takes.
func (c *Clause) UnmarshalText(b []byte) error {
	v, err := ParseClause(string(b))
	*c = v
	return err
}

// ParseClause reads a clause written as 四十八, 第四十八条, （四十八） or 48.
func ParseClause(s string) (Clause, error) {
	t := strings.TrimSpace(s)
	t = strings.Trim(t, "（）()")
	t = strings.TrimPrefix(t, "第")
	t = strings.TrimSuffix(t, "条")
	var n int
	if _, err := fmt.Sscanf(t, "%d", &n); err == nil && fmt.Sprint(n) == t {
		if n > 0 && n < 100 {
			return Clause(n), nil
		}
		return 0, Errorf(EInvalid, "「%s」不是工作规则的条款", s)
	}
	for c := Clause(1); c < 100; c++ {
		if c.Numeral() == t {
			return c, nil
		}
	}
	return 0, Errorf(EInvalid, "「%s」不是工作规则的条款", s)
}
