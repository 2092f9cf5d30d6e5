package rules

import (
	"slices"

	"huiwu/data"
)

// SortPeople puts people in protocol order (礼宾顺序), the order of every list
// and sign-in sheet: leaders by their protocol rank (市长 1, 常务副市长 2 …);
// then everyone else by their unit's configured order; then, among equals,
// 按姓氏笔画. unitOrder maps a unit ID to its display order; people of units
// it lacks, or of no unit, come after those of ordered units.
func SortPeople(people []data.Person, unitOrder map[int64]int) {
	order := func(p data.Person) (int, bool) {
		o, ok := unitOrder[p.UnitID]
		return o, ok
	}
	slices.SortStableFunc(people, func(a, b data.Person) int {
		ra, rb := a.Rank > 0, b.Rank > 0
		switch {
		case ra && rb && a.Rank != b.Rank:
			return a.Rank - b.Rank
		case ra != rb:
			if ra {
				return -1
			}
			return 1
		}
		oa, okA := order(a)
		ob, okB := order(b)
		switch {
		case okA != okB:
			if okA {
				return -1
			}
			return 1
		case oa != ob:
			return oa - ob
		}
		return NameCompare(a.Name, b.Name)
	})
}

// inProtocolOrder is xs in protocol order, as SortPeople puts people: who
// tells each one's person (name, leader's rank, unit order; -1 for no
// unit). Equals keep their order in xs.
func inProtocolOrder[T any](xs []T, who func(T) (name string, rank, unitOrder int)) []T {
	people := make([]data.Person, len(xs))
	order := map[int64]int{}
	for i, x := range xs {
		name, rank, unitOrder := who(x)
		// The unit's order stands for the unit: IDs from 1, 0 for no unit.
		unit := int64(unitOrder) + 1
		people[i] = data.Person{ID: int64(i), Name: name, Rank: rank, UnitID: unit}
		if unitOrder >= 0 {
			order[unit] = unitOrder
		}
	}
	SortPeople(people, order)
	out := make([]T, len(xs))
	for i, p := range people {
		out[i] = xs[p.ID]
	}
	return out
}

// SortUnits puts units in the office's configured order, ties 按笔画.
func SortUnits(units []data.Unit) {
	slices.SortStableFunc(units, func(a, b data.Unit) int {
		if a.Order != b.Order {
			return a.Order - b.Order
		}
		return NameCompare(a.Name, b.Name)
	})
}
