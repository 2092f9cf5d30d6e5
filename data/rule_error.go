package data

import (
	"errors"
	"slices"
)

// RuleError is a change refused under the work rules. Every such refusal is
// one, and package rules alone makes them; the store and the screens only
// pass them on and show them. It carries the coded error (EInvalid, with a
// problem per finding where there are several), the clauses the refusal
// rests on, and whether the secretary may go ahead all the same with a
// reason: an overridable refusal is answered by sending the same change
// again with the reason, which is written in the change's own transaction
// and audited with it, or not at all.
type RuleError struct {
	Err         *Error
	Clauses     []Clause
	Overridable bool
}

func (e *RuleError) Error() string { return e.Err.Error() }

// Unwrap lets ErrorCode, ErrorMessage and ProblemsOf see the coded error.
func (e *RuleError) Unwrap() error { return e.Err }

// RuleRefusal returns the work-rule refusal in err's chain, if any.
func RuleRefusal(err error) (*RuleError, bool) {
	var re *RuleError
	ok := errors.As(err, &re)
	return re, ok
}

// Overridable tells whether err is a work-rule refusal that a recorded
// reason may override.
func Overridable(err error) bool {
	re, ok := RuleRefusal(err)
	return ok && re.Overridable
}

// OverridesFor turns a reason into one override a clause of the refusal,
// the form in which a change carries it.
func OverridesFor(re *RuleError, reason string) []Override {
	reason = Clean(reason)
	out := make([]Override, 0, len(re.Clauses))
	for _, c := range re.Clauses {
		if !slices.ContainsFunc(out, func(o Override) bool { return o.Clause == c }) {
			out = append(out, Override{Clause: c, Reason: reason})
		}
	}
	return out
}

// ValidateOverrides requires every override's reason, within MaxReason.
func ValidateOverrides(os []Override) error {
	var v validator
	for _, o := range os {
		v.text("越规理由", o.Reason, true, MaxReason)
	}
	return v.err("越规理由")
}
