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

// Issue 18 item 7: importing nobody is refused, not 「导入 0 人」 with an
// audit entry; a megabyte unit name is quoted in at most 40 characters.
func TestImportOfNobodyOrAHugeUnitSaysSoBriefly(t *testing.T) {
	s := withDemo(t)
	head, _ := s.Head(ctx)
	if n, err := s.ImportPeople(ctx, nil); data.ErrorMessage(err) != "没有可导入的人员" || n != 0 {
		t.Fatalf("empty import: %d, %v", n, err)
	}
	if h, _ := s.Head(ctx); h.Seq != head.Seq {
		t.Fatalf("an empty import was audited: %d -> %d", head.Seq, h.Seq)
	}
	huge := strings.Repeat("局", 1<<20)
	_, err := s.ImportPeople(ctx, []data.ImportRow{importRow(2, "新来的甲", huge)})
	msg := data.ProblemsOf(err)
	if len(msg) != 1 || msg[0].Message != "单位「"+strings.Repeat("局", 40)+"…」不在名册中，请先在「单位」中添加" {
		t.Fatalf("problems %v", msg)
	}
}
