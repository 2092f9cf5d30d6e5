package store

import (
	"errors"
	"testing"
)

// A row already held by a UNIQUE index or a primary key is known by the
// driver's extended error code; other constraint failures (CHECK, NOT NULL)
// and errors of any other kind are not mistaken for it.
func TestIsUniqueByErrorCode(t *testing.T) {
	s := withDemo(t)
	tx, err := s.db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback() //nolint:errcheck // the table is only for this test
	if _, err := tx.Exec(`CREATE TEMP TABLE uniq (a INTEGER, b INTEGER, c TEXT UNIQUE, d TEXT NOT NULL CHECK (d <> ''), PRIMARY KEY (a, b))`); err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(`INSERT INTO uniq VALUES (1, 1, 'x', 'y')`); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		insert string
		unique bool
	}{
		{"same primary key", `INSERT INTO uniq VALUES (1, 1, 'z', 'y')`, true},
		{"same UNIQUE column", `INSERT INTO uniq VALUES (2, 1, 'x', 'y')`, true},
		{"CHECK failed", `INSERT INTO uniq VALUES (3, 1, 'w', '')`, false},
		{"NOT NULL failed", `INSERT INTO uniq VALUES (4, 1, 'v', NULL)`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tx.Exec(tt.insert)
			if err == nil {
				t.Fatal("the insert was accepted")
			}
			if got := isUnique(err); got != tt.unique {
				t.Errorf("isUnique(%v) = %v, want %v", err, got, tt.unique)
			}
		})
	}
	if isUnique(errors.New("UNIQUE constraint failed: uniq.c")) {
		t.Error("an error that only says UNIQUE was taken for the driver's")
	}
}
