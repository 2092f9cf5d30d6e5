-- 0007: 纪要 (四十六): one a meeting, numbered per meeting kind and year;
-- every save of its text a version; the sign-off steps as recorded; the
-- phrases (常用语) the editor offers.

CREATE TABLE minutes (
    id             INTEGER PRIMARY KEY,
    meeting_id     INTEGER NOT NULL UNIQUE REFERENCES meetings(id) ON DELETE RESTRICT,
    kind           TEXT    NOT NULL,
    year           INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
    issue          INTEGER NOT NULL CHECK (issue > 0),
    title          TEXT    NOT NULL DEFAULT '',
    disclosure     TEXT    NOT NULL DEFAULT '',
    classification TEXT    NOT NULL DEFAULT '',
    three_major    INTEGER NOT NULL DEFAULT 0 CHECK (three_major IN (0, 1)),
    lead_unit_id   INTEGER REFERENCES units(id) ON DELETE RESTRICT,
    distribution   TEXT    NOT NULL DEFAULT '',
    stage          TEXT    NOT NULL DEFAULT 'draft' CHECK (stage IN ('draft', 'review', 'reviewed', 'signed')),
    signed_on      TEXT    NOT NULL DEFAULT '',
    version        INTEGER NOT NULL DEFAULT 1,
    UNIQUE (kind, year, issue)
) STRICT;
CREATE INDEX minutes_lead_unit ON minutes(lead_unit_id);

CREATE TABLE minutes_versions (
    minutes_id INTEGER NOT NULL REFERENCES minutes(id) ON DELETE CASCADE,
    n          INTEGER NOT NULL CHECK (n > 0),
    kind       TEXT    NOT NULL CHECK (kind IN ('save', 'restore', 'correction')),
    note       TEXT    NOT NULL DEFAULT '',
    body       TEXT    NOT NULL,
    saved_at   TEXT    NOT NULL,
    saved_by   TEXT    NOT NULL,
    PRIMARY KEY (minutes_id, n)
) STRICT;

CREATE TABLE minutes_signs (
    minutes_id  INTEGER NOT NULL REFERENCES minutes(id) ON DELETE CASCADE,
    step        INTEGER NOT NULL CHECK (step BETWEEN 1 AND 3),
    stage       TEXT    NOT NULL,
    person_id   INTEGER REFERENCES people(id) ON DELETE RESTRICT,
    who         TEXT    NOT NULL,
    note        TEXT    NOT NULL DEFAULT '',
    opinion     TEXT    NOT NULL DEFAULT '',
    day         TEXT    NOT NULL,
    scan        TEXT    NOT NULL DEFAULT '',
    recorded_at TEXT    NOT NULL,
    recorded_by TEXT    NOT NULL,
    PRIMARY KEY (minutes_id, step)
) STRICT;
CREATE INDEX minutes_signs_person ON minutes_signs(person_id);

CREATE TABLE minutes_phrases (
    id   INTEGER PRIMARY KEY,
    text TEXT NOT NULL UNIQUE CHECK (text <> '')
) STRICT;
INSERT INTO minutes_phrases (text) VALUES
    ('会议同意'), ('会议原则同意'), ('会议要求'), ('会议强调'), ('会议指出'),
    ('会议听取了'), ('会议审议并原则通过'), ('会议研究了'), ('由牵头单位根据会议意见修改完善后，按程序印发实施。');
