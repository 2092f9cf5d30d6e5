package rules

import (
	"strings"
	"testing"
	"time"

	"huiwu/data"
)

func day(s string) time.Time {
	t, err := time.Parse(data.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

var (
	mayor = data.Person{ID: 1, Name: "王建国", Roles: []data.Role{data.RoleMayor}, Active: true}
	exec  = data.Person{ID: 2, Name: "李常务", Roles: []data.Role{data.RoleExecutiveVice}, Active: true}
	vice  = data.Person{ID: 3, Name: "周副", Roles: []data.Role{data.RoleViceMayor}, Active: true}
	head  = data.Person{ID: 4, Name: "陈局", Roles: []data.Role{data.RoleUnitHead}, Active: true}
	gone  = data.Person{ID: 5, Name: "赵退", Roles: []data.Role{data.RoleViceMayor}, Active: false}
)

// 六: the 市长 may delegate the 常务副市长 or another 副市长, and no one else.
func TestCanBeDelegate六(t *testing.T) {
	tests := []struct {
		name string
		p    data.Person
		ok   bool
	}{
		{"executive vice-mayor may", exec, true},
		{"vice-mayor may", vice, true},
		{"unit head may not", head, false},
		{"mayor himself may not", mayor, false},
		{"retired vice-mayor may not", gone, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CanBeDelegate(tt.p)
			if (err == nil) != tt.ok {
				t.Fatalf("CanBeDelegate(%s) = %v", tt.p.Name, err)
			}
			if err != nil && !strings.Contains(err.Error(), "第六条") {
				t.Fatalf("message does not name the clause: %v", err)
			}
		})
	}
}

// 六: a delegation runs over whole days, both ends included; one at a time.
func TestDelegationPeriod六(t *testing.T) {
	ds := []data.Delegation{{ID: 7, DelegateID: 2, From: day("2026-05-04"), To: day("2026-05-08"), Reason: "出访"}}
	tests := []struct {
		name string
		on   string
		want bool
	}{
		{"day before is not covered", "2026-05-03", false},
		{"first day is covered", "2026-05-04", true},
		{"last day is covered", "2026-05-08", true},
		{"day after is not covered", "2026-05-09", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, got := DelegationOn(ds, day(tt.on).Add(15*time.Hour)); got != tt.want {
				t.Fatalf("DelegationOn(%s) = %v", tt.on, got)
			}
		})
	}
	if _, clash := OverlappingDelegation(ds, data.Delegation{From: day("2026-05-08"), To: day("2026-05-10")}); !clash {
		t.Fatal("overlap on the last day not caught")
	}
	if _, clash := OverlappingDelegation(ds, data.Delegation{ID: 7, From: day("2026-05-05"), To: day("2026-05-06")}); clash {
		t.Fatal("a delegation overlaps itself")
	}
}

// 八 with 六: matters go to the overseeing 副市长, flagged ones to the 市长,
// and the 市长's to his delegate while a delegation runs.
func TestRouteMatter八(t *testing.T) {
	people := []data.Person{mayor, exec, vice, head, gone}
	over := []data.Oversight{{UnitID: 100, LeaderID: 3}, {UnitID: 200, LeaderID: 5}}
	deleg := []data.Delegation{{DelegateID: 2, From: day("2026-05-04"), To: day("2026-05-08")}}
	tests := []struct {
		name    string
		in      RouteInput
		want    int64
		because string
	}{
		{"overseen unit goes to its vice-mayor", RouteInput{UnitID: 100}, 3, "分管副市长周副"},
		{"flagged matter goes to the mayor", RouteInput{UnitID: 100, Matters: []MayorMatter{MatterBorrowing}}, 1, "须向市长报告"},
		{"unit nobody oversees goes to the mayor", RouteInput{UnitID: 300}, 1, "无分管副市长"},
		{"retired overseer is skipped", RouteInput{UnitID: 200}, 1, "无分管副市长"},
		{"mayor away: to the delegate", RouteInput{UnitID: 300, Delegations: deleg, Day: day("2026-05-05")}, 2, "受市长委托"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := tt.in
			in.People, in.Oversights = people, over
			got, err := RouteMatter(in)
			if err != nil {
				t.Fatal(err)
			}
			if got.LeaderID != tt.want || !strings.Contains(got.Reason, tt.because) {
				t.Fatalf("got %+v, want leader %d because %q", got, tt.want, tt.because)
			}
		})
	}
}

// 八: only the 常务副市长 and 副市长 oversee units.
func TestCanOversee八(t *testing.T) {
	if CanOversee(vice) != nil || CanOversee(exec) != nil {
		t.Fatal("vice-mayors refused")
	}
	if CanOversee(head) == nil || CanOversee(gone) == nil {
		t.Fatal("unit head or retired leader accepted")
	}
}
