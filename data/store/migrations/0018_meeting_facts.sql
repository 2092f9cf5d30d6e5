-- 0018: what is recorded of a meeting beyond its plan (issue 17).
-- 四十一: the day the notice went out, which closes the declaration of topics
-- (the cut-off is the earlier of the 15th and the notice); '' before it, and
-- for meetings notified before this version (the 15th alone applies).
ALTER TABLE meetings ADD COLUMN notified_on TEXT NOT NULL DEFAULT '';
-- 四十五: the actual start, end and head count, recorded at the meeting;
-- '' and 0 until recorded.
ALTER TABLE meetings ADD COLUMN actual_start TEXT NOT NULL DEFAULT '';
ALTER TABLE meetings ADD COLUMN actual_end TEXT NOT NULL DEFAULT '';
ALTER TABLE meetings ADD COLUMN actual_count INTEGER NOT NULL DEFAULT 0 CHECK (actual_count >= 0);

-- 四十一: the 会商 with the 人大办公室 and 政协办公室 on the invited 人大代表 and
-- 政协委员: who was consulted, and when, before the list is final.
CREATE TABLE invitee_consults (
    meeting_id  INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    body        TEXT    NOT NULL CHECK (body IN ('npc','cppcc')),
    contact     TEXT    NOT NULL CHECK (contact <> ''),
    consulted   TEXT    NOT NULL, -- 2026-12-01
    recorded_at TEXT    NOT NULL,
    recorded_by TEXT    NOT NULL,
    PRIMARY KEY (meeting_id, body)
) STRICT;

-- The meetings' rows gained columns, which changes what the ledger hashes:
-- it records each row as it now stands (ledgerStart), as 0014 did.
INSERT OR IGNORE INTO ledger_dirty SELECT 'meetings', rowid FROM meetings;
