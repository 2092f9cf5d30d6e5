package store

import (
	"fmt"
	"strings"
	"testing"

	"huiwu/data"
)

// entriesNow is the number of entries in the log; a new database starts with
// the ledger's entries for the rows its migrations seed.
func entriesNow(t *testing.T, s *Store) int64 {
	t.Helper()
	var n int64
	if err := s.db.QueryRow("SELECT count(*) FROM audit_log").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestAuditRecordsEveryChange(t *testing.T) {
	s := openTemp(t)
	base := entriesNow(t, s)
	u, _ := s.SaveUnit(ctx, data.Unit{Name: "溧阳市审计局", Kind: data.KindDepartment})
	u.ShortName = "审计局"
	u, _ = s.SaveUnit(ctx, u)
	if err := s.DeleteUnit(ctx, u.ID, u.Version); err != nil {
		t.Fatal(err)
	}
	rows, _ := s.db.Query("SELECT action FROM audit_log WHERE seq > ? ORDER BY seq", base)
	var got []string
	for rows.Next() {
		var a string
		rows.Scan(&a)
		got = append(got, a)
	}
	rows.Close()
	if strings.Join(got, ",") != "unit.create,unit.update,unit.delete" {
		t.Fatalf("audit actions %v", got)
	}
	h, _ := s.Head(ctx)
	if h.Seq != base+3 || !strings.HasPrefix(h.String(), fmt.Sprintf("%d:", base+3)) {
		t.Fatalf("head %v", h)
	}
	if err := s.CheckHead(ctx, h.String()); err != nil {
		t.Fatal(err)
	}
}

func TestAuditTriggersRefuseEdits(t *testing.T) {
	s := withDemo(t)
	if _, err := s.db.Exec("UPDATE audit_log SET actor = 'x' WHERE seq = 1"); err == nil {
		t.Fatal("update allowed")
	}
	if _, err := s.db.Exec("DELETE FROM audit_log WHERE seq = 1"); err == nil {
		t.Fatal("delete allowed")
	}
}

// Tampering with triggers dropped: verification names the first bad entry.
func TestAuditTamperingIsNamed(t *testing.T) {
	tests := []struct {
		name    string
		sql     string
		bad     int64
		problem string
	}{
		{"edited row", "UPDATE audit_log SET detail = '{\"forged\":1}' WHERE seq = 5", 5, "被修改"},
		{"deleted row", "DELETE FROM audit_log WHERE seq = 7", 7, "序号不连续"},
		{"first row renumbered to 0", "UPDATE audit_log SET seq = 0 WHERE seq = 1", 1, "应为 1，实为 0"},
		{"row renumbered past the end", "UPDATE audit_log SET seq = 1000000 WHERE seq = 2", 2, "应为 2，实为 3"},
		{"swapped rows", "UPDATE audit_log SET seq = -1 WHERE seq = 3; UPDATE audit_log SET seq = 3 WHERE seq = 4; UPDATE audit_log SET seq = 4 WHERE seq = -1", 3, "链接不符"},
		{"forged row with its own hash", "", 6, "链接不符"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := withDemo(t)
			exec := func(q string) {
				t.Helper()
				if _, err := s.db.Exec(q); err != nil {
					t.Fatal(err)
				}
			}
			exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete")
			if tt.sql != "" {
				exec(tt.sql)
			} else {
				// A forger recomputes the entry's hash but cannot fix the next link.
				e := auditEntry{Seq: 5, At: "2026-01-01T00:00:00Z", Actor: "forger", Action: "unit.delete", Entity: "unit", EntityID: 1, Detail: "{}"}
				s.db.QueryRow("SELECT prev_hash FROM audit_log WHERE seq = 5").Scan(&e.PrevHash)
				e.Hash = entryHash(e)
				if _, err := s.db.Exec("UPDATE audit_log SET at=?, actor=?, action=?, entity=?, entity_id=?, detail=?, hash=?, row_table=NULL, row_id=NULL, row_hash=NULL WHERE seq = 5", e.At, e.Actor, e.Action, e.Entity, e.EntityID, e.Detail, e.Hash); err != nil {
					t.Fatal(err)
				}
			}
			r, err := s.Check(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if r.OK() || r.Audit.FirstBad != tt.bad || !strings.Contains(r.Audit.Problem, tt.problem) {
				t.Fatalf("report %+v, want first bad %d (%s)", r.Audit, tt.bad, tt.problem)
			}
		})
	}
}

func TestTruncationCaughtAgainstPrintedHead(t *testing.T) {
	s := withDemo(t)
	h, _ := s.Head(ctx)
	s.db.Exec("DROP TRIGGER audit_log_no_delete")
	if _, err := s.db.Exec("DELETE FROM audit_log WHERE seq = ?", h.Seq); err != nil {
		t.Fatal(err)
	}
	if r, _ := s.VerifyAudit(ctx); !r.OK() {
		t.Fatal("a truncated chain still verifies by itself; the head check is what catches it")
	}
	if err := s.CheckHead(ctx, h.String()); err == nil || !strings.Contains(err.Error(), "截断") {
		t.Fatalf("truncation not caught: %v", err)
	}
}
