package store

import (
	"errors"
	"testing"
	"time"

	"huiwu/data"
)

// A bulk load's audit entries continue the chain the services started, and
// the services' next entry continues theirs: the whole log verifies.
func TestBulkAuditContinuesTheChain(t *testing.T) {
	s := openTemp(t)
	base := entriesNow(t, s)
	if _, err := s.SaveUnit(ctx, data.Unit{Name: "溧阳市审计局", Kind: data.KindDepartment}); err != nil {
		t.Fatal(err)
	}
	at := time.Date(2020, 3, 2, 9, 0, 0, 0, time.UTC)
	err := s.BulkLoad(ctx, func(b *Bulk) error {
		for i := range 3 {
			id, err := b.Insert("units", []string{"name", "kind", "created_at", "updated_at"}, "单位"+string(rune('甲'+i)), "department", "x", "x")
			if err != nil {
				return err
			}
			if err := b.Audit(at, "unit.create", "unit", id, map[string]int64{"id": id}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveUnit(ctx, data.Unit{Name: "溧阳市统计局", Kind: data.KindDepartment}); err != nil {
		t.Fatal(err)
	}
	r, err := s.VerifyAudit(ctx)
	if err != nil || !r.OK() || r.Entries != base+5 {
		t.Fatalf("audit after a bulk load: %+v %v", r, err)
	}
}

// A bulk load that fails leaves neither its rows nor its audit entries.
func TestBulkLoadFailingWritesNothing(t *testing.T) {
	s := openTemp(t)
	base := entriesNow(t, s)
	boom := errors.New("boom")
	err := s.BulkLoad(ctx, func(b *Bulk) error {
		id, err := b.Insert("units", []string{"name", "kind", "created_at", "updated_at"}, "溧阳市审计局", "department", "x", "x")
		if err != nil {
			return err
		}
		if err := b.Audit(time.Now(), "unit.create", "unit", id, nil); err != nil {
			return err
		}
		return boom
	})
	if err == nil {
		t.Fatal("a failing load reported no error")
	}
	var units, entries int
	if err := s.db.QueryRow("SELECT (SELECT count(*) FROM units), (SELECT count(*) FROM audit_log)").Scan(&units, &entries); err != nil {
		t.Fatal(err)
	}
	if units != 0 || int64(entries) != base {
		t.Errorf("after a failed load: %d units, %d audit entries", units, entries)
	}
}

func TestBulkInsertRefusesOddNames(t *testing.T) {
	s := openTemp(t)
	err := s.BulkLoad(ctx, func(b *Bulk) error {
		_, err := b.Insert("units; DROP TABLE units", []string{"name"}, "x")
		return err
	})
	if err == nil {
		t.Fatal("a table name with SQL in it was accepted")
	}
}
