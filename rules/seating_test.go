package rules

import (
	"slices"
	"testing"

	"huiwu/data"
)

// 座次 (formats.md): 以左为尊, seen from the audience 7 5 3 1 2 4 6 for an
// odd count and 7 5 3 1 2 4 6 8 for an even one.
func TestCentreOrder以左为尊(t *testing.T) {
	tests := []struct {
		n    int
		want []int
	}{
		{1, []int{1}},
		{2, []int{1, 2}},
		{3, []int{3, 1, 2}},
		{7, []int{7, 5, 3, 1, 2, 4, 6}},
		{8, []int{7, 5, 3, 1, 2, 4, 6, 8}},
		{0, []int{}},
	}
	for _, tt := range tests {
		if got := CentreOrder(tt.n); !slices.Equal(got, tt.want) {
			t.Errorf("CentreOrder(%d) = %v, want %v", tt.n, got, tt.want)
		}
	}
}

func members(names ...string) []data.Participant {
	out := make([]data.Participant, len(names))
	for i, n := range names {
		out[i] = data.Participant{PersonID: int64(i + 1), Name: n, Rank: i + 1, Role: data.AttendMember}
	}
	return out
}

func rowNames(seats []Seat, row Row) []string {
	var out []string
	for _, s := range seats {
		if s.Row == row {
			out = append(out, s.Name)
		}
	}
	return out
}

func TestSeatingRostrumAndLongTable(t *testing.T) {
	ms := members("一", "二", "三", "四", "五")
	obs := []data.Participant{{PersonID: 9, Name: "列甲"}, {PersonID: 10, Name: "列乙"}}
	seats := Seating(SeatingInput{Layout: Rostrum, Members: ms, Observers: obs, RostrumSeats: 3})
	if got := rowNames(seats, RowRostrum); !slices.Equal(got, []string{"三", "一", "二"}) {
		t.Fatalf("rostrum %v", got)
	}
	if got := rowNames(seats, RowHall); !slices.Equal(got, []string{"四", "五"}) {
		t.Fatalf("hall %v", got)
	}
	if got := rowNames(seats, RowObserver); !slices.Equal(got, []string{"列甲", "列乙"}) {
		t.Fatalf("observers %v", got)
	}
	long := Seating(SeatingInput{Layout: LongTable, Members: members("一", "二", "三", "四", "五", "六", "七"), PerSide: 3})
	if got := rowNames(long, RowHead); !slices.Equal(got, []string{"三", "一", "二"}) {
		t.Fatalf("head side %v", got)
	}
	if got := rowNames(long, RowFoot); !slices.Equal(got, []string{"六", "四", "五"}) {
		t.Fatalf("foot side %v", got)
	}
	if got := rowNames(long, RowHall); !slices.Equal(got, []string{"七"}) {
		t.Fatalf("overflow %v", got)
	}
	if RostrumSize(append(members("甲", "乙"), data.Participant{Name: "局长"})) != 2 || RostrumSize(nil) != 1 {
		t.Fatal("rostrum size")
	}
}

func TestPrecedenceByHand(t *testing.T) {
	ms := members("一", "二", "三")
	ms[2].Seat = 1 // the secretary moved 三 to the top
	got := Precedence(ms)
	if got[0].Name != "三" || got[1].Name != "一" || got[2].Name != "二" {
		t.Fatalf("precedence %v", got)
	}
	seats := SeatingFor(Rostrum, append(ms, data.Participant{PersonID: 8, Name: "秘书", Role: data.AttendStaff}), 0)
	for _, s := range seats {
		if s.Name == "秘书" {
			t.Fatal("staff seated")
		}
	}
}
