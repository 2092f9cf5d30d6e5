-- 0015: the department whose remit a meeting's matter lies within (四十四):
-- such a matter is not convened in the government's name. Kept beside the
-- meeting (one row at most), recorded with who and when; like the
-- meeting's overrides, a part of the meeting audited under its entry.
CREATE TABLE meeting_matters (
    meeting_id  INTEGER PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
    unit_id     INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
    recorded_at TEXT    NOT NULL,
    recorded_by TEXT    NOT NULL
) STRICT;
CREATE INDEX meeting_matters_unit ON meeting_matters(unit_id);

