package store

import (
	"strings"
	"testing"

	"huiwu/data"
)

func importRow(line int, name, unit string) data.ImportRow {
	return data.ImportRow{Line: line, BatchPerson: data.BatchPerson{Unit: unit, Person: data.Person{Name: name, Active: true}}}
}

// All or nothing: one bad row and no row is written, every bad row named.
func TestImportPeopleAllOrNothing(t *testing.T) {
	s := withDemo(t)
	before, _ := s.People(ctx)
	head, _ := s.Head(ctx)
	rows := []data.ImportRow{
		importRow(2, "新来的甲", "溧阳市财政局"),
		importRow(3, "新来的乙", "溧阳市不存在局"),
		importRow(4, "新来的甲", "溧阳市财政局"),
		importRow(5, before[0].Name, before[0].UnitName),
	}
	_, err := s.ImportPeople(ctx, rows)
	msg := data.ErrorMessage(err)
	for _, want := range []string{"整批未导入", "第 3 行", "不在名册中", "第 4 行", "与第 2 行重复", "第 5 行", "已有"} {
		if !strings.Contains(msg, want) {
			t.Errorf("missing %q in %s", want, msg)
		}
	}
	after, _ := s.People(ctx)
	if h, _ := s.Head(ctx); len(after) != len(before) || h.Seq != head.Seq {
		t.Fatalf("a refused import wrote: %d -> %d people, audit %d -> %d", len(before), len(after), head.Seq, h.Seq)
	}
	n, err := s.ImportPeople(ctx, rows[:1])
	if err != nil || n != 1 {
		t.Fatalf("good import: %d %v", n, err)
	}
	if r, _ := s.Check(ctx); !r.OK() {
		t.Fatal("checks after import")
	}
}
