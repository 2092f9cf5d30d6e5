package app

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"huiwu/data"
	"huiwu/data/demo"
	"huiwu/data/store"
)

// 六十一 through the command line: a department head's trip registered,
// approved by the 市长 and reported back, the register with its tally, and
// a user's mistakes refused as usage or rule errors.
func TestLeaveTripCommands六十一(t *testing.T) {
	dir := t.TempDir()
	s, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	err = s.LoadRoster(ctx, demo.Roster(1))
	var head, mayor data.Person
	if err == nil {
		var people []data.Person
		people, err = s.People(ctx)
		for _, p := range people {
			if p.UnitName == "溧阳市交通运输局" && p.HasRole(data.RoleUnitHead) {
				head = p
			}
			if p.HasRole(data.RoleMayor) {
				mayor = p
			}
		}
	}
	today := s.Today()
	s.Close()
	if err != nil || head.ID == 0 {
		t.Fatal(err, head)
	}
	from, to := today.AddDate(0, 0, 3).Format(data.DateLayout), today.AddDate(0, 0, 4).Format(data.DateLayout)
	code, out, errs := huiwu(t, "--data", dir, "leave", "trip", "--person", head.Name, "--dest", "南京", "--from", from, "--to", to, "--reason", "赴省厅汇报")
	want := fmt.Sprintf("已登记外出请假（编号 1）：%s 局长，%s至%s 赴南京，待审批（待%s审批）", head.Name, from, to, mayor.Name)
	if code != 0 || !strings.HasPrefix(out, want) || !strings.Contains(out, "须向市长请假（第六十一条）") {
		t.Fatalf("trip: %d %q %q", code, out, errs)
	}
	if code, out, _ := huiwu(t, "--data", dir, "leave", "decide", "--leave", "1", "--approve", "--opinion", "同意"); code != 0 || out != "请假（编号 1）"+head.Name+"：已批准\n" {
		t.Fatalf("decide: %d %q", code, out)
	}
	if code, out, _ := huiwu(t, "--data", dir, "leave", "return", "--leave", "1", "--on", to); code != 0 || out != head.Name+" 已于 "+to+" 销假（外出请假编号 1）\n" {
		t.Fatalf("return: %d %q", code, out)
	}
	code, out, _ = huiwu(t, "--data", dir, "leave", "trips", "--from", today.Format(data.DateLayout), "--to", today.AddDate(0, 1, 0).Format(data.DateLayout))
	if code != 0 || !strings.Contains(out, "已批准，已于 "+to+" 销假") || !strings.Contains(out, "外出请假 1 次：已批准 1，待审批 0，不予批准 0，未提前 0，逾期未销假 0") {
		t.Fatalf("trips: %d %q", code, out)
	}
	if code, _, errs := huiwu(t, "--data", dir, "leave", "return", "--leave", "1"); code != exitInput || !strings.Contains(errs, "已于 "+to+" 销假") {
		t.Fatalf("销假 twice: %d %q", code, errs)
	}
	if code, _, errs := huiwu(t, "--data", dir, "leave", "decide", "--leave", "1"); code != 2 || !strings.Contains(errs, "--approve 或 --reject") {
		t.Fatalf("decide without a decision: %d %q", code, errs)
	}
	if code, _, errs := huiwu(t, "--data", dir, "leave", "trip", "--person", "无此人", "--dest", "x", "--from", from, "--to", to, "--reason", "x"); code != exitInput || !strings.Contains(errs, "名册中没有在任的「无此人」") {
		t.Fatalf("unknown person: %d %q", code, errs)
	}
}
