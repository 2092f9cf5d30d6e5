package data

import "time"

// RosterBatch is a whole roster loaded at once (demonstration data, later an
// import), with people, 分管 and delegations referring to units and people
// by name so that it can be written before any ID exists.
type RosterBatch struct {
	Units       []Unit
	People      []BatchPerson
	Oversights  []BatchOversight
	Delegations []BatchDelegation
}

// BatchPerson is a person whose unit is named, not numbered.
type BatchPerson struct {
	Person
	Unit string // unit name; "" for none
}

// BatchOversight says that the leader named Leader oversees the unit named Unit.
type BatchOversight struct{ Unit, Leader string }

// BatchDelegation is a delegation to the person named Delegate.
type BatchDelegation struct {
	Delegate string
	From, To time.Time
	Reason   string
}

// ImportRow is a person read from a file, with the line it came from so
// that every problem can name it.
type ImportRow struct {
	Line int
	BatchPerson
}
