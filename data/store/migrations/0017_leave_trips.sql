-- 0017: 外出请假 with no meeting (六十一, first sentence). A leave request's
-- meeting becomes optional: one without a meeting is a trip out of town,
-- with where to, the days away and the 销假 on return.
--
-- SQLite cannot drop a NOT NULL in place, so both tables are rebuilt: the
-- steps first copied aside (dropping their parent with foreign keys on
-- would delete them), every row kept under its id, the indexes and the
-- ledger triggers made again, and the rows put to the ledger anew (their
-- content gains the new columns).
CREATE TABLE leave_requests_new (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER REFERENCES meetings(id) ON DELETE CASCADE,
    person_id       INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
    reason          TEXT    NOT NULL,
    leaves_town     INTEGER NOT NULL DEFAULT 0 CHECK (leaves_town IN (0, 1)),
    substitute_name TEXT    NOT NULL DEFAULT '',
    substitute_post TEXT    NOT NULL DEFAULT '',
    status          TEXT    NOT NULL CHECK (status IN ('pending','approved','rejected','filed')),
    filed_at        TEXT    NOT NULL, -- 报备: every leave is filed with the office
    filed_by        TEXT    NOT NULL,
    destination     TEXT    NOT NULL DEFAULT '', -- a trip's 去向
    trip_from       TEXT    NOT NULL DEFAULT '', -- a trip's first day away
    trip_to         TEXT    NOT NULL DEFAULT '', -- and its last
    returned_on     TEXT    NOT NULL DEFAULT '', -- 销假
    UNIQUE (meeting_id, person_id),
    CHECK (meeting_id IS NOT NULL OR (leaves_town = 1 AND destination <> '' AND trip_from <> '' AND trip_to >= trip_from)),
    CHECK (meeting_id IS NULL OR (trip_from = '' AND returned_on = ''))
) STRICT;
INSERT INTO leave_requests_new (id, meeting_id, person_id, reason, leaves_town, substitute_name, substitute_post, status, filed_at, filed_by)
    SELECT id, meeting_id, person_id, reason, leaves_town, substitute_name, substitute_post, status, filed_at, filed_by FROM leave_requests;

CREATE TABLE leave_steps_new (
    leave_id    INTEGER NOT NULL REFERENCES leave_requests_new(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    approver_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
    why         TEXT    NOT NULL,
    decision    TEXT    NOT NULL DEFAULT 'pending' CHECK (decision IN ('pending','approved','rejected')),
    opinion     TEXT    NOT NULL DEFAULT '',
    decided_at  TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (leave_id, seq)
) STRICT;
INSERT INTO leave_steps_new SELECT leave_id, seq, approver_id, why, decision, opinion, decided_at FROM leave_steps;

DROP TABLE leave_steps;
DROP TABLE leave_requests;
ALTER TABLE leave_requests_new RENAME TO leave_requests;
ALTER TABLE leave_steps_new RENAME TO leave_steps;

CREATE INDEX leave_requests_person ON leave_requests(person_id);
CREATE INDEX leave_requests_trips ON leave_requests(trip_from) WHERE meeting_id IS NULL;
CREATE INDEX leave_steps_approver ON leave_steps(approver_id);

CREATE TRIGGER ledger_leave_requests_ins AFTER INSERT ON leave_requests BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('leave_requests', NEW.rowid); END;
CREATE TRIGGER ledger_leave_requests_upd AFTER UPDATE ON leave_requests BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('leave_requests', NEW.rowid); END;
CREATE TRIGGER ledger_leave_requests_del AFTER DELETE ON leave_requests BEGIN INSERT OR IGNORE INTO ledger_dirty VALUES ('leave_requests', OLD.rowid); END;

INSERT OR IGNORE INTO ledger_dirty SELECT 'leave_requests', rowid FROM leave_requests;
