package store

import (
	"reflect"
	"strings"
	"testing"
)

// The check's parts are jobs the cores take as they come free (checkOn):
// on one core, two or sixteen they find the same problems, each in the
// same words.
func TestCheckFindsTheSameOnOneCoreAndOnMore(t *testing.T) {
	s := withDemo(t)
	f := forger{t, s.db}
	f.exec("UPDATE units SET name = '伪造的单位' WHERE id = 3")
	f.exec("DELETE FROM ledger_dirty")
	f.dropTriggers("audit_log_no_update")
	f.exec("UPDATE audit_log SET actor = '别人' WHERE seq = 20")
	// A unit that is not there, set on one connection with the keys off.
	conn, err := s.db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"PRAGMA foreign_keys = OFF", "UPDATE people SET unit_id = 9999 WHERE id = 1", "DELETE FROM ledger_dirty", "PRAGMA foreign_keys = ON"} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	conn.Close()
	var reports []CheckReport
	for _, cores := range []int{1, 2, 4, 16} {
		var r CheckReport
		if err := s.checkOn(ctx, &r, cores); err != nil {
			t.Fatalf("%d cores: %v", cores, err)
		}
		reports = append(reports, r)
	}
	r := reports[0]
	if r.Audit.FirstBad != 20 || r.Audit.Problem != "内容与哈希不符（条目被修改）" {
		t.Errorf("chain: %+v", r.Audit)
	}
	if len(r.Foreign) != 1 || r.Foreign[0] != "表 people 第 1 行引用的 units 记录不存在" {
		t.Errorf("foreign keys: %q", r.Foreign)
	}
	ledger := strings.Join(r.Ledger, "\n")
	for _, want := range []string{"表 units 第 3 行与审计日志第", "保护触发器 audit_log_no_update 不见了（被删除）", "表 people 第 1 行与审计日志第"} {
		if !strings.Contains(ledger, want) {
			t.Errorf("ledger lacks %q:\n%s", want, ledger)
		}
	}
	for i, other := range reports[1:] {
		if !reflect.DeepEqual(other, r) {
			t.Errorf("report %d differs from one core's:\n%+v\n%+v", i+1, other, r)
		}
	}
}
