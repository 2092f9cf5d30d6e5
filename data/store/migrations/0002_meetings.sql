-- 0002: meetings (三十九 to 四十五), their participants, sign-in and leave
-- (六十一), and the rule overrides a secretary records with a reason.

CREATE TABLE meetings (
    id              INTEGER PRIMARY KEY,
    title           TEXT    NOT NULL,
    kind            TEXT    NOT NULL CHECK (kind IN ('plenary','executive','mayor_office','topical','citywide','department')),
    number          INTEGER NOT NULL DEFAULT 0,
    starts_at       TEXT    NOT NULL, -- 2026-12-03 09:00, wall clock
    ends_at         TEXT    NOT NULL,
    place           TEXT    NOT NULL,
    chair_id        INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
    delegation_note TEXT    NOT NULL DEFAULT '',
    status          TEXT    NOT NULL CHECK (status IN ('planning','notified','held','archived','cancelled')),
    cancel_reason   TEXT    NOT NULL DEFAULT '',
    remarks         TEXT    NOT NULL DEFAULT '',
    unit_id         INTEGER REFERENCES units(id) ON DELETE RESTRICT,
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    CHECK (starts_at < ends_at),
    CHECK (status <> 'cancelled' OR cancel_reason <> '')
) STRICT;
CREATE INDEX meetings_start ON meetings(starts_at);
CREATE INDEX meetings_chair ON meetings(chair_id);

CREATE TABLE participants (
    meeting_id      INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    person_id       INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
    role            TEXT    NOT NULL CHECK (role IN ('member','observer','invited','staff')),
    topic           TEXT    NOT NULL DEFAULT '',
    status          TEXT    NOT NULL DEFAULT '' CHECK (status IN ('','present','late','leave','absent','substitute')),
    status_at       TEXT    NOT NULL DEFAULT '',
    substitute_name TEXT    NOT NULL DEFAULT '',
    substitute_post TEXT    NOT NULL DEFAULT '',
    seat            INTEGER NOT NULL DEFAULT 0,
    version         INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (meeting_id, person_id)
) STRICT;
CREATE INDEX participants_person ON participants(person_id);

CREATE TABLE leave_requests (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    person_id       INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
    reason          TEXT    NOT NULL,
    leaves_town     INTEGER NOT NULL DEFAULT 0 CHECK (leaves_town IN (0, 1)),
    substitute_name TEXT    NOT NULL DEFAULT '',
    substitute_post TEXT    NOT NULL DEFAULT '',
    status          TEXT    NOT NULL CHECK (status IN ('pending','approved','rejected','filed')),
    filed_at        TEXT    NOT NULL, -- 报备: every leave is filed with the office
    filed_by        TEXT    NOT NULL,
    UNIQUE (meeting_id, person_id)
) STRICT;

CREATE TABLE leave_steps (
    leave_id    INTEGER NOT NULL REFERENCES leave_requests(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    approver_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
    why         TEXT    NOT NULL,
    decision    TEXT    NOT NULL DEFAULT 'pending' CHECK (decision IN ('pending','approved','rejected')),
    opinion     TEXT    NOT NULL DEFAULT '',
    decided_at  TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (leave_id, seq)
) STRICT;

CREATE TABLE meeting_overrides (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    clause     TEXT    NOT NULL,
    reason     TEXT    NOT NULL,
    actor      TEXT    NOT NULL,
    at         TEXT    NOT NULL,
    PRIMARY KEY (meeting_id, clause)
) STRICT;
