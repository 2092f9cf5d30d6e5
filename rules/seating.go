package rules

import (
	"slices"

	"huiwu/data"
)

// Layout is how a room seats a meeting (formats.md, 座次).
type Layout string

// The layouts.
const (
	Rostrum   Layout = "rostrum"    // 主席台 facing the hall, the rest in rows
	LongTable Layout = "long_table" // one long table, the head side facing the door
)

// DefaultLayout is the usual layout of a kind: a 主席台 for the plenary
// and city-wide conferences, a long table for everything else.
func DefaultLayout(k data.MeetingKind) Layout {
	if k == data.MeetingPlenary || k == data.MeetingCityWide {
		return Rostrum
	}
	return LongTable
}

// Row names where a seat is.
type Row string

// The rows of a seating chart.
const (
	RowRostrum  Row = "主席台"
	RowHead     Row = "面门一侧" // the long table's side facing the door
	RowFoot     Row = "背门一侧" // the side with its back to the door
	RowHall     Row = "台下"   // the rows below a 主席台
	RowObserver Row = "列席"
)

// Seat is one person's place: a row and a position counted from the
// audience's (or the door's) left, 1-based.
type Seat struct {
	PersonID int64
	Name     string
	Row      Row
	Pos      int
	Rank     int // the person's place in the protocol order, 1-based
	// For is the member a substitute sits for (代会): the seat and its 桌签
	// are the substitute's, Name; "" when the member sits in person.
	For string
}

// CentreOrder applies 以左为尊 (formats.md): the left judged from the seated
// leader's own side, so seen from the audience 1 sits in the centre, 2 to
// the audience's right of 1, 3 to its left, alternating outward. Odd count:
// 7 5 3 1 2 4 6; even count: 1 and 2 share the centre, 7 5 3 1 2 4 6 8. It
// returns, for each position from the audience's left, the rank seated there.
func CentreOrder(n int) []int {
	out := make([]int, 0, n)
	for r := n; r >= 1; r-- {
		if r%2 == 1 {
			out = append(out, r)
		}
	}
	for r := 2; r <= n; r += 2 {
		out = append(out, r)
	}
	return out
}

// SeatingInput is what Seating arranges: the members in the order they take
// precedence (protocol order, or as adjusted by hand), the 列席 in theirs.
type SeatingInput struct {
	Layout    Layout
	Members   []data.Participant // 出席, in precedence order
	Observers []data.Participant // 列席 and invited, in order
	// RostrumSeats is how many members sit on the 主席台 (the rest go to
	// the hall); PerSide is the seats along each side of a long table.
	RostrumSeats, PerSide int
}

// Seating places everyone: members by 以左为尊 on the 主席台 or along the
// long table (the head side first, then the foot side), the rest of the
// members in the hall, and the 列席 in their own row, left to right in
// order. A member who sends a substitute (代会) keeps the place; the
// substitute sits in it and has its 桌签 (Occupant).
func Seating(in SeatingInput) []Seat {
	var out []Seat
	seat := func(p data.Participant, row Row, pos, rank int) {
		s := Seat{PersonID: p.PersonID, Name: p.Name, Row: row, Pos: pos, Rank: rank}
		if name, sub := Occupant(p); sub {
			s.Name, s.For = name, p.Name
		}
		out = append(out, s)
	}
	place := func(ps []data.Participant, row Row, rank0 int) {
		for pos, r := range CentreOrder(len(ps)) {
			seat(ps[r-1], row, pos+1, rank0+r)
		}
	}
	inOrder := func(ps []data.Participant, row Row, rank0 int) {
		for i, p := range ps {
			seat(p, row, i+1, rank0+i+1)
		}
	}
	m := in.Members
	switch in.Layout {
	case Rostrum:
		n := min(max(in.RostrumSeats, 1), len(m))
		place(m[:n], RowRostrum, 0)
		inOrder(m[n:], RowHall, n)
	default:
		k := in.PerSide
		if k <= 0 {
			k = (len(m) + 1) / 2
		}
		k = min(k, len(m))
		place(m[:k], RowHead, 0)
		rest := min(len(m), 2*k)
		place(m[k:rest], RowFoot, k)
		inOrder(m[rest:], RowHall, rest)
	}
	inOrder(in.Observers, RowObserver, len(m))
	return out
}

// RostrumSize is how many sit on a 主席台 by default: the government's
// leaders among the members (those with a protocol rank), at least one.
func RostrumSize(members []data.Participant) int {
	n := 0
	for _, p := range members {
		if p.Rank > 0 {
			n++
		}
	}
	return max(n, 1)
}

// Precedence is the order members take their seats in: those the secretary
// placed by hand (Seat > 0) by their seat number, then everyone else in the
// order given (protocol order).
func Precedence(ps []data.Participant) []data.Participant {
	out := slices.Clone(ps)
	slices.SortStableFunc(out, func(a, b data.Participant) int {
		switch {
		case a.Seat > 0 && b.Seat > 0:
			return a.Seat - b.Seat
		case a.Seat > 0:
			return -1
		case b.Seat > 0:
			return 1
		}
		return 0
	})
	return out
}

// SeatingFor arranges a meeting's participants: members (出席) in
// precedence on the layout, 列席 and invitees in their row; staff do not
// sit at the table.
func SeatingFor(layout Layout, ps []data.Participant, perSide int) []Seat {
	var ms, obs []data.Participant
	for _, p := range ps {
		switch p.Role {
		case data.AttendMember:
			ms = append(ms, p)
		case data.AttendObserver, data.AttendInvited:
			obs = append(obs, p)
		}
	}
	ms = Precedence(ms)
	return Seating(SeatingInput{Layout: layout, Members: ms, Observers: obs, RostrumSeats: RostrumSize(ms), PerSide: perSide})
}
