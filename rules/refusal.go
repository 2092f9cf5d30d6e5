package rules

import (
	"slices"
	"strings"

	"huiwu/data"
)

// Clause numbers the rules cite, so that a clause is written one way.
const (
	c6  data.Clause = 6
	c8  data.Clause = 8
	c17 data.Clause = 17
	c19 data.Clause = 19
	c22 data.Clause = 22
	c23 data.Clause = 23
	c24 data.Clause = 24
	c25 data.Clause = 25
	c30 data.Clause = 30
	c40 data.Clause = 40
	c41 data.Clause = 41
	c42 data.Clause = 42
	c43 data.Clause = 43
	c44 data.Clause = 44
	c45 data.Clause = 45
	c47 data.Clause = 47
	c48 data.Clause = 48
	c49 data.Clause = 49
	c50 data.Clause = 50
	c61 data.Clause = 61
)

// refuse is a refusal under clause c that no reason can override: the
// steps of a workflow, a frozen record, a form the clause prescribes.
func refuse(c data.Clause, format string, args ...any) *data.RuleError {
	return &data.RuleError{Err: data.Errorf(data.EInvalid, format, args...), Clauses: []data.Clause{c}}
}

// Breach is one finding against a record, with its clause; the findings a
// change raises are refused together (Refusal), overridably.
type Breach struct {
	Clause  data.Clause
	Message string
}

func (f Breach) String() string { return f.Message + "（" + f.Clause.String() + "）" }

// Finding is a breach found on one field of a form.
type Finding struct {
	Field string
	Breach
}

// Refusal refuses the findings not already overridden, each as a problem
// under its field, overridably; nil when none is left. A finding whose
// clause was overridden earlier (kept with the record) or now (carried by
// the change) no longer stops the change.
func Refusal(message string, findings []Finding, overridden []data.Override) error {
	var problems []data.Problem
	var clauses []data.Clause
	for _, f := range findings {
		if slices.ContainsFunc(overridden, func(o data.Override) bool { return o.Clause == f.Clause }) {
			continue
		}
		problems = append(problems, data.Problem{Field: f.Field, Message: f.String()})
		if !slices.Contains(clauses, f.Clause) {
			clauses = append(clauses, f.Clause)
		}
	}
	if len(problems) == 0 {
		return nil
	}
	return &data.RuleError{Err: &data.Error{Code: data.EInvalid, Message: message, Problems: problems}, Clauses: clauses, Overridable: true}
}

// already is a state's name after 已 as a refusal says it: 已归档, not
// 已已归档 for the names that carry it already.
func already(name string) string {
	if strings.HasPrefix(name, "已") {
		return name
	}
	return "已" + name
}
