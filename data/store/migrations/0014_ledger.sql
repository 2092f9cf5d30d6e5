-- The row ledger (issue 18): every audit entry that writes a business row
-- carries that row's table, rowid and SHA-256 of its content read back in the
-- same transaction, so `check` can hold every current row against the last
-- entry that wrote it (a row changed with plain SQL no longer matches). Old
-- entries keep these NULL; the migration's ledger.start entries record the
-- rows as they stood (data/store/ledger.go).
ALTER TABLE audit_log ADD COLUMN row_table TEXT;
ALTER TABLE audit_log ADD COLUMN row_id INTEGER;
ALTER TABLE audit_log ADD COLUMN row_hash BLOB;
CREATE INDEX audit_log_rows ON audit_log (row_table, row_id, seq) WHERE row_hash IS NOT NULL;

-- The rows a transaction has written and not yet ledgered: kept by triggers,
-- so that rows written by a cascade, or after the audit call, or under
-- another record's entry are ledgered too. The audit helper empties it.
CREATE TABLE ledger_dirty (
    tbl TEXT    NOT NULL,
    rid INTEGER NOT NULL,
    PRIMARY KEY (tbl, rid)
) WITHOUT ROWID;

CREATE TRIGGER ledger_units_ins AFTER INSERT ON units BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('units', NEW.rowid); END;
CREATE TRIGGER ledger_units_upd AFTER UPDATE ON units BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('units', NEW.rowid); END;
CREATE TRIGGER ledger_units_del AFTER DELETE ON units BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('units', OLD.rowid); END;
CREATE TRIGGER ledger_people_ins AFTER INSERT ON people BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('people', NEW.rowid); END;
CREATE TRIGGER ledger_people_upd AFTER UPDATE ON people BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('people', NEW.rowid); END;
CREATE TRIGGER ledger_people_del AFTER DELETE ON people BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('people', OLD.rowid); END;
CREATE TRIGGER ledger_delegations_ins AFTER INSERT ON delegations BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('delegations', NEW.rowid); END;
CREATE TRIGGER ledger_delegations_upd AFTER UPDATE ON delegations BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('delegations', NEW.rowid); END;
CREATE TRIGGER ledger_delegations_del AFTER DELETE ON delegations BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('delegations', OLD.rowid); END;
CREATE TRIGGER ledger_meetings_ins AFTER INSERT ON meetings BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('meetings', NEW.rowid); END;
CREATE TRIGGER ledger_meetings_upd AFTER UPDATE ON meetings BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('meetings', NEW.rowid); END;
CREATE TRIGGER ledger_meetings_del AFTER DELETE ON meetings BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('meetings', OLD.rowid); END;
CREATE TRIGGER ledger_leave_requests_ins AFTER INSERT ON leave_requests BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('leave_requests', NEW.rowid); END;
CREATE TRIGGER ledger_leave_requests_upd AFTER UPDATE ON leave_requests BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('leave_requests', NEW.rowid); END;
CREATE TRIGGER ledger_leave_requests_del AFTER DELETE ON leave_requests BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('leave_requests', OLD.rowid); END;
CREATE TRIGGER ledger_meeting_plan_ins AFTER INSERT ON meeting_plan BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('meeting_plan', NEW.rowid); END;
CREATE TRIGGER ledger_meeting_plan_upd AFTER UPDATE ON meeting_plan BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('meeting_plan', NEW.rowid); END;
CREATE TRIGGER ledger_meeting_plan_del AFTER DELETE ON meeting_plan BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('meeting_plan', OLD.rowid); END;
CREATE TRIGGER ledger_documents_ins AFTER INSERT ON documents BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('documents', NEW.rowid); END;
CREATE TRIGGER ledger_documents_upd AFTER UPDATE ON documents BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('documents', NEW.rowid); END;
CREATE TRIGGER ledger_documents_del AFTER DELETE ON documents BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('documents', OLD.rowid); END;
CREATE TRIGGER ledger_normative_plan_ins AFTER INSERT ON normative_plan BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('normative_plan', NEW.rowid); END;
CREATE TRIGGER ledger_normative_plan_upd AFTER UPDATE ON normative_plan BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('normative_plan', NEW.rowid); END;
CREATE TRIGGER ledger_normative_plan_del AFTER DELETE ON normative_plan BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('normative_plan', OLD.rowid); END;
CREATE TRIGGER ledger_topics_ins AFTER INSERT ON topics BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('topics', NEW.rowid); END;
CREATE TRIGGER ledger_topics_upd AFTER UPDATE ON topics BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('topics', NEW.rowid); END;
CREATE TRIGGER ledger_topics_del AFTER DELETE ON topics BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('topics', OLD.rowid); END;
CREATE TRIGGER ledger_minutes_ins AFTER INSERT ON minutes BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('minutes', NEW.rowid); END;
CREATE TRIGGER ledger_minutes_upd AFTER UPDATE ON minutes BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('minutes', NEW.rowid); END;
CREATE TRIGGER ledger_minutes_del AFTER DELETE ON minutes BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('minutes', OLD.rowid); END;
CREATE TRIGGER ledger_minutes_phrases_ins AFTER INSERT ON minutes_phrases BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('minutes_phrases', NEW.rowid); END;
CREATE TRIGGER ledger_minutes_phrases_upd AFTER UPDATE ON minutes_phrases BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('minutes_phrases', NEW.rowid); END;
CREATE TRIGGER ledger_minutes_phrases_del AFTER DELETE ON minutes_phrases BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('minutes_phrases', OLD.rowid); END;
CREATE TRIGGER ledger_tasks_ins AFTER INSERT ON tasks BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('tasks', NEW.rowid); END;
CREATE TRIGGER ledger_tasks_upd AFTER UPDATE ON tasks BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('tasks', NEW.rowid); END;
CREATE TRIGGER ledger_tasks_del AFTER DELETE ON tasks BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('tasks', OLD.rowid); END;

-- The ledger's starting point: every existing row, ledgered by the Go step
-- that runs in this migration's transaction.

INSERT INTO ledger_dirty SELECT 'units', rowid FROM units;
INSERT INTO ledger_dirty SELECT 'people', rowid FROM people;
INSERT INTO ledger_dirty SELECT 'delegations', rowid FROM delegations;
INSERT INTO ledger_dirty SELECT 'meetings', rowid FROM meetings;
INSERT INTO ledger_dirty SELECT 'leave_requests', rowid FROM leave_requests;
INSERT INTO ledger_dirty SELECT 'meeting_plan', rowid FROM meeting_plan;
INSERT INTO ledger_dirty SELECT 'documents', rowid FROM documents;
INSERT INTO ledger_dirty SELECT 'normative_plan', rowid FROM normative_plan;
INSERT INTO ledger_dirty SELECT 'topics', rowid FROM topics;
INSERT INTO ledger_dirty SELECT 'minutes', rowid FROM minutes;
INSERT INTO ledger_dirty SELECT 'minutes_phrases', rowid FROM minutes_phrases;
INSERT INTO ledger_dirty SELECT 'tasks', rowid FROM tasks;
