package store

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"huiwu/data"
)

// forger is someone with the database file and the sqlite3 shell, who
// knows how the program hashes.
type forger struct {
	t  *testing.T
	db *sql.DB
}

func (f forger) exec(q string, args ...any) {
	f.t.Helper()
	if _, err := f.db.Exec(q, args...); err != nil {
		f.t.Fatalf("%s: %v", q, err)
	}
}

// appendEntry adds an entry chained on the head with a correct hash,
// carrying the row's current hash when table is given.
func (f forger) appendEntry(action, table string, rid int64) {
	f.t.Helper()
	e := auditEntry{At: "2026-11-28T10:00:00Z", Actor: "forger", Action: action, Entity: tableEntities[table], EntityID: rid, Detail: "{}"}
	if err := f.db.QueryRow("SELECT seq + 1, hash FROM audit_log ORDER BY seq DESC LIMIT 1").Scan(&e.Seq, &e.PrevHash); err != nil {
		f.t.Fatal(err)
	}
	var tbl, id any
	if table != "" {
		h, err := rowHash(f.db, table, rid)
		if err != nil {
			f.t.Fatal(err)
		}
		e.RowTable, e.RowID, e.RowHash = table, rid, h
		tbl, id = table, rid
	}
	e.Hash = entryHash(e)
	f.exec("INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, detail, prev_hash, hash, row_table, row_id, row_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
		e.Seq, e.At, e.Actor, e.Action, e.Entity, e.EntityID, e.Detail, e.PrevHash, e.Hash, tbl, id, e.RowHash)
}

// rechain recomputes every hash from seq on, as a forger who edited an
// entry would, so that the chain verifies by itself.
func (f forger) rechain(from int64) {
	f.t.Helper()
	rows, err := f.db.Query("SELECT "+entryCols(f.db)+" FROM audit_log WHERE seq >= ? ORDER BY seq", from)
	if err != nil {
		f.t.Fatal(err)
	}
	var all []auditEntry
	for rows.Next() {
		var e auditEntry
		if err := scanEntry(rows, &e); err != nil {
			f.t.Fatal(err)
		}
		all = append(all, e)
	}
	rows.Close()
	var prev []byte
	f.db.QueryRow("SELECT hash FROM audit_log WHERE seq = ?", from-1).Scan(&prev)
	for _, e := range all {
		e.PrevHash = prev
		e.Hash = entryHash(e)
		f.exec("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", e.PrevHash, e.Hash, e.Seq)
		prev = e.Hash
	}
}

func (f forger) dropTriggers(names ...string) {
	for _, n := range names {
		f.exec("DROP TRIGGER " + n)
	}
}

// Issue 18 item 2: each forgery that passed `check` before the ledger is
// now caught, and says what it found.
func TestForgeriesAreCaught(t *testing.T) {
	tests := []struct {
		name  string
		forge func(f forger, s *Store)
		want  string
	}{
		{"a row changed with plain SQL", func(f forger, s *Store) {
			f.exec("UPDATE units SET name = '伪造的单位' WHERE id = 3")
			f.exec("DELETE FROM ledger_dirty")
		}, "表 units 第 3 行与审计日志第"},
		{"a row changed with its triggers left in place", func(f forger, s *Store) {
			f.exec("UPDATE units SET name = '伪造的单位' WHERE id = 3")
		}, "没有记入审计日志"},
		{"a row inserted with the ledger's triggers dropped", func(f forger, s *Store) {
			f.dropTriggers("ledger_units_ins")
			f.exec("INSERT INTO units (name, kind, created_at, updated_at) VALUES ('凭空的单位', 'other', 'x', 'x')")
		}, "在审计日志中没有记录"},
		{"a row deleted with the ledger's triggers dropped", func(f forger, s *Store) {
			u, err := s.SaveUnit(ctx, data.Unit{Name: "将被删的单位", Kind: data.KindOther})
			if err != nil {
				f.t.Fatal(err)
			}
			f.dropTriggers("ledger_units_del")
			f.exec("DELETE FROM units WHERE id = ?", u.ID)
		}, "行已不在，审计日志第"},
		{"the audit log's triggers dropped", func(f forger, s *Store) {
			f.dropTriggers("audit_log_no_update")
		}, "保护触发器 audit_log_no_update 不见了"},
		{"a ledger trigger emptied", func(f forger, s *Store) {
			f.dropTriggers("ledger_meetings_upd")
			f.exec("CREATE TRIGGER ledger_meetings_upd AFTER UPDATE ON meetings BEGIN SELECT 1; END")
		}, "保护触发器 ledger_meetings_upd 被改动"},
		{"an entry appended with a recomputed hash", func(f forger, s *Store) {
			f.appendEntry("unit.delete", "", 0)
		}, "之后多出 1 条"},
		{"a row edit covered by an appended entry with its row hash", func(f forger, s *Store) {
			f.exec("UPDATE units SET name = '伪造的单位' WHERE id = 3")
			f.exec("DELETE FROM ledger_dirty")
			f.appendEntry("unit.update", "units", 3)
		}, "之后多出 1 条"},
		{"a middle entry edited and the chain recomputed", func(f forger, s *Store) {
			f.dropTriggers("audit_log_no_update")
			f.exec("UPDATE audit_log SET actor = '别人' WHERE seq = 20")
			f.rechain(20)
			f.exec(strings.Replace(migrationTrigger, "%s", "update", 2))
		}, "与审计头记录 huiwu.heads记下的不符"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := withDemo(t)
			if r, err := s.Check(ctx); err != nil || !r.OK() {
				t.Fatalf("before: %+v %v", r, err)
			}
			tt.forge(forger{t, s.db}, s)
			r, err := s.Check(ctx)
			if err != nil {
				t.Fatal(err)
			}
			all := strings.Join(append(r.Ledger, r.Anchors...), "\n")
			if r.OK() || !strings.Contains(all, tt.want) {
				t.Fatalf("forgery passed or unnamed: ok=%v audit=%+v\n%s\nwant %q", r.OK(), r.Audit, all, tt.want)
			}
		})
	}
}

// migrationTrigger recreates an append-only trigger as 0001 has it.
const migrationTrigger = "CREATE TRIGGER audit_log_no_%s BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"

// A history rewritten whole, the heads file deleted too, is still caught
// by the record beside a backup taken before; and restore refuses a backup
// whose rows or history were edited.
func TestRewrittenHistoryIsCaughtByBackupsAndRefusedByRestore(t *testing.T) {
	s := withDemo(t)
	dir := t.TempDir()
	clean, err := s.BackupTo(ctx, dir, "manual")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetSetting(ctx, SettingBackupDir, dir); err != nil {
		t.Fatal(err)
	}
	f := forger{t, s.db}
	f.dropTriggers("audit_log_no_update")
	f.exec("UPDATE audit_log SET actor = '别人' WHERE seq = 20")
	f.rechain(20)
	f.exec(strings.Replace(migrationTrigger, "%s", "update", 2))
	if err := os.Remove(filepath.Join(s.Dir(), HeadsName)); err != nil {
		t.Fatal(err)
	}
	r, err := s.Check(ctx)
	if err != nil || r.OK() || !strings.Contains(strings.Join(r.Anchors, "\n"), "与备份 "+filepath.Base(clean.Path)+"记下的不符") {
		t.Fatalf("rewritten history against a backup's record: %+v %v", r, err)
	}

	for name, edit := range map[string]func(f forger){
		"a row edited": func(f forger) {
			f.exec("UPDATE people SET name = '冒名' WHERE id = 1")
			f.exec("DELETE FROM ledger_dirty")
		},
		"the history rewritten": func(f forger) {
			f.dropTriggers("audit_log_no_update")
			f.exec("UPDATE audit_log SET actor = '别人' WHERE seq = 20")
			f.rechain(20)
			f.exec(strings.Replace(migrationTrigger, "%s", "update", 2))
		},
	} {
		t.Run(name, func(t *testing.T) {
			src := withDemo(t)
			b, err := src.BackupTo(ctx, t.TempDir(), "manual")
			if err != nil {
				t.Fatal(err)
			}
			rewriteBackup(t, b.Path, func(plain string) {
				db := openRaw(t, plain)
				edit(forger{t, db})
				db.Close()
			})
			live := withDemo(t)
			err = live.Restore(ctx, b.Path)
			if data.ErrorCode(err) != data.EDamaged {
				t.Fatalf("edited backup restored: %v", err)
			}
		})
	}
}

// A row's canonical text is every column by name with quote() of its
// value, joined by the unit separator: the text every ledger hash was
// taken over since schema 14, so it must not change by a byte.
func TestARowsCanonicalTextIsEveryColumnQuoted(t *testing.T) {
	s := openTemp(t)
	f := forger{t, s.db}
	f.exec("CREATE TABLE canon_probe (a TEXT, b REAL, c BLOB, d INTEGER, e TEXT, f INTEGER)")
	f.exec("INSERT INTO canon_probe VALUES ('会议''s', 0.1, x'00ff', NULL, '', -7)")
	expr, err := canonSQL(s.conn(), "canon_probe")
	if err != nil {
		t.Fatal(err)
	}
	var canon string
	if err := s.db.QueryRow("SELECT " + expr + " FROM canon_probe").Scan(&canon); err != nil {
		t.Fatal(err)
	}
	want := "a='会议''s'\x1fb=0.1\x1fc=X'00FF'\x1fd=NULL\x1fe=''\x1ff=-7"
	if canon != want {
		t.Errorf("canonical text %q, want %q", canon, want)
	}
}
