package store

import (
	"strings"
	"testing"
	"time"

	"huiwu/data"
)

func TestUnitLifecycle(t *testing.T) {
	s := openTemp(t)
	u, err := s.SaveUnit(ctx, data.Unit{Name: " 溧阳市财政局 ", ShortName: "财政局", Kind: data.KindDepartment, Order: 5})
	if err != nil {
		t.Fatal(err)
	}
	if u.ID == 0 || u.Name != "溧阳市财政局" || u.Version != 1 {
		t.Fatalf("saved %+v", u)
	}
	t.Run("duplicate name is refused naming the existing record", func(t *testing.T) {
		_, err := s.SaveUnit(ctx, data.Unit{Name: "溧阳市财政局", Kind: data.KindDepartment})
		if data.ErrorCode(err) != data.EDuplicate || !strings.Contains(err.Error(), "已存在（编号") {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("stale version is a conflict", func(t *testing.T) {
		fresh := u
		fresh.ShortName = "财政"
		if _, err := s.SaveUnit(ctx, fresh); err != nil {
			t.Fatal(err)
		}
		stale := u
		stale.Order = 9
		if _, err := s.SaveUnit(ctx, stale); data.ErrorCode(err) != data.EConflict {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("referenced unit cannot be deleted", func(t *testing.T) {
		p, err := s.SavePerson(ctx, data.Person{Name: "张堃", UnitID: u.ID, Post: "局长", Active: true})
		if err != nil {
			t.Fatal(err)
		}
		units, _ := s.Units(ctx)
		err = s.DeleteUnit(ctx, u.ID, units[0].Version)
		if data.ErrorCode(err) != data.EReferenced || !strings.Contains(err.Error(), "1 名人员") {
			t.Fatalf("got %v", err)
		}
		if err := s.DeletePerson(ctx, p.ID, p.Version); err != nil {
			t.Fatal(err)
		}
		if err := s.DeleteUnit(ctx, u.ID, units[0].Version); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("invalid unit is refused with the field", func(t *testing.T) {
		_, err := s.SaveUnit(ctx, data.Unit{Name: "", Kind: data.KindDepartment})
		if len(data.ProblemsOf(err)) == 0 || data.ProblemsOf(err)[0].Field != "单位名称" {
			t.Fatalf("got %v", err)
		}
	})
}

func TestPersonSaveKeepsRolesAndRefusesDuplicates(t *testing.T) {
	s := openTemp(t)
	u, _ := s.SaveUnit(ctx, data.Unit{Name: "溧阳市人民政府", Kind: data.KindLeadership})
	p, err := s.SavePerson(ctx, data.Person{Name: "周玥", UnitID: u.ID, Post: "副市长", Rank: 3, Roles: []data.Role{data.RoleViceMayor, data.RolePartyMember}, Active: true})
	if err != nil {
		t.Fatal(err)
	}
	people, _ := s.People(ctx)
	if len(people) != 1 || len(people[0].Roles) != 2 || people[0].UnitName != "溧阳市人民政府" {
		t.Fatalf("read back %+v", people)
	}
	// NFD input names the same person: refused as a duplicate.
	_, err = s.SavePerson(ctx, data.Person{Name: "周玥", UnitID: u.ID, Active: true})
	if data.ErrorCode(err) != data.EDuplicate {
		t.Fatalf("duplicate accepted: %v", err)
	}
	// Same name in another unit is a different person.
	other, _ := s.SaveUnit(ctx, data.Unit{Name: "溧阳市教育局", Kind: data.KindDepartment})
	if _, err := s.SavePerson(ctx, data.Person{Name: "周玥", UnitID: other.ID, Active: true}); err != nil {
		t.Fatal(err)
	}
	p.Roles = []data.Role{data.RoleViceMayor}
	if _, err := s.SavePerson(ctx, p); err != nil {
		t.Fatal(err)
	}
	people, _ = s.People(ctx)
	for _, q := range people {
		if q.ID == p.ID && len(q.Roles) != 1 {
			t.Fatalf("roles not replaced: %v", q.Roles)
		}
	}
}

// 六 and 八 are applied when saving: only vice-mayors oversee or take a delegation.
func TestLeadersRulesAppliedOnSave(t *testing.T) {
	s := withDemo(t)
	people, _ := s.People(ctx)
	units, _ := s.Units(ctx)
	var vice, head data.Person
	for _, p := range people {
		if p.HasRole(data.RoleViceMayor) && vice.ID == 0 {
			vice = p
		}
		if p.HasRole(data.RoleUnitHead) && head.ID == 0 {
			head = p
		}
	}
	if err := s.SetOversight(ctx, units[3].ID, head.ID); err == nil || !strings.Contains(err.Error(), "第八条") {
		t.Fatalf("unit head allowed to oversee: %v", err)
	}
	if err := s.SetOversight(ctx, units[3].ID, vice.ID); err != nil {
		t.Fatal(err)
	}
	from := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	if _, err := s.SaveDelegation(ctx, data.Delegation{DelegateID: head.ID, From: from, To: from, Reason: "出差"}); err == nil || !strings.Contains(err.Error(), "第六条") {
		t.Fatalf("unit head took a delegation: %v", err)
	}
	if _, err := s.SaveDelegation(ctx, data.Delegation{DelegateID: vice.ID, From: from, To: from.AddDate(0, 0, 3), Reason: "出差"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveDelegation(ctx, data.Delegation{DelegateID: vice.ID, From: from.AddDate(0, 0, 2), To: from.AddDate(0, 0, 5), Reason: "出访"}); err == nil || !strings.Contains(err.Error(), "重叠") {
		t.Fatalf("overlap accepted: %v", err)
	}
	if err := s.DeletePerson(ctx, vice.ID, vice.Version); data.ErrorCode(err) != data.EReferenced {
		t.Fatalf("leader with oversight deleted: %v", err)
	}
}
