package data

import (
	"context"
	"encoding/hex"
	"fmt"
)

// RosterService is what the screens need of the roster. The SQLite store
// implements it; screens depend on this interface only, never on SQL.
type RosterService interface {
	Units(ctx context.Context) ([]Unit, error)
	SaveUnit(ctx context.Context, u Unit) (Unit, error) // ID 0 creates
	DeleteUnit(ctx context.Context, id, version int64) error
	People(ctx context.Context) ([]Person, error)
	SavePerson(ctx context.Context, p Person) (Person, error) // ID 0 creates
	DeletePerson(ctx context.Context, id, version int64) error
	Oversights(ctx context.Context) ([]Oversight, error)
	SetOversight(ctx context.Context, unitID, leaderID int64) error // leaderID 0 clears
	Delegations(ctx context.Context) ([]Delegation, error)
	SaveDelegation(ctx context.Context, d Delegation) (Delegation, error)
	DeleteDelegation(ctx context.Context, id int64) error
	// ImportPeople adds people read from a file, all or nothing.
	ImportPeople(ctx context.Context, rows []ImportRow) (int, error)
}

// AuditHead identifies the newest audit entry: its sequence number and hash.
// Printed on exports, it lets a paper be checked against the log later.
type AuditHead struct {
	Seq  int64
	Hash []byte
}

// String renders the head as SEQ:HEX12, the form `huiwu audit verify --head` takes.
func (h AuditHead) String() string {
	if h.Seq == 0 {
		return "0:-"
	}
	s := hex.EncodeToString(h.Hash)
	if len(s) > 12 {
		s = s[:12]
	}
	return fmt.Sprintf("%d:%s", h.Seq, s)
}

// Status describes the open database for the settings screen and `huiwu version`.
type Status struct {
	DataDir       string
	DBPath        string
	SchemaVersion int
	Head          AuditHead
	Units, People int
}

// StatusService reports the state of the open database.
type StatusService interface {
	Status(ctx context.Context) (Status, error)
}
