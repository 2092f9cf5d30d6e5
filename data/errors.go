// Package data holds Huiwu's domain types, their validation and the coded
// errors that travel from the store to the screen. It has no SQL and no UI:
// the SQLite store lives in data/store, the screens in screens.
package data

import (
	"errors"
	"fmt"
	"strings"
)

// Code classifies an error so that the UI and the command line can react to
// it without parsing messages. The codes are stable English words; the
// message beside them is Chinese and fit for a user.
type Code string

// The error codes.
const (
	EInvalid    Code = "invalid"    // input failed validation
	ENotFound   Code = "not_found"  // the record does not exist (any more)
	EDuplicate  Code = "duplicate"  // an equal record exists
	EReferenced Code = "referenced" // still used by other records
	EConflict   Code = "conflict"   // someone saved the record in between
	ELocked     Code = "locked"     // another copy of the program holds the data folder
	EDamaged    Code = "damaged"    // the database file fails its checks
	ETooNew     Code = "too_new"    // written by a newer program version
	ENotHuiwu   Code = "not_huiwu"  // the file is not a Huiwu database
	EBusy       Code = "busy"       // the database stayed busy past the timeout
	EDiskFull   Code = "disk_full"  // no space left
	EReadOnly   Code = "read_only"  // opened read-only for recovery
	EInternal   Code = "internal"   // anything else
)

// Problem is one field's validation failure.
type Problem struct {
	Field   string // the field's Chinese label, e.g. "姓名"
	Message string // what is wrong, e.g. "不能为空"
}

// Error is Huiwu's domain error: a code, a Chinese message for the user, the
// per-field problems of a failed validation, and the underlying cause.
type Error struct {
	Code     Code
	Message  string
	Problems []Problem
	Err      error
}

func (e *Error) Error() string {
	if len(e.Problems) == 0 {
		return e.Message
	}
	parts := make([]string, 0, len(e.Problems))
	for _, p := range e.Problems {
		parts = append(parts, fmt.Sprintf("「%s」%s", p.Field, p.Message))
	}
	if e.Message == "" {
		return strings.Join(parts, "；")
	}
	return e.Message + "：" + strings.Join(parts, "；")
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf builds an Error with a formatted Chinese message.
func Errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Wrap builds an Error around a cause, keeping it for errors.Is/As.
func Wrap(code Code, err error, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...), Err: err}
}

// ErrorCode returns the code of the first *Error in err's chain, EInternal for
// any other non-nil error, and "" for nil.
func ErrorCode(err error) Code {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EInternal
}

// ErrorMessage returns the user-facing message of err: the *Error's message,
// or a generic Chinese sentence with the cause for anything unexpected.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Error()
	}
	return "内部错误：" + err.Error()
}

// ProblemsOf returns the validation problems carried by err, if any.
func ProblemsOf(err error) []Problem {
	var e *Error
	if errors.As(err, &e) {
		return e.Problems
	}
	return nil
}
