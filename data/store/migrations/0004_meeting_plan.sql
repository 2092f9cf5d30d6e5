-- 0004: the annual meeting plan (四十四) and, on each meeting, what lets a
-- conference go ahead: its plan entry, or the 副市长's review and the 市长's
-- approval when unplanned; for a department's meeting that invites town
-- heads, the reference of the government's written approval.

CREATE TABLE meeting_plan (
    id         INTEGER PRIMARY KEY,
    year       INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 2200),
    title      TEXT    NOT NULL,
    unit_id    INTEGER REFERENCES units(id) ON DELETE RESTRICT,
    month      INTEGER NOT NULL DEFAULT 0 CHECK (month BETWEEN 0 AND 12),
    note       TEXT    NOT NULL DEFAULT '',
    version    INTEGER NOT NULL DEFAULT 1,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    UNIQUE (year, title)
) STRICT;

ALTER TABLE meetings ADD COLUMN plan_id INTEGER REFERENCES meeting_plan(id) ON DELETE RESTRICT;
ALTER TABLE meetings ADD COLUMN reviewer_id INTEGER REFERENCES people(id) ON DELETE RESTRICT;
ALTER TABLE meetings ADD COLUMN reviewed_at TEXT NOT NULL DEFAULT '';
ALTER TABLE meetings ADD COLUMN approver_id INTEGER REFERENCES people(id) ON DELETE RESTRICT;
ALTER TABLE meetings ADD COLUMN approved_at TEXT NOT NULL DEFAULT '';
ALTER TABLE meetings ADD COLUMN written_approval TEXT NOT NULL DEFAULT '';
